/**
 * get_lexer_by_name, built per renderer (no module-level cache). Every alias Pygments registers
 * (pygments-aliases.ts, from _mapping.py) names a Pygments lexer, matched lowercased as Pygments
 * does; the lexers ported so far are found by that lexer's name. A name Pygments knows but we have
 * not ported is drawn as plain text (see `languageSupport`); a name it does not know falls back to
 * `text`, as pymdownx.highlight does.
 */
import { compileExtendedLexer } from '../extended-lexer.ts';
import { compileLexer, type Lexer, type LexerDefinition } from '../regex-lexer.ts';
import { apacheconfLexer } from './apacheconf.ts';
import { bashLexer } from './bash.ts';
import { batchLexer } from './batch.ts';
import { cssLexer } from './css.ts';
import { diffLexer } from './diff.ts';
import { djangoLexer } from './django.ts';
import { dockerLexer } from './docker.ts';
import { fishLexer } from './fish.ts';
import { goLexer } from './go.ts';
import { HTML_DJANGO_NAME, htmlDjangoLexer } from './html-django.ts';
import { htmlLexer } from './html.ts';
import { iniLexer } from './ini.ts';
import { javascriptLexer, typescriptLexer } from './javascript.ts';
import { jsonLdLexer, jsonLexer } from './json.ts';
import { jsxLexer, tsxLexer } from './jsx.ts';
import { kotlinLexer } from './kotlin.ts';
import { markdownLexer } from './markdown.ts';
import { PYGMENTS_LEXERS } from './pygments-aliases.ts';
import { powershellLexer } from './powershell.ts';
import { propertiesLexer } from './properties.ts';
import { pythonConsoleLexer, pythonTracebackLexer } from './python-console.ts';
import { pythonLexer } from './python.ts';
import { rLexer } from './r.ts';
import { registryLexer } from './registry.ts';
import { rubyLexer } from './ruby.ts';
import { rustLexer } from './rust.ts';
import { sassLexer, scssLexer } from './sass.ts';
import { scalaLexer } from './scala.ts';
import { slurmLexer } from './slurm.ts';
import { bashSession, msdosSession, powershellSession, sessionLexer, tcshSession } from './shell-session.ts';
import { swiftLexer } from './swift.ts';
import { systemdLexer } from './systemd.ts';
import { texLexer } from './tex.ts';
import { textLexer } from './text.ts';
import { tcshLexer } from './tcsh.ts';
import { terraformLexer } from './terraform.ts';
import { tomlLexer } from './toml.ts';
import { yamlLexer } from './yaml.ts';
import { cLexer } from './c.ts';
import { cppLexer } from './cpp.ts';
import { csharpLexer } from './csharp.ts';
import { dartLexer } from './dart.ts';
import { httpLexer } from './http.ts';
import { javaLexer } from './java.ts';
import { luaLexer } from './lua.ts';
import { baseMakefileLexer, makefileLexer } from './makefile.ts';
import { nginxLexer } from './nginx.ts';
import { perlLexer } from './perl.ts';
import { phpLexer } from './php.ts';
import { sqlLexer } from './sql.ts';
import { xmlLexer } from './xml.ts';
// batch F
import { cmakeLexer } from './cmake.ts';
import { elixirLexer } from './elixir.ts';
import { graphqlLexer } from './graphql.ts';
import { groovyLexer } from './groovy.ts';
import { haskellLexer } from './haskell.ts';
import { nixLexer } from './nix.ts';
import { protobufLexer } from './protobuf.ts';
// batch H
import { coffeescriptLexer } from './coffeescript.ts';
import { gherkinLexer } from './gherkin.ts';
import { handlebarsLexer, htmlHandlebarsLexer } from './handlebars.ts';
import { jsonnetLexer } from './jsonnet.ts';
import { lessLexer } from './less.ts';
import { liquidLexer } from './liquid.ts';
import { rstLexer } from './rst.ts';
import { htmlTwigLexer, twigLexer } from './twig.ts';
import { vimLexer } from './vim.ts';
// batch J
import { gasLexer, nasmLexer } from './asm.ts';
import { zigLexer } from './zig.ts';
import { nimLexer } from './nim.ts';
import { dLexer } from './d.ts';
import { solidityLexer } from './solidity.ts';
import { verilogLexer } from './verilog.ts';
import { elmLexer } from './elm.ts';
import { schemeLexer } from './scheme.ts';
import { commonLispLexer } from './common-lisp.ts';
import { cplintLexer, prologLexer } from './prolog.ts';
import { awkLexer } from './awk.ts';
// batch G
import { clojureLexer } from './clojure.ts';
import { erlangLexer, erlangShellLexer } from './erlang.ts';
import { fortranLexer } from './fortran.ts';
import { juliaLexer } from './julia.ts';
import { matlabLexer } from './matlab.ts';
import { objectiveCLexer, objectiveCppLexer } from './objective-c.ts';
import { ocamlLexer } from './ocaml.ts';
// batch I
import { cssErbLexer, erbLexer, javascriptErbLexer, rhtmlLexer, xmlErbLexer } from './erb.ts';
import { fsharpLexer } from './fsharp.ts';
import { googlesqlLexer } from './googlesql.ts';
import { mysqlLexer } from './mysql.ts';
import { postgresConsoleLexer } from './postgres-console.ts';
import { postgresExplainLexer } from './postgres-explain.ts';
import { plpgsqlLexer, postgresLexer } from './postgres.ts';
import { rqlLexer } from './rql.ts';
import { rubyConsoleLexer } from './ruby-console.ts';
import { sqliteConsoleLexer } from './sqlite-console.ts';
import { tsqlLexer } from './tsql.ts';
import { vbnetLexer } from './vbnet.ts';
// batch K
import { arduinoLexer } from './arduino.ts';
import { bibtexLexer } from './bibtex.ts';
import { crystalLexer } from './crystal.ts';
import { cudaLexer } from './cuda.ts';
import { glslLexer } from './glsl.ts';
import { graphvizLexer } from './graphviz.ts';
import { hlslLexer } from './hlsl.ts';
import { llvmLexer } from './llvm.ts';
import { htmlMakoLexer, makoLexer } from './mako.ts';
import { promqlLexer } from './promql.ts';
import { htmlSmartyLexer, smartyLexer } from './smarty.ts';
import { watLexer } from './webassembly.ts';
// batch L
import { adaLexer } from './ada.ts';
import { applescriptLexer } from './applescript.ts';
import { delphiLexer } from './delphi.ts';
import { emacsLispLexer } from './emacs-lisp.ts';
import { kconfigLexer } from './kconfig.ts';
import { kustoLexer } from './kusto.ts';
import { mesonLexer } from './meson.ts';
import { octaveLexer } from './octave.ts';
import { puppetLexer } from './puppet.ts';
import { racketLexer } from './racket.ts';
import { systemverilogLexer } from './systemverilog.ts';
import { tclLexer } from './tcl.ts';
import { thriftLexer } from './thrift.ts';
import { typstLexer } from './typst.ts';
import { vhdlLexer } from './vhdl.ts';
// batch M
import { cypherLexer } from './cypher.ts';
import { sparqlLexer, turtleLexer } from './rdf.ts';
import { wgslLexer } from './wgsl.ts';
import { hamlLexer, pugLexer } from './haml.ts';
import { yamlJinjaLexer } from './yaml-jinja.ts';
import { sasLexer } from './sas.ts';
import { stataLexer } from './stata.ts';
import { mathematicaLexer } from './mathematica.ts';
import { rocqLexer } from './rocq.ts';
import { lean4Lexer } from './lean.ts';
import { valaLexer } from './vala.ts';
import { haxeLexer } from './haxe.ts';
// batch N
import { outputLexer } from './output.ts';
import { json5Lexer } from './json5.ts';
import { vueLexer } from './vue.ts';
import { cythonLexer } from './cython.ts';
import { python2Lexer, python2TracebackLexer } from './python2.ts';
import { numpyLexer } from './numpy.ts';
import { gdscriptLexer } from './gdscript.ts';
import { mojoLexer } from './mojo.ts';
import { cssPhpLexer, htmlPhpLexer, javascriptPhpLexer, xmlPhpLexer } from './php-templates.ts';
import { cssDjangoLexer, javascriptDjangoLexer, sqlJinjaLexer, xmlDjangoLexer } from './django-templates.ts';
import { literateHaskellLexer } from './literate-haskell.ts';
import { qmlLexer } from './qml.ts';
import { reasonLexer } from './reason.ts';
import { luauLexer } from './luau.ts';
import { gleamLexer } from './gleam.ts';
import { odinLexer } from './odin.ts';
import { rakuLexer } from './raku.ts';
// batch O
import { debianControlLexer } from './debian-control.ts';
import { desktopLexer } from './desktop.ts';
import { devicetreeLexer } from './devicetree.ts';
import { dnsZoneLexer } from './dns-zone.ts';
import { dtdLexer } from './dtd.ts';
import { emailLexer } from './email.ts';
import { gettextLexer } from './gettext.ts';
import { gnuplotLexer } from './gnuplot.ts';
import { ldifLexer } from './ldif.ts';
import { mimeLexer } from './mime.ts';
import { procfileLexer } from './procfile.ts';
import { regoLexer } from './rego.ts';
import { rpmSpecLexer } from './rpm-spec.ts';
import { sedLexer } from './sed.ts';
import { debianSourcesLexer, sourcesListLexer } from './sources-list.ts';
import { srcinfoLexer } from './srcinfo.ts';
import { tapLexer } from './tap.ts';
import { xorgLexer } from './xorg.ts';
import { xqueryLexer } from './xquery.ts';
import { xsltLexer } from './xslt.ts';
import { yaraLexer } from './yara.ts';
import { zeekLexer } from './zeek.ts';
import { lighttpdLexer } from './lighttpd.ts';
import { pacmanConfLexer } from './pacman-conf.ts';
import { pkgconfigLexer } from './pkgconfig.ts';
import { elixirConsoleLexer, juliaConsoleLexer, matlabSessionLexer, nodeConsoleLexer, rConsoleLexer } from './repl-sessions.ts';
import { squidLexer } from './squid.ts';
import { unixConfigLexer } from './unix-config.ts';
// batch P
import { actionscript3Lexer, actionscriptLexer } from './actionscript.ts';
import { clojureScriptLexer } from './clojure.ts';
import { vbscriptLexer } from './vbscript.ts';
import { cobolFreeLexer, cobolLexer } from './cobol.ts';
import { abapLexer } from './abap.ts';
import { smalltalkLexer } from './smalltalk.ts';
import { autohotkeyLexer, autoitLexer } from './automation.ts';
import { nsisLexer } from './nsis.ts';
import { antlrLexer } from './antlr.ts';
import { asn1Lexer } from './asn1.ts';
import { abnfLexer, bnfLexer, ebnfLexer } from './grammar-notation.ts';
import { moonScriptLexer } from './moonscript.ts';
import { capnProtoLexer } from './capnproto.ts';
import { webidlLexer } from './webidl.ts';
import { vyperLexer } from './vyper.ts';
import { tealLexer } from './teal.ts';
import { fennelLexer } from './fennel.ts';
import { hyLexer } from './hy.ts';
import { janetLexer } from './janet.ts';
import { agdaLexer, idrisLexer } from './idris-agda.ts';
import { lean3Lexer } from './lean3.ts';
import { aplLexer } from './apl.ts';
import { carbonLexer } from './carbon.ts';
import { hareLexer } from './hare.ts';
import { ponyLexer } from './pony.ts';
import { chapelLexer } from './chapel.ts';
import { eiffelLexer } from './eiffel.ts';
import { orgLexer } from './org.ts';
import { modelicaLexer } from './modelica.ts';
import { smlLexer } from './sml.ts';
// batch Q
import { robotFrameworkLexer } from './robotframework.ts';
import { promelaLexer } from './promela.ts';
import { swigLexer } from './swig.ts';
import { hexdumpLexer } from './hexdump.ts';
import { kernelLogLexer } from './kernel-log.ts';
import { qbasicLexer } from './qbasic.ts';
import { rexxLexer } from './rexx.ts';
import { cObjdumpLexer, cppObjdumpLexer, dObjdumpLexer, nasmObjdumpDefinition, objdumpDefinition } from './objdump.ts';
import { forthLexer } from './forth.ts';
import { brainfuckLexer } from './brainfuck.ts';
import { befungeLexer } from './befunge.ts';
import { bqnLexer } from './bqn.ts';
import { jLexer } from './j.ts';
import { kLexer } from './k.ts';
import { qLexer } from './q.ts';
import { factorLexer } from './factor.ts';
import { smaliLexer } from './smali.ts';
import { mipsLexer } from './mips.ts';
import { ca65Lexer } from './ca65.ts';
import { tasmLexer } from './tasm.ts';
import { llvmMirLexer } from './llvm-mir.ts';
import { llvmMirBodyLexer } from './llvm-mir-body.ts';
import { ptxLexer } from './ptx.ts';
import { amdgpuLexer } from './amdgpu.ts';
import { postscriptLexer } from './postscript.ts';
import { povrayLexer } from './povray.ts';
import { gcodeLexer } from './gcode.ts';
import { groffLexer } from './groff.ts';
import { scdocLexer } from './scdoc.ts';
import { bbcodeLexer } from './bbcode.ts';
import { moinWikiLexer } from './moin.ts';
import { ircLogsLexer } from './irc-logs.ts';
import { jmespathLexer } from './jmespath.ts';
import { jsltLexer } from './jslt.ts';
import { prqlLexer } from './prql.ts';
import { daxLexer } from './dax.ts';
import { stanLexer } from './stan.ts';
import { bugsLexer } from './bugs.ts';
import { jagsLexer } from './jags.ts';
import { alloyLexer } from './alloy.ts';
import { mscgenLexer } from './mscgen.ts';
import { singularityLexer } from './singularity.ts';
import { soongLexer } from './soong.ts';
import { augeasLexer } from './augeas.ts';
import { cfengine3Lexer } from './cfengine3.ts';
import { vclLexer } from './vcl.ts';
import { termcapLexer } from './termcap.ts';
import { terminfoLexer } from './terminfo.ts';
import { bareLexer } from './bare.ts';
import { shexcLexer } from './shexc.ts';
import { openscadLexer } from './openscad.ts';
import { todotxtLexer } from './todotxt.ts';
import { superColliderLexer } from './supercollider.ts';
import { tablegenLexer } from './tablegen.ts';
import { cddlLexer } from './cddl.ts';
import { nestedtextLexer } from './nestedtext.ts';
import { vclSnippetLexer } from './vcl-snippets.ts';
import { tiddlyWiki5Lexer } from './tiddlywiki5.ts';
// batch S
import { fortranFixedLexer } from './fortran-fixed.ts';
import { idlLexer } from './idl.ts';
import { scilabLexer } from './scilab.ts';
import { liveScriptLexer } from './livescript.ts';
import { wikitextLexer } from './wikitext.ts';
import { yangLexer } from './yang.ts';
import { smithyLexer } from './smithy.ts';
import { usdLexer } from './usd.ts';
import { zephirLexer } from './zephir.ts';
import { xtendLexer } from './xtend.ts';
import { wrenLexer } from './wren.ts';
import { berryLexer } from './berry.ts';
import { kokaLexer } from './koka.ts';
import { futharkLexer } from './futhark.ts';
import { fstarLexer } from './fstar.ts';
import { isabelleLexer } from './isabelle.ts';
import { maximaLexer } from './maxima.ts';
import { macaulay2Lexer } from './macaulay2.ts';
import { foxProLexer } from './foxpro.ts';
import { igorLexer } from './igor.ts';
import { jclLexer } from './jcl.ts';
import { jsgfLexer } from './jsgf.ts';
import { pegLexer } from './peg.ts';
import { snbtLexer } from './snbt.ts';
import { mcFunctionLexer } from './mcfunction.ts';
import { sieveLexer } from './sieve.ts';
import { ceylonLexer } from './ceylon.ts';
import { gosuLexer } from './gosu.ts';
import { booLexer } from './boo.ts';
import { goloLexer } from './golo.ts';
import { ioLexer } from './io.ts';
import { iokeLexer } from './ioke.ts';
import { newspeakLexer } from './newspeak.ts';
import { pawnLexer } from './pawn.ts';
import { arrowLexer } from './arrow.ts';
import { bcLexer } from './bc.ts';
import { bstLexer } from './bst.ts';
import { ascLexer } from './asc.ts';
import { urlEncodedLexer } from './urlencoded.ts';
import { wdiffLexer } from './wdiff.ts';
import { vcTreeStatusLexer } from './vctreestatus.ts';
import { pypyLogLexer } from './pypylog.ts';
import { darcsPatchLexer } from './dpatch.ts';
import { smartGameFormatLexer } from './sgf.ts';
import { logtalkLexer } from './logtalk.ts';
import { openEdgeLexer } from './openedge.ts';
import { dylanLidLexer } from './dylan-lid.ts';
import { rebolLexer } from './rebol.ts';
import { redLexer } from './red.ts';
import { nemerleLexer } from './nemerle.ts';
import { dylanConsoleLexer, dylanLexer } from './dylan.ts';
import { pikeLexer } from './pike.ts';
import { sourcePawnLexer } from './sourcepawn.ts';
import { asymptoteLexer } from './asymptote.ts';
import { lilypondLexer } from './lilypond.ts';
import { csoundDocumentLexer, csoundOrchestraLexer, csoundScoreLexer } from './csound.ts';
import { gosuTemplateLexer } from './gosu-template.ts';
import { modula2Lexer } from './modula2.ts';
import { tntLexer } from './tnt.ts';
import { notmuchLexer } from './notmuch.ts';
// end of batch S imports

