/**
 * Every ported lexer, by Pygments' display name, with the module that has it and how it is
 * made. A module is loaded (require(), synchronously, as rendering is) the first time a page
 * uses one of its languages: importing all ~300 at start-up cost ~0.2 s of every build, and a
 * site highlights a handful of languages. tests/markdown/pygments-registry.test.ts loads each
 * entry and checks that the name written here is the lexer's own.
 *
 *   rules('Go', './go.ts', 'goLexer')         a RegexLexer rule table (compileLexer)
 *   extended('YAML', './yaml.ts', 'yamlLexer') an ExtendedRegexLexer (compileExtendedLexer)
 *   made('C', './c.ts', 'cLexer')             an object whose create(byName) makes the lexer
 *   fn('Slurm', './slurm.ts', 'slurmLexer')   a function of byName that makes the lexer
 *   session('Bash Session', './shell-session.ts', 'bashSession')   a shell session (sessionLexer)
 */
import { createRequire } from 'node:module';
import { compileExtendedLexer, type ExtendedLexerDefinition, type LexerContext } from '../extended-lexer.ts';
import { compileLexer, type Lexer, type LexerDefinition } from '../regex-lexer.ts';
import type { LexerLookup } from './index.ts';
import type { SessionDefinition, sessionLexer } from './shell-session.ts';

export interface RegisteredLexer {
  /** Pygments' display name: the lookup finds a lexer by it (pygments-aliases.ts maps aliases to it). */
  readonly name: string;
  /** The module, relative to this folder. */
  readonly file: string;
  readonly create: (byName: LexerLookup) => Lexer;
}

const load = createRequire(import.meta.url);

/** The export `name` of the lexer module `file`, loading it on first use (Node caches modules). */
function exported<T>(file: string, name: string): T {
  const value = (load(file) as Record<string, unknown>)[name];
  if (value === undefined) throw new Error(`lexers/lexer-registry.ts: ${file} has no export ${name}`);
  return value as T;
}

const rules = (name: string, file: string, definition: string): RegisteredLexer => ({
  name, file, create: (byName) => compileLexer(exported<LexerDefinition>(file, definition), byName),
});
const extended = (name: string, file: string, definition: string): RegisteredLexer => ({
  name, file, create: (byName) => compileExtendedLexer(exported<ExtendedLexerDefinition<LexerContext>>(file, definition), byName),
});
const made = (name: string, file: string, factory: string): RegisteredLexer => ({
  name, file, create: (byName) => exported<{ create(byName: LexerLookup): Lexer }>(file, factory).create(byName),
});
const fn = (name: string, file: string, factory: string): RegisteredLexer => ({
  name, file, create: (byName) => exported<(byName: LexerLookup) => Lexer>(file, factory)(byName),
});
const session = (name: string, file: string, definition: string): RegisteredLexer => ({
  name, file, create: (byName) => exported<typeof sessionLexer>('./shell-session.ts', 'sessionLexer')(exported<SessionDefinition>(file, definition), byName),
});