/** RegexLexer ports: rule tables. */
const DEFINITIONS: readonly LexerDefinition[] = [
  bashLexer,
  markdownLexer,
  pythonLexer,
  // batch A: configuration, data, sessions and web languages
  cssLexer,
  diffLexer,
  dockerLexer,
  htmlLexer,
  iniLexer,
  powershellLexer,
  pythonTracebackLexer,
  tomlLexer,
  // next to those, in no batch: more shells, Apache, Java properties, .reg, systemd
  batchLexer,
  fishLexer,
  tcshLexer,
  apacheconfLexer,
  propertiesLexer,
  registryLexer,
  systemdLexer,
  // batch C: compiled languages, SQL, markup and servers
  baseMakefileLexer,
  javaLexer,
  nginxLexer,
  sqlLexer,
  xmlLexer,
  // batch B: web, template, systems and TeX languages
  javascriptLexer,
  typescriptLexer,
  jsxLexer,
  tsxLexer,
  scssLexer,
  djangoLexer,
  texLexer,
  rustLexer,
  goLexer,
  // batch F: functional, JVM, schema and build languages
  haskellLexer,
  graphqlLexer,
  protobufLexer,
  groovyLexer,
  cmakeLexer,
  nixLexer,
  // batch D: Ruby (a factory, below), JVM and Apple languages
  kotlinLexer,
  scalaLexer,
  // batch E: C#, Lua, Perl, R, Dart (C# and Lua are factories: they read options)
  perlLexer,
  rLexer,
  dartLexer,
  // batch H: markup, editor, test, style and template languages
  rstLexer,
  gherkinLexer,
  lessLexer,
  coffeescriptLexer,
  handlebarsLexer,
  twigLexer,
  liquidLexer,
  jsonnetLexer,
  // batch J: assembly, systems, hardware, functional, Lisp, logic and text-processing languages
  nasmLexer,
  gasLexer,
  zigLexer,
  nimLexer,
  dLexer,
  solidityLexer,
  verilogLexer,
  elmLexer,
  prologLexer,
  cplintLexer,
  awkLexer,
  // batch G: Julia, Clojure, Erlang, OCaml, Fortran, MATLAB
  juliaLexer,
  clojureLexer,
  erlangLexer,
  ocamlLexer,
  fortranLexer,
  matlabLexer,
  // batch I: SQL dialects, ERB, irb, F#, VB.NET
  mysqlLexer,
  googlesqlLexer,
  tsqlLexer,
  fsharpLexer,
  vbnetLexer,
  postgresExplainLexer,
  rqlLexer,
  // batch K: graph, GPU, IR, bibliography, query, Crystal and template languages
  graphvizLexer,
  glslLexer,
  hlslLexer,
  llvmLexer,
  watLexer,
  promqlLexer,
  makoLexer,
  smartyLexer,
  // batch L: Pascal, Ada, Tcl, hardware, Puppet, Lisps, AppleScript, Typst, Kusto, Thrift, Meson, Kconfig, Octave
  adaLexer,
  tclLexer,
  vhdlLexer,
  systemverilogLexer,
  puppetLexer,
  thriftLexer,
  racketLexer,
  applescriptLexer,
  kustoLexer,
  mesonLexer,
  kconfigLexer,
  octaveLexer,
  // batch M: query, RDF, shader, template, statistics, math and proof languages, Haxe, Vala
  cypherLexer,
  sparqlLexer,
  turtleLexer,
  wgslLexer,
  sasLexer,
  stataLexer,
  mathematicaLexer,
  rocqLexer,
  lean4Lexer,
  valaLexer,
  // batch N: JSON5, Vue, Python 2 and its tracebacks, Cython, GDScript, Mojo, QML, ReasonML, Gleam, ODIN
  json5Lexer,
  vueLexer,
  python2Lexer,
  python2TracebackLexer,
  cythonLexer,
  gdscriptLexer,
  mojoLexer,
  qmlLexer,
  reasonLexer,
  gleamLexer,
  odinLexer,
  // batch O: configuration, packaging, network, mail, test and query languages
  desktopLexer,
  debianControlLexer,
  sourcesListLexer,
  debianSourcesLexer,
  rpmSpecLexer,
  gettextLexer,
  unixConfigLexer,
  pkgconfigLexer,
  procfileLexer,
  srcinfoLexer,
  dnsZoneLexer,
  devicetreeLexer,
  squidLexer,
  lighttpdLexer,
  pacmanConfLexer,
  xorgLexer,
  ldifLexer,
  tapLexer,
  sedLexer,
  gnuplotLexer,
  regoLexer,
  yaraLexer,
  zeekLexer,
  dtdLexer,
  // batch P: ClojureScript, ActionScript, VBScript, COBOL, ABAP, Smalltalk and more
  clojureScriptLexer,
  actionscript3Lexer,
  actionscriptLexer,
  vbscriptLexer,
  cobolLexer,
  cobolFreeLexer,
  abapLexer,
  smalltalkLexer,
  autohotkeyLexer,
  autoitLexer,
  nsisLexer,
  antlrLexer,
  asn1Lexer,
  bnfLexer,
  ebnfLexer,
  abnfLexer,
  capnProtoLexer,
  webidlLexer,
  vyperLexer,
  tealLexer,
  fennelLexer,
  hyLexer,
  janetLexer,
  idrisLexer,
  agdaLexer,
  lean3Lexer,
  aplLexer,
  carbonLexer,
  hareLexer,
  ponyLexer,
  chapelLexer,
  eiffelLexer,
  orgLexer,
  modelicaLexer,
  smlLexer,
  // batch Q: objdump output (instructions lexed by GAS or NASM)
  objdumpDefinition,
  nasmObjdumpDefinition,
  hexdumpLexer,
  kernelLogLexer,
  qbasicLexer,
  rexxLexer,
  forthLexer,
  brainfuckLexer,
  befungeLexer,
  bqnLexer,
  jLexer,
  kLexer,
  qLexer,
  factorLexer,
  smaliLexer,
  mipsLexer,
  ca65Lexer,
  tasmLexer,
  llvmMirLexer,
  llvmMirBodyLexer,
  ptxLexer,
  amdgpuLexer,
  postscriptLexer,
  povrayLexer,
  gcodeLexer,
  groffLexer,
  scdocLexer,
  bbcodeLexer,
  moinWikiLexer,
  ircLogsLexer,
  jmespathLexer,
  jsltLexer,
  prqlLexer,
  daxLexer,
  stanLexer,
  bugsLexer,
  jagsLexer,
  alloyLexer,
  mscgenLexer,
  singularityLexer,
  soongLexer,
  augeasLexer,
  cfengine3Lexer,
  vclLexer,
  termcapLexer,
  terminfoLexer,
  bareLexer,
  shexcLexer,
  openscadLexer,
  todotxtLexer,
  superColliderLexer,
  tablegenLexer,
  cddlLexer,
  nestedtextLexer,
  vclSnippetLexer,
  tiddlyWiki5Lexer,
  // batch S: languages real documentation sites still showed as plain text
  fortranFixedLexer,
  idlLexer,
  scilabLexer,
  liveScriptLexer,
  wikitextLexer,
  yangLexer,
  smithyLexer,
  usdLexer,
  zephirLexer,
  xtendLexer,
  wrenLexer,
  berryLexer,
  kokaLexer,
  futharkLexer,
  fstarLexer,
  isabelleLexer,
  maximaLexer,
  macaulay2Lexer,
  foxProLexer,
  igorLexer,
  jclLexer,
  jsgfLexer,
  pegLexer,
  snbtLexer,
  mcFunctionLexer,
  sieveLexer,
  ceylonLexer,
  gosuLexer,
  booLexer,
  goloLexer,
  ioLexer,
  iokeLexer,
  newspeakLexer,
  pawnLexer,
  arrowLexer,
  bcLexer,
  bstLexer,
  ascLexer,
  urlEncodedLexer,
  wdiffLexer,
  vcTreeStatusLexer,
  pypyLogLexer,
  darcsPatchLexer,
  smartGameFormatLexer,
  logtalkLexer,
  openEdgeLexer,
  dylanLidLexer,
  rebolLexer,
  redLexer,
  csoundScoreLexer,
  csoundDocumentLexer,
  // end of batch S definitions
];

/** Lexers that are not plain rule tables (ExtendedRegexLexer, hand-written, delegating). */
const FACTORIES: ReadonlyArray<{ readonly name: string; readonly create: (byName: LexerLookup) => Lexer }> = [
  { name: yamlLexer.name, create: (byName) => compileExtendedLexer(yamlLexer, byName) },
  { name: terraformLexer.name, create: (byName) => compileExtendedLexer(terraformLexer, byName) },
  { name: sassLexer.name, create: (byName) => compileExtendedLexer(sassLexer, byName) },
  { name: HTML_DJANGO_NAME, create: htmlDjangoLexer },
  { name: bashSession.name, create: (byName) => sessionLexer(bashSession, byName) },
  { name: powershellSession.name, create: (byName) => sessionLexer(powershellSession, byName) },
  { name: msdosSession.name, create: (byName) => sessionLexer(msdosSession, byName) },
  { name: tcshSession.name, create: (byName) => sessionLexer(tcshSession, byName) },
  { name: 'Slurm', create: slurmLexer },
  { name: 'Python console session', create: pythonConsoleLexer },
  { name: 'JSON', create: jsonLexer },
  { name: 'JSON-LD', create: jsonLdLexer },
  // batch D
  { name: rubyLexer.name, create: (byName) => compileExtendedLexer(rubyLexer, byName) },
  { name: swiftLexer.name, create: (byName) => swiftLexer.create(byName) },
  // Lexers that override get_tokens_unprocessed in Pygments (batch C).
  ...[cLexer, cppLexer, httpLexer, makefileLexer, phpLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch F: ElixirLexer retypes names in get_tokens_unprocessed.
  ...[elixirLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch E: lexers with options (C#'s unicodelevel, Lua's builtins) or retyping passes
  ...[csharpLexer, luaLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch H: VimLexer retypes words in get_tokens_unprocessed; the HTML+ template lexers delegate.
  ...[vimLexer, htmlHandlebarsLexer, htmlTwigLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch J: lexers that retype names from builtin lists in get_tokens_unprocessed
  ...[schemeLexer, commonLispLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch G: Objective-C retypes names (C's types, Cocoa's classes) as CLexer does; erl sessions.
  ...[objectiveCLexer, erlangShellLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch I: PostgreSQL's dollar strings see the whole text; sessions splice prompts
  ...[postgresLexer, plpgsqlLexer, postgresConsoleLexer, sqliteConsoleLexer, erbLexer, rhtmlLexer, xmlErbLexer, cssErbLexer, javascriptErbLexer, rubyConsoleLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch K: CUDA and Arduino retype C/C++ tokens in get_tokens_unprocessed.
  ...[cudaLexer, arduinoLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch K: BibTeXLexer is an ExtendedRegexLexer (its context keeps an entry's opening brace).
  { name: bibtexLexer.name, create: (byName) => compileExtendedLexer(bibtexLexer, byName) },
  // batch K: CrystalLexer is an ExtendedRegexLexer (heredocs), like RubyLexer.
  { name: crystalLexer.name, create: (byName) => compileExtendedLexer(crystalLexer, byName) },
  // batch K: HTML+Mako and HTML+Smarty delegate to HtmlLexer.
  ...[htmlMakoLexer, htmlSmartyLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch L: DelphiLexer is a Scanner loop with flags (Pygments' Lexer, not a RegexLexer); EmacsLispLexer
  // retypes names in get_tokens_unprocessed; TypstLexer reads its `start` option.
  ...[delphiLexer, emacsLispLexer, typstLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch M: PugLexer and HamlLexer are ExtendedRegexLexers (SassLexer's indentation callbacks).
  ...[pugLexer, hamlLexer].map((definition) => ({ name: definition.name, create: (byName: LexerLookup) => compileExtendedLexer(definition, byName) })),
  // batch M: YAML+Jinja is a DelegatingLexer (Django's tags, YAML between them); HaxeLexer keeps its
  // `#if` stacks per lexer.
  ...[yamlJinjaLexer, haxeLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch N: OutputLexer is one token; NumPyLexer retypes PythonLexer's names; Literate Haskell splices
  // its `>` marks or LaTeX around HaskellLexer's tokens; LuauLexer reads options and splits builtin names;
  // Objective-C++ is `objective(CppLexer)`, retyped like Objective-C; Perl6Lexer (Raku) is an ExtendedRegexLexer.
  ...[outputLexer, numpyLexer, literateHaskellLexer, luauLexer, objectiveCppLexer, rakuLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch N: the PHP and Django/Jinja template lexers delegate their text to HTML, XML, CSS, JavaScript or SQL.
  ...[htmlPhpLexer, xmlPhpLexer, cssPhpLexer, javascriptPhpLexer, xmlDjangoLexer, cssDjangoLexer, javascriptDjangoLexer, sqlJinjaLexer].map(
    (factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) }),
  ),
  // batch O: REPL sessions splice prompts into the language's tokens.
  ...[elixirConsoleLexer, juliaConsoleLexer, rConsoleLexer, nodeConsoleLexer, matlabSessionLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch O: MIMELexer's callbacks keep the content type and boundary per text; EmailLexer delegates
  // MIME's comment tokens (plain headers) to its header lexer.
  ...[mimeLexer, emailLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch O: XsltLexer retypes XmlLexer's xsl: tags; XQueryLexer is an ExtendedRegexLexer whose
  // parse-state stack lives as long as the lexer (Pygments keeps it on the class).
  ...[xsltLexer, xqueryLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch P: MoonScriptLexer runs LuaLexer's builtin pass, then retypes `.` as an operator.
  ...[moonScriptLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch Q: RobotFrameworkLexer is Robot Framework's row model (cells, tables), not a RegexLexer; the
  // objdump -S lexers delegate their source lines to C, C++ or D.
  // Promela and SWIG extend CLexer's and CppLexer's states and keep their type retyping.
  ...[robotFrameworkLexer, cObjdumpLexer, cppObjdumpLexer, dObjdumpLexer, promelaLexer, swigLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch S: NemerleLexer reads `unicodelevel` as CSharpLexer does.
  ...[nemerleLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // batch S: DylanLexer retypes names by its word sets; Dylan sessions splice prompts into its tokens;
  // PikeLexer extends CppLexer's states and keeps its type retyping; SourcePawnLexer retypes SourceMod's
  // names (its `sourcemod` option); AsymptoteLexer its function and variable names;
  // LilyPondLexer runs SchemeLexer's pass, then its own; CsoundOrchestraLexer remembers the opcodes it sees
  // defined; GosuTemplateLexer starts GosuLexer in its `templateText` state;
  // Modula2Lexer types names by its dialect's sets (options, dialect tags); TNTLexer is a recursive descent;
  // NotmuchLexer hands a part's text to its `body_lexer` or a guessed lexer.
  ...[dylanLexer, dylanConsoleLexer, pikeLexer, sourcePawnLexer, asymptoteLexer, lilypondLexer, csoundOrchestraLexer, gosuTemplateLexer, modula2Lexer, tntLexer, notmuchLexer].map((factory) => ({ name: factory.name, create: (byName: LexerLookup) => factory.create(byName) })),
  // end of batch S factories
];

/** A ported lexer by alias; also says which lexer Pygments has under a name (`console` -> `Bash Session`). */
export interface LexerLookup {
  (alias: string): Lexer | undefined;
  pygmentsName(alias: string): string | undefined;
}

/** What Pygments would do with a fence's language, and what we do. */
export type LanguageSupport =
  /** A lexer we have ported: exact highlighting. */
  | 'ported'
  /** Pygments has a lexer for it, we do not: plain text, where Pygments would add spans. */
  | 'plain'
  /** Pygments does not know the name either: `text`, as in PyMdown. */
  | 'unknown';

/**
 * One renderer's lexers, compiled on first use:
 *
 *     lookup('Console')?.name        ->   'Bash Session'
 *     lookup('befunge')              ->   undefined (Pygments has it, we do not: plain text)
 *     lookup.pygmentsName('befunge') ->   'Befunge'
 */
export function createLexerLookup(): LexerLookup {
  // alias -> Pygments' display name of its lexer
  const names = new Map<string, string>();
  for (const [, name, aliases] of PYGMENTS_LEXERS) for (const alias of aliases.split(' ')) names.set(alias, name);
  const compiled = new Map<string, Lexer>();
  let text: Lexer | undefined;
  const find = (alias: string): Lexer | undefined => {
    const key = alias.toLowerCase();
    if (key === 'text') return (text ??= textLexer(lookup));
    const name = names.get(key) ?? DEFINITIONS.find((definition) => definition.aliases.includes(key))?.name;
    if (name === undefined) return undefined;
    let lexer = compiled.get(name);
    if (lexer !== undefined) return lexer;
    const definition = DEFINITIONS.find((candidate) => candidate.name === name);
    const factory = FACTORIES.find((candidate) => candidate.name === name);
    lexer = definition ? compileLexer(definition, lookup) : factory?.create(lookup);
    if (lexer !== undefined) compiled.set(name, lexer);
    return lexer;
  };
  const lookup: LexerLookup = Object.assign(find, { pygmentsName: (alias: string) => names.get(alias.toLowerCase()) });
  return lookup;
}

/** `yaml` -> 'ported', `befunge` -> 'plain', `requirements` -> 'unknown'. */
export function languageSupport(lookup: LexerLookup, lang: string): LanguageSupport {
  if (lookup(lang) !== undefined) return 'ported';
  return lookup.pygmentsName(lang) === undefined ? 'unknown' : 'plain';
}

/**
 * The language name pymdownx.highlight's get_lexer returns, which `pygments_lang_class` writes as
 * `language-<name>`: the name as written when Pygments has a lexer for it (ported or not), else
 * `text` (the fallback lexer's first alias).
 */
export function highlightLanguageName(lookup: LexerLookup, lang: string): string {
  return lookup.pygmentsName(lang) === undefined && lookup(lang) === undefined ? 'text' : lang;
}

/**
 * pymdownx.highlight's get_lexer without guess_lang: the named lexer; for a language Pygments
 * knows but we have not ported, plain text under that lexer's name; else `text`.
 */
export function lexerFor(lookup: LexerLookup, lang: string): Lexer {
  const lexer = lookup(lang);
  if (lexer !== undefined) return lexer;
  const name = lookup.pygmentsName(lang);
  return name === undefined ? (lookup('text') ?? textLexer(lookup)) : textLexer(lookup, name);
}