export const LEXERS: readonly RegisteredLexer[] = [
  // RegexLexer ports: rule tables.
  rules('Bash', './bash.ts', 'bashLexer'),
  rules('Markdown', './markdown.ts', 'markdownLexer'),
  rules('Python', './python.ts', 'pythonLexer'),
  // batch A: configuration, data, sessions and web languages
  rules('CSS', './css.ts', 'cssLexer'),
  rules('Diff', './diff.ts', 'diffLexer'),
  rules('Docker', './docker.ts', 'dockerLexer'),
  rules('HTML', './html.ts', 'htmlLexer'),
  rules('INI', './ini.ts', 'iniLexer'),
  rules('PowerShell', './powershell.ts', 'powershellLexer'),
  rules('Python Traceback', './python-console.ts', 'pythonTracebackLexer'),
  rules('TOML', './toml.ts', 'tomlLexer'),
  // next to those, in no batch: more shells, Apache, Java properties, .reg, systemd
  rules('Batchfile', './batch.ts', 'batchLexer'),
  rules('Fish', './fish.ts', 'fishLexer'),
  rules('Tcsh', './tcsh.ts', 'tcshLexer'),
  rules('ApacheConf', './apacheconf.ts', 'apacheconfLexer'),
  rules('Properties', './properties.ts', 'propertiesLexer'),
  rules('reg', './registry.ts', 'registryLexer'),
  rules('Systemd', './systemd.ts', 'systemdLexer'),
  // batch C: compiled languages, SQL, markup and servers
  rules('Base Makefile', './makefile.ts', 'baseMakefileLexer'),
  rules('Java', './java.ts', 'javaLexer'),
  rules('Nginx configuration file', './nginx.ts', 'nginxLexer'),
  rules('SQL', './sql.ts', 'sqlLexer'),
  rules('XML', './xml.ts', 'xmlLexer'),
  // batch B: web, template, systems and TeX languages
  rules('JavaScript', './javascript.ts', 'javascriptLexer'),
  rules('TypeScript', './javascript.ts', 'typescriptLexer'),
  rules('JSX', './jsx.ts', 'jsxLexer'),
  rules('TSX', './jsx.ts', 'tsxLexer'),
  rules('SCSS', './sass.ts', 'scssLexer'),
  rules('Django/Jinja', './django.ts', 'djangoLexer'),
  rules('TeX', './tex.ts', 'texLexer'),
  rules('Rust', './rust.ts', 'rustLexer'),
  rules('Go', './go.ts', 'goLexer'),
  // batch F: functional, JVM, schema and build languages
  rules('Haskell', './haskell.ts', 'haskellLexer'),
  rules('GraphQL', './graphql.ts', 'graphqlLexer'),
  rules('Protocol Buffer', './protobuf.ts', 'protobufLexer'),
  rules('Groovy', './groovy.ts', 'groovyLexer'),
  rules('CMake', './cmake.ts', 'cmakeLexer'),
  rules('Nix', './nix.ts', 'nixLexer'),
  // batch D: Ruby (a factory, below), JVM and Apple languages
  rules('Kotlin', './kotlin.ts', 'kotlinLexer'),
  rules('Scala', './scala.ts', 'scalaLexer'),
  // batch E: C#, Lua, Perl, R, Dart (C# and Lua are factories: they read options)
  rules('Perl', './perl.ts', 'perlLexer'),
  rules('S', './r.ts', 'rLexer'),
  rules('Dart', './dart.ts', 'dartLexer'),
  // batch H: markup, editor, test, style and template languages
  rules('reStructuredText', './rst.ts', 'rstLexer'),
  rules('Gherkin', './gherkin.ts', 'gherkinLexer'),
  rules('LessCss', './less.ts', 'lessLexer'),
  rules('CoffeeScript', './coffeescript.ts', 'coffeescriptLexer'),
  rules('Handlebars', './handlebars.ts', 'handlebarsLexer'),
  rules('Twig', './twig.ts', 'twigLexer'),
  rules('liquid', './liquid.ts', 'liquidLexer'),
  rules('Jsonnet', './jsonnet.ts', 'jsonnetLexer'),
  // batch J: assembly, systems, hardware, functional, Lisp, logic and text-processing languages
  rules('NASM', './asm.ts', 'nasmLexer'),
  rules('GAS', './asm.ts', 'gasLexer'),
  rules('Zig', './zig.ts', 'zigLexer'),
  rules('Nimrod', './nim.ts', 'nimLexer'),
  rules('D', './d.ts', 'dLexer'),
  rules('Solidity', './solidity.ts', 'solidityLexer'),
  rules('verilog', './verilog.ts', 'verilogLexer'),
  rules('Elm', './elm.ts', 'elmLexer'),
  rules('Prolog', './prolog.ts', 'prologLexer'),
  rules('cplint', './prolog.ts', 'cplintLexer'),
  rules('Awk', './awk.ts', 'awkLexer'),
  // batch G: Julia, Clojure, Erlang, OCaml, Fortran, MATLAB
  rules('Julia', './julia.ts', 'juliaLexer'),
  rules('Clojure', './clojure.ts', 'clojureLexer'),
  rules('Erlang', './erlang.ts', 'erlangLexer'),
  rules('OCaml', './ocaml.ts', 'ocamlLexer'),
  rules('Fortran', './fortran.ts', 'fortranLexer'),
  rules('Matlab', './matlab.ts', 'matlabLexer'),
  // batch I: SQL dialects, ERB, irb, F#, VB.NET
  rules('MySQL', './mysql.ts', 'mysqlLexer'),
  rules('GoogleSQL', './googlesql.ts', 'googlesqlLexer'),
  rules('Transact-SQL', './tsql.ts', 'tsqlLexer'),
  rules('F#', './fsharp.ts', 'fsharpLexer'),
  rules('VB.net', './vbnet.ts', 'vbnetLexer'),
  rules('PostgreSQL EXPLAIN dialect', './postgres-explain.ts', 'postgresExplainLexer'),
  rules('RQL', './rql.ts', 'rqlLexer'),
  // batch K: graph, GPU, IR, bibliography, query, Crystal and template languages
  rules('Graphviz', './graphviz.ts', 'graphvizLexer'),
  rules('GLSL', './glsl.ts', 'glslLexer'),
  rules('HLSL', './hlsl.ts', 'hlslLexer'),
  rules('LLVM', './llvm.ts', 'llvmLexer'),
  rules('WebAssembly', './webassembly.ts', 'watLexer'),
  rules('PromQL', './promql.ts', 'promqlLexer'),
  rules('Mako', './mako.ts', 'makoLexer'),
  rules('Smarty', './smarty.ts', 'smartyLexer'),
  // batch L: Pascal, Ada, Tcl, hardware, Puppet, Lisps, AppleScript, Typst, Kusto, Thrift, Meson, Kconfig, Octave
  rules('Ada', './ada.ts', 'adaLexer'),
  rules('Tcl', './tcl.ts', 'tclLexer'),
  rules('vhdl', './vhdl.ts', 'vhdlLexer'),
  rules('systemverilog', './systemverilog.ts', 'systemverilogLexer'),
  rules('Puppet', './puppet.ts', 'puppetLexer'),
  rules('Thrift', './thrift.ts', 'thriftLexer'),
  rules('Racket', './racket.ts', 'racketLexer'),
  rules('AppleScript', './applescript.ts', 'applescriptLexer'),
  rules('Kusto', './kusto.ts', 'kustoLexer'),
  rules('Meson', './meson.ts', 'mesonLexer'),
  rules('Kconfig', './kconfig.ts', 'kconfigLexer'),
  rules('Octave', './octave.ts', 'octaveLexer'),
  // batch M: query, RDF, shader, template, statistics, math and proof languages, Haxe, Vala
  rules('Cypher', './cypher.ts', 'cypherLexer'),
  rules('SPARQL', './rdf.ts', 'sparqlLexer'),
  rules('Turtle', './rdf.ts', 'turtleLexer'),
  rules('WebGPU Shading Language', './wgsl.ts', 'wgslLexer'),
  rules('SAS', './sas.ts', 'sasLexer'),
  rules('Stata', './stata.ts', 'stataLexer'),
  rules('Mathematica', './mathematica.ts', 'mathematicaLexer'),
  rules('Rocq Prover', './rocq.ts', 'rocqLexer'),
  rules('Lean4', './lean.ts', 'lean4Lexer'),
  rules('Vala', './vala.ts', 'valaLexer'),
  // batch N: JSON5, Vue, Python 2 and its tracebacks, Cython, GDScript, Mojo, QML, ReasonML, Gleam, ODIN
  rules('JSON5', './json5.ts', 'json5Lexer'),
  rules('Vue', './vue.ts', 'vueLexer'),
  rules('Python 2.x', './python2.ts', 'python2Lexer'),
  rules('Python 2.x Traceback', './python2.ts', 'python2TracebackLexer'),
  rules('Cython', './cython.ts', 'cythonLexer'),
  rules('GDScript', './gdscript.ts', 'gdscriptLexer'),
  rules('Mojo', './mojo.ts', 'mojoLexer'),
  rules('QML', './qml.ts', 'qmlLexer'),
  rules('ReasonML', './reason.ts', 'reasonLexer'),
  rules('Gleam', './gleam.ts', 'gleamLexer'),
  rules('ODIN', './odin.ts', 'odinLexer'),
  // batch O: configuration, packaging, network, mail, test and query languages
  rules('Desktop file', './desktop.ts', 'desktopLexer'),
  rules('Debian Control file', './debian-control.ts', 'debianControlLexer'),
  rules('Debian Sourcelist', './sources-list.ts', 'sourcesListLexer'),
  rules('Debian Sources file', './sources-list.ts', 'debianSourcesLexer'),
  rules('RPMSpec', './rpm-spec.ts', 'rpmSpecLexer'),
  rules('Gettext Catalog', './gettext.ts', 'gettextLexer'),
  rules('Unix/Linux config files', './unix-config.ts', 'unixConfigLexer'),
  rules('PkgConfig', './pkgconfig.ts', 'pkgconfigLexer'),
  rules('Procfile', './procfile.ts', 'procfileLexer'),
  rules('Srcinfo', './srcinfo.ts', 'srcinfoLexer'),
  rules('Zone', './dns-zone.ts', 'dnsZoneLexer'),
  rules('Devicetree', './devicetree.ts', 'devicetreeLexer'),
  rules('SquidConf', './squid.ts', 'squidLexer'),
  rules('Lighttpd configuration file', './lighttpd.ts', 'lighttpdLexer'),
  rules('PacmanConf', './pacman-conf.ts', 'pacmanConfLexer'),
  rules('Xorg', './xorg.ts', 'xorgLexer'),
  rules('LDIF', './ldif.ts', 'ldifLexer'),
  rules('TAP', './tap.ts', 'tapLexer'),
  rules('Sed', './sed.ts', 'sedLexer'),
  rules('Gnuplot', './gnuplot.ts', 'gnuplotLexer'),
  rules('Rego', './rego.ts', 'regoLexer'),
  rules('YARA', './yara.ts', 'yaraLexer'),
  rules('Zeek', './zeek.ts', 'zeekLexer'),
  rules('DTD', './dtd.ts', 'dtdLexer'),
  // batch P: ClojureScript, ActionScript, VBScript, COBOL, ABAP, Smalltalk and more
  rules('ClojureScript', './clojure.ts', 'clojureScriptLexer'),
  rules('ActionScript 3', './actionscript.ts', 'actionscript3Lexer'),
  rules('ActionScript', './actionscript.ts', 'actionscriptLexer'),
  rules('VBScript', './vbscript.ts', 'vbscriptLexer'),
  rules('COBOL', './cobol.ts', 'cobolLexer'),
  rules('COBOLFree', './cobol.ts', 'cobolFreeLexer'),
  rules('ABAP', './abap.ts', 'abapLexer'),
  rules('Smalltalk', './smalltalk.ts', 'smalltalkLexer'),
  rules('autohotkey', './automation.ts', 'autohotkeyLexer'),
  rules('AutoIt', './automation.ts', 'autoitLexer'),
  rules('NSIS', './nsis.ts', 'nsisLexer'),
  rules('ANTLR', './antlr.ts', 'antlrLexer'),
  rules('ASN.1', './asn1.ts', 'asn1Lexer'),
  rules('BNF', './grammar-notation.ts', 'bnfLexer'),
  rules('EBNF', './grammar-notation.ts', 'ebnfLexer'),
  rules('ABNF', './grammar-notation.ts', 'abnfLexer'),
  rules('Cap\'n Proto', './capnproto.ts', 'capnProtoLexer'),
  rules('Web IDL', './webidl.ts', 'webidlLexer'),
  rules('Vyper', './vyper.ts', 'vyperLexer'),
  rules('teal', './teal.ts', 'tealLexer'),
  rules('Fennel', './fennel.ts', 'fennelLexer'),
  rules('Hy', './hy.ts', 'hyLexer'),
  rules('Janet', './janet.ts', 'janetLexer'),
  rules('Idris', './idris-agda.ts', 'idrisLexer'),
  rules('Agda', './idris-agda.ts', 'agdaLexer'),
  rules('Lean', './lean3.ts', 'lean3Lexer'),
  rules('APL', './apl.ts', 'aplLexer'),
  rules('Carbon', './carbon.ts', 'carbonLexer'),
  rules('Hare', './hare.ts', 'hareLexer'),
  rules('Pony', './pony.ts', 'ponyLexer'),
  rules('Chapel', './chapel.ts', 'chapelLexer'),
  rules('Eiffel', './eiffel.ts', 'eiffelLexer'),
  rules('Org Mode', './org.ts', 'orgLexer'),
  rules('Modelica', './modelica.ts', 'modelicaLexer'),
  rules('Standard ML', './sml.ts', 'smlLexer'),
  // batch Q: objdump output (instructions lexed by GAS or NASM)
  rules('objdump', './objdump.ts', 'objdumpDefinition'),
  rules('objdump-nasm', './objdump.ts', 'nasmObjdumpDefinition'),
  rules('Hexdump', './hexdump.ts', 'hexdumpLexer'),
  rules('Kernel log', './kernel-log.ts', 'kernelLogLexer'),
  rules('QBasic', './qbasic.ts', 'qbasicLexer'),
  rules('Rexx', './rexx.ts', 'rexxLexer'),
  rules('Forth', './forth.ts', 'forthLexer'),
  rules('Brainfuck', './brainfuck.ts', 'brainfuckLexer'),
  rules('Befunge', './befunge.ts', 'befungeLexer'),
  rules('BQN', './bqn.ts', 'bqnLexer'),
  rules('J', './j.ts', 'jLexer'),
  rules('K', './k.ts', 'kLexer'),
  rules('Q', './q.ts', 'qLexer'),
  rules('Factor', './factor.ts', 'factorLexer'),
  rules('Smali', './smali.ts', 'smaliLexer'),
  rules('MIPS', './mips.ts', 'mipsLexer'),
  rules('ca65 assembler', './ca65.ts', 'ca65Lexer'),
  rules('TASM', './tasm.ts', 'tasmLexer'),
  rules('LLVM-MIR', './llvm-mir.ts', 'llvmMirLexer'),
  rules('LLVM-MIR Body', './llvm-mir-body.ts', 'llvmMirBodyLexer'),
  rules('PTX', './ptx.ts', 'ptxLexer'),
  rules('AMDGPU', './amdgpu.ts', 'amdgpuLexer'),
  rules('PostScript', './postscript.ts', 'postscriptLexer'),
  rules('POVRay', './povray.ts', 'povrayLexer'),
  rules('g-code', './gcode.ts', 'gcodeLexer'),
  rules('Groff', './groff.ts', 'groffLexer'),
  rules('scdoc', './scdoc.ts', 'scdocLexer'),
  rules('BBCode', './bbcode.ts', 'bbcodeLexer'),
  rules('MoinMoin/Trac Wiki markup', './moin.ts', 'moinWikiLexer'),
  rules('IRC logs', './irc-logs.ts', 'ircLogsLexer'),
  rules('JMESPath', './jmespath.ts', 'jmespathLexer'),
  rules('JSLT', './jslt.ts', 'jsltLexer'),
  rules('PRQL', './prql.ts', 'prqlLexer'),
  rules('Dax', './dax.ts', 'daxLexer'),
  rules('Stan', './stan.ts', 'stanLexer'),
  rules('BUGS', './bugs.ts', 'bugsLexer'),
  rules('JAGS', './jags.ts', 'jagsLexer'),
  rules('Alloy', './alloy.ts', 'alloyLexer'),
  rules('Mscgen', './mscgen.ts', 'mscgenLexer'),
  rules('Singularity', './singularity.ts', 'singularityLexer'),
  rules('Soong', './soong.ts', 'soongLexer'),
  rules('Augeas', './augeas.ts', 'augeasLexer'),
  rules('CFEngine3', './cfengine3.ts', 'cfengine3Lexer'),
  rules('VCL', './vcl.ts', 'vclLexer'),
  rules('Termcap', './termcap.ts', 'termcapLexer'),
  rules('Terminfo', './terminfo.ts', 'terminfoLexer'),
  rules('BARE', './bare.ts', 'bareLexer'),
  rules('ShExC', './shexc.ts', 'shexcLexer'),
  rules('OpenSCAD', './openscad.ts', 'openscadLexer'),
  rules('Todotxt', './todotxt.ts', 'todotxtLexer'),
  rules('SuperCollider', './supercollider.ts', 'superColliderLexer'),
  rules('TableGen', './tablegen.ts', 'tablegenLexer'),
  rules('CDDL', './cddl.ts', 'cddlLexer'),
  rules('NestedText', './nestedtext.ts', 'nestedtextLexer'),
  rules('VCLSnippets', './vcl-snippets.ts', 'vclSnippetLexer'),
  rules('tiddler', './tiddlywiki5.ts', 'tiddlyWiki5Lexer'),
  // Lexers that are not plain rule tables (ExtendedRegexLexer, hand-written, delegating).
  extended('YAML', './yaml.ts', 'yamlLexer'),
  extended('Terraform', './terraform.ts', 'terraformLexer'),
  extended('Sass', './sass.ts', 'sassLexer'),
  fn('HTML+Django/Jinja', './html-django.ts', 'htmlDjangoLexer'),
  session('Bash Session', './shell-session.ts', 'bashSession'),
  session('PowerShell Session', './shell-session.ts', 'powershellSession'),
  session('MSDOS Session', './shell-session.ts', 'msdosSession'),
  session('Tcsh Session', './shell-session.ts', 'tcshSession'),
  fn('Slurm', './slurm.ts', 'slurmLexer'),
  fn('Python console session', './python-console.ts', 'pythonConsoleLexer'),
  fn('JSON', './json.ts', 'jsonLexer'),
  fn('JSON-LD', './json.ts', 'jsonLdLexer'),
  // batch D
  extended('Ruby', './ruby.ts', 'rubyLexer'),
  made('Swift', './swift.ts', 'swiftLexer'),
  // Lexers that override get_tokens_unprocessed in Pygments (batch C).
  made('C', './c.ts', 'cLexer'),
  made('C++', './cpp.ts', 'cppLexer'),
  made('HTTP', './http.ts', 'httpLexer'),
  made('Makefile', './makefile.ts', 'makefileLexer'),
  made('PHP', './php.ts', 'phpLexer'),
  // batch F: ElixirLexer retypes names in get_tokens_unprocessed.
  made('Elixir', './elixir.ts', 'elixirLexer'),
  // batch E: lexers with options (C#'s unicodelevel, Lua's builtins) or retyping passes
  made('C#', './csharp.ts', 'csharpLexer'),
  made('Lua', './lua.ts', 'luaLexer'),
  // batch H: VimLexer retypes words in get_tokens_unprocessed; the HTML+ template lexers delegate.
  made('VimL', './vim.ts', 'vimLexer'),
  made('HTML+Handlebars', './handlebars.ts', 'htmlHandlebarsLexer'),
  made('HTML+Twig', './twig.ts', 'htmlTwigLexer'),
  // batch J: lexers that retype names from builtin lists in get_tokens_unprocessed
  made('Scheme', './scheme.ts', 'schemeLexer'),
  made('Common Lisp', './common-lisp.ts', 'commonLispLexer'),
  // batch G: Objective-C retypes names (C's types, Cocoa's classes) as CLexer does; erl sessions.
  made('Objective-C', './objective-c.ts', 'objectiveCLexer'),
  made('Erlang erl session', './erlang.ts', 'erlangShellLexer'),
  // batch I: PostgreSQL's dollar strings see the whole text; sessions splice prompts
  made('PostgreSQL SQL dialect', './postgres.ts', 'postgresLexer'),
  made('PL/pgSQL', './postgres.ts', 'plpgsqlLexer'),
  made('PostgreSQL console (psql)', './postgres-console.ts', 'postgresConsoleLexer'),
  made('sqlite3con', './sqlite-console.ts', 'sqliteConsoleLexer'),
  made('ERB', './erb.ts', 'erbLexer'),
  made('RHTML', './erb.ts', 'rhtmlLexer'),
  made('XML+Ruby', './erb.ts', 'xmlErbLexer'),
  made('CSS+Ruby', './erb.ts', 'cssErbLexer'),
  made('JavaScript+Ruby', './erb.ts', 'javascriptErbLexer'),
  made('Ruby irb session', './ruby-console.ts', 'rubyConsoleLexer'),
  // batch K: CUDA and Arduino retype C/C++ tokens in get_tokens_unprocessed.
  made('CUDA', './cuda.ts', 'cudaLexer'),
  made('Arduino', './arduino.ts', 'arduinoLexer'),
  // batch K: BibTeXLexer is an ExtendedRegexLexer (its context keeps an entry's opening brace).
  extended('BibTeX', './bibtex.ts', 'bibtexLexer'),
  // batch K: CrystalLexer is an ExtendedRegexLexer (heredocs), like RubyLexer.
  extended('Crystal', './crystal.ts', 'crystalLexer'),
  // batch K: HTML+Mako and HTML+Smarty delegate to HtmlLexer.
  made('HTML+Mako', './mako.ts', 'htmlMakoLexer'),
  made('HTML+Smarty', './smarty.ts', 'htmlSmartyLexer'),
  // batch L: DelphiLexer is a Scanner loop with flags (Pygments' Lexer, not a RegexLexer); EmacsLispLexer
  // retypes names in get_tokens_unprocessed; TypstLexer reads its `start` option.
  made('Delphi', './delphi.ts', 'delphiLexer'),
  made('EmacsLisp', './emacs-lisp.ts', 'emacsLispLexer'),
  made('Typst', './typst.ts', 'typstLexer'),
  // batch M: PugLexer and HamlLexer are ExtendedRegexLexers (SassLexer's indentation callbacks).
  extended('Pug', './haml.ts', 'pugLexer'),
  extended('Haml', './haml.ts', 'hamlLexer'),
  // batch M: YAML+Jinja is a DelegatingLexer (Django's tags, YAML between them); HaxeLexer keeps its
  // `#if` stacks per lexer.
  made('YAML+Jinja', './yaml-jinja.ts', 'yamlJinjaLexer'),
  made('Haxe', './haxe.ts', 'haxeLexer'),
  // batch N: OutputLexer is one token; NumPyLexer retypes PythonLexer's names; Literate Haskell splices
  // its `>` marks or LaTeX around HaskellLexer's tokens; LuauLexer reads options and splits builtin names;
  // Objective-C++ is `objective(CppLexer)`, retyped like Objective-C; Perl6Lexer (Raku) is an ExtendedRegexLexer.
  made('Text output', './output.ts', 'outputLexer'),
  made('NumPy', './numpy.ts', 'numpyLexer'),
  made('Literate Haskell', './literate-haskell.ts', 'literateHaskellLexer'),
  made('Luau', './luau.ts', 'luauLexer'),
  made('Objective-C++', './objective-c.ts', 'objectiveCppLexer'),
  made('Perl6', './raku.ts', 'rakuLexer'),
  // batch N: the PHP and Django/Jinja template lexers delegate their text to HTML, XML, CSS, JavaScript or SQL.
  made('HTML+PHP', './php-templates.ts', 'htmlPhpLexer'),
  made('XML+PHP', './php-templates.ts', 'xmlPhpLexer'),
  made('CSS+PHP', './php-templates.ts', 'cssPhpLexer'),
  made('JavaScript+PHP', './php-templates.ts', 'javascriptPhpLexer'),
  made('XML+Django/Jinja', './django-templates.ts', 'xmlDjangoLexer'),
  made('CSS+Django/Jinja', './django-templates.ts', 'cssDjangoLexer'),
  made('JavaScript+Django/Jinja', './django-templates.ts', 'javascriptDjangoLexer'),
  made('SQL+Jinja', './django-templates.ts', 'sqlJinjaLexer'),
  // batch O: REPL sessions splice prompts into the language's tokens.
  made('Elixir iex session', './repl-sessions.ts', 'elixirConsoleLexer'),
  made('Julia console', './repl-sessions.ts', 'juliaConsoleLexer'),
  made('RConsole', './repl-sessions.ts', 'rConsoleLexer'),
  made('Node.js REPL console session', './repl-sessions.ts', 'nodeConsoleLexer'),
  made('Matlab session', './repl-sessions.ts', 'matlabSessionLexer'),
  // batch O: MIMELexer's callbacks keep the content type and boundary per text; EmailLexer delegates
  // MIME's comment tokens (plain headers) to its header lexer.
  made('MIME', './mime.ts', 'mimeLexer'),
  made('E-mail', './email.ts', 'emailLexer'),
  // batch O: XsltLexer retypes XmlLexer's xsl: tags; XQueryLexer is an ExtendedRegexLexer whose
  // parse-state stack lives as long as the lexer (Pygments keeps it on the class).
  made('XSLT', './xslt.ts', 'xsltLexer'),
  made('XQuery', './xquery.ts', 'xqueryLexer'),
  // batch P: MoonScriptLexer runs LuaLexer's builtin pass, then retypes `.` as an operator.
  made('MoonScript', './moonscript.ts', 'moonScriptLexer'),
  // batch Q: RobotFrameworkLexer is Robot Framework's row model (cells, tables), not a RegexLexer; the
  // objdump -S lexers delegate their source lines to C, C++ or D.
  // Promela and SWIG extend CLexer's and CppLexer's states and keep their type retyping.
  made('RobotFramework', './robotframework.ts', 'robotFrameworkLexer'),
  made('c-objdump', './objdump.ts', 'cObjdumpLexer'),
  made('cpp-objdump', './objdump.ts', 'cppObjdumpLexer'),
  made('d-objdump', './objdump.ts', 'dObjdumpLexer'),
  made('Promela', './promela.ts', 'promelaLexer'),
  made('SWIG', './swig.ts', 'swigLexer'),
  // batch R: lexers built on ported ones (template families, ANTLR targets, Ragel hosts...): rule tables, then
  // DelegatingLexers, subclasses with passes of their own and ExtendedRegexLexers.
  rules('Angular2', './angular2.ts', 'angular2Lexer'),
  rules('Genshi Text', './genshi.ts', 'genshiTextLexer'),
  rules('Cheetah', './cheetah.ts', 'cheetahLexer'),
  rules('Myghty', './myghty.ts', 'myghtyLexer'),
  rules('Mason', './myghty.ts', 'masonLexer'),
  rules('Velocity', './velocity.ts', 'velocityLexer'),
  rules('Evoque', './evoque.ts', 'evoqueLexer'),
  rules('Ragel', './ragel.ts', 'ragelLexer'),
  rules('Embedded Ragel', './ragel.ts', 'ragelEmbeddedLexer'),
  rules('UL4', './ul4.ts', 'ul4Lexer'),
  rules('mozhashpreproc', './mozpreproc.ts', 'mozPreprocHashLexer'),
  rules('mozpercentpreproc', './mozpreproc.ts', 'mozPreprocPercentLexer'),
  rules('cfstatement', './coldfusion.ts', 'coldfusionLexer'),
  rules('TypoScriptCssData', './typoscript.ts', 'typoScriptCssDataLexer'),
  rules('TypoScriptHtmlData', './typoscript.ts', 'typoScriptHtmlDataLexer'),
  rules('TypoScript', './typoscript.ts', 'typoScriptLexer'),
  made('XML+Smarty', './smarty-mako-variants.ts', 'xmlSmartyLexer'),
  made('CSS+Smarty', './smarty-mako-variants.ts', 'cssSmartyLexer'),
  made('JavaScript+Smarty', './smarty-mako-variants.ts', 'javascriptSmartyLexer'),
  made('XML+Mako', './smarty-mako-variants.ts', 'xmlMakoLexer'),
  made('CSS+Mako', './smarty-mako-variants.ts', 'cssMakoLexer'),
  made('JavaScript+Mako', './smarty-mako-variants.ts', 'javascriptMakoLexer'),
  made('ANTLR With ActionScript Target', './antlr-targets.ts', 'antlrActionScriptLexer'),
  made('ANTLR With C# Target', './antlr-targets.ts', 'antlrCSharpLexer'),
  made('ANTLR With CPP Target', './antlr-targets.ts', 'antlrCppLexer'),
  made('ANTLR With Java Target', './antlr-targets.ts', 'antlrJavaLexer'),
  made('ANTLR With ObjectiveC Target', './antlr-targets.ts', 'antlrObjectiveCLexer'),
  made('ANTLR With Perl Target', './antlr-targets.ts', 'antlrPerlLexer'),
  made('ANTLR With Python Target', './antlr-targets.ts', 'antlrPythonLexer'),
  made('ANTLR With Ruby Target', './antlr-targets.ts', 'antlrRubyLexer'),
  made('HTML + Angular2', './angular2.ts', 'angular2HtmlLexer'),
  made('Java Server Page', './jsp.ts', 'jspLexer'),
  made('aspx-cs', './aspx.ts', 'csharpAspxLexer'),
  made('aspx-vb', './aspx.ts', 'vbnetAspxLexer'),
  made('Genshi', './genshi.ts', 'genshiLexer'),
  made('HTML+Genshi', './genshi.ts', 'htmlGenshiLexer'),
  made('CSS+Genshi Text', './genshi.ts', 'cssGenshiLexer'),
  made('JavaScript+Genshi Text', './genshi.ts', 'javascriptGenshiLexer'),
  made('HTML+Cheetah', './cheetah.ts', 'cheetahHtmlLexer'),
  made('XML+Cheetah', './cheetah.ts', 'cheetahXmlLexer'),
  made('JavaScript+Cheetah', './cheetah.ts', 'cheetahJavascriptLexer'),
  made('HTML+Myghty', './myghty.ts', 'myghtyHtmlLexer'),
  made('XML+Myghty', './myghty.ts', 'myghtyXmlLexer'),
  made('JavaScript+Myghty', './myghty.ts', 'myghtyJavascriptLexer'),
  made('CSS+Myghty', './myghty.ts', 'myghtyCssLexer'),
  made('HTML+Velocity', './velocity.ts', 'velocityHtmlLexer'),
  made('XML+Velocity', './velocity.ts', 'velocityXmlLexer'),
  made('HTML+Evoque', './evoque.ts', 'evoqueHtmlLexer'),
  made('XML+Evoque', './evoque.ts', 'evoqueXmlLexer'),
  made('Lasso', './lasso.ts', 'lassoLexer'),
  made('HTML+Lasso', './lasso.ts', 'lassoHtmlLexer'),
  made('XML+Lasso', './lasso.ts', 'lassoXmlLexer'),
  made('CSS+Lasso', './lasso.ts', 'lassoCssLexer'),
  made('JavaScript+Lasso', './lasso.ts', 'lassoJavascriptLexer'),
  made('Ragel in Ruby Host', './ragel.ts', 'ragelRubyLexer'),
  made('Ragel in C Host', './ragel.ts', 'ragelCLexer'),
  made('Ragel in D Host', './ragel.ts', 'ragelDLexer'),
  made('Ragel in CPP Host', './ragel.ts', 'ragelCppLexer'),
  made('Ragel in Objective C Host', './ragel.ts', 'ragelObjectiveCLexer'),
  made('Ragel in Java Host', './ragel.ts', 'ragelJavaLexer'),
  made('HTML+UL4', './ul4.ts', 'htmlUl4Lexer'),
  made('XML+UL4', './ul4.ts', 'xmlUl4Lexer'),
  made('CSS+UL4', './ul4.ts', 'cssUl4Lexer'),
  made('Javascript+UL4', './ul4.ts', 'javascriptUl4Lexer'),
  made('Python+UL4', './ul4.ts', 'pythonUl4Lexer'),
  made('XUL+mozpreproc', './mozpreproc.ts', 'mozPreprocXulLexer'),
  made('Javascript+mozpreproc', './mozpreproc.ts', 'mozPreprocJavascriptLexer'),
  made('CSS+mozpreproc', './mozpreproc.ts', 'mozPreprocCssLexer'),
  made('Cryptol', './cryptol.ts', 'cryptolLexer'),
  made('Literate Idris', './literate.ts', 'literateIdrisLexer'),
  made('Literate Agda', './literate.ts', 'literateAgdaLexer'),
  made('Literate Cryptol', './literate.ts', 'literateCryptolLexer'),
  made('Tea', './tea.ts', 'teaTemplateLexer'),
  made('Scalate Server Page', './jsp.ts', 'sspLexer'),
  made('Coldfusion HTML', './coldfusion.ts', 'coldfusionHtmlLexer'),
  made('Coldfusion CFC', './coldfusion.ts', 'coldfusionCfcLexer'),
  // ExtendedRegexLexers on SassLexer's indentation callbacks, like Haml
  extended('Scaml', './scaml-slim.ts', 'scamlLexer'),
  extended('Slim', './scaml-slim.ts', 'slimLexer'),
];
