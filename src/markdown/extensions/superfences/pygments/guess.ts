/**
 * Pygments' guess_lexer (pygments/lexers/__init__.py), over the lexers ported so far: a vim
 * modeline names the language; else every lexer's `analyse_text` scores the text, in Pygments'
 * order (sorted class names), the first 1.0 wins, else the best score (Text only's 0.01 at least).
 *
 *     guessLanguage('import os\nos.getcwd()')   ->  'python'   ('import ' in the text: 1.0)
 *     guessLanguage('<!DOCTYPE html>\n<p>x')     ->  'html'     (0.5)
 *
 * Pygments asks all of its ~600 lexers; text another lexer would claim first (one we have not
 * ported) is guessed differently here. The scores are Pygments 2.20.0's, rule for rule.
 */
import { FUNCTIONNAMES, KEYWORDS, TYPES } from './lexers/googlesql-words.ts';
import { TERATERM_COMMANDS } from './lexers/teraterm-words.ts';
import { pythonRegExp } from './python-regex.ts';

type Analyser = (text: string) => number | boolean | undefined;

/** A Python `re.search` pattern as Pygments writes it (Unicode `\d` and `\s`, `$` only before `\n`). */
function pythonSearch(pattern: string, flags = ''): RegExp {
  const regex = pythonRegExp(pattern, flags, false);
  return new RegExp(regex.source, regex.flags.replace('y', ''));
}

/** `shebang_matches`: the last part of a `#!` first line matches `name` (`.exe` and the like allowed). */
function shebangMatches(text: string, name: string): boolean {
  const newline = text.indexOf('\n');
  const first = (newline >= 0 ? text.slice(0, newline) : text).toLowerCase();
  if (!first.startsWith('#!')) return false;
  const parts = first.slice(2).trim().split(/[/\\ ]/).filter((part) => part !== '' && !part.startsWith('-'));
  const found = parts.at(-1);
  return found !== undefined && new RegExp(`^${name}(\\.(exe|cmd|bat|bin))?$`, 'i').test(found);
}

const DOCTYPE = /<!DOCTYPE\s+([a-zA-Z_][a-zA-Z0-9]*(?:\s+[a-zA-Z_][a-zA-Z0-9]*\s+"[^"]*")?)[^>]*>/m;

function htmlDoctype(text: string): boolean {
  const doctype = DOCTYPE.exec(text)?.[1];
  return doctype !== undefined && /^html/i.test(doctype.trim());
}

function looksLikeXml(text: string): boolean {
  if (/^\s*<\?xml[^>]*\?>/i.test(text)) return true;
  if (DOCTYPE.test(text)) return true;
  return /<(.+?)(\s.*?)?>.*?<\/.+?>/is.test(text.slice(0, 1000));
}

function django(text: string): number {
  let score = 0;
  if (/\{%\s*(block|extends)/.test(text)) score += 0.4;
  if (/\{%\s*if\s*.*?%\}/.test(text)) score += 0.1;
  if (/\{\{.*?\}\}/.test(text)) score += 0.1;
  return score;
}

const CMAKE_MINIMUM_REQUIRED = pythonSearch(
  String.raw`^[ \t]*CMAKE_MINIMUM_REQUIRED[ \t]*\([ \t]*VERSION[ \t]*\d+(\.\d+)*[ \t]*([ \t]FATAL_ERROR)?[ \t]*\)[ \t]*(#[^\n]*)?$`,
  'mi',
);

const NIX_IMPORT = pythonSearch('import.+?<[^>]+>');
const NIX_DERIVATION = pythonSearch(String.raw`mkDerivation\s+(\(|\{|rec)`);
const NIX_MKIF = pythonSearch(String.raw`=\s+mkIf\s+`);
const NIX_FUNCTION_ARGS = pythonSearch(String.raw`\{[a-zA-Z,\s]+\}:`);

// batch J
const CL_DEFUN = pythonSearch(String.raw`^\s*\(defun\s`);
const GAS_SECTION = pythonSearch(String.raw`^\.(text|data|section)`, 'm');
const GAS_DIRECTIVE = pythonSearch(String.raw`^\.\w+`, 'm');

// batch M
const HAXE_IMPORT = pythonSearch(String.raw`\bimport\s+haxe\.`);
const HAXE_STD = pythonSearch(String.raw`\bStd\.`);
const HAXE_TRACE = pythonSearch(String.raw`\btrace\s*\(`);
const LEAN4_IMPORT = pythonSearch('^import [A-Z]', 'm');
const TURTLE_START = pythonSearch(String.raw`^\s*(?:@base |BASE |@prefix |PREFIX )`);

// batch S
const SCILAB_LINE_COMMENT = pythonSearch(String.raw`^\s*//`);
const SCILAB_BLOCK_COMMENT = pythonSearch(String.raw`^\s*/\*`);
const ASC_HEADER = pythonSearch(String.raw`^-----BEGIN [^\n]+-----\r?\n`);
// JclLexer._JOB_HEADER_PATTERN, matched against the first line only
const JCL_JOB_HEADER = pythonSearch(String.raw`^//[a-z#$@][a-z0-9#$@]{0,7}\s+job(\s+.*)?$`, 'i');
const LOGTALK_DIRECTIVE = pythonSearch(String.raw`^:-\s[a-z]`, 'm');
// RebolLexer's header: re.match (its `^` holds it at the start: no MULTILINE) and re.search
const REBOL_HEADER_FIRST = pythonSearch(String.raw`^\s*REBOL\s*\[`, 'i');
const REBOL_HEADER = pythonSearch(String.raw`\s*REBOL\s*\[`, 'i');
const MODULA2_PROCEDURE = pythonSearch(String.raw`\bPROCEDURE\b`);
const MODULA2_FUNCTION = pythonSearch(String.raw`\bFUNCTION\b`);
const MAXIMA_TERMINATOR = pythonSearch(String.raw`\$\s*$`, 'm');

// batch P
const AS3_FLASH_IMPORT = pythonSearch(String.raw`\bimport\s+flash\.`);
const LEAN3_IMPORT = pythonSearch('^import [a-z]', 'm');
const CARBON_HINTS = ['forall', 'type', 'Self', 'observe', 'package', 'library', 'choice', 'addr', 'constraint', 'impl'];

/** CarbonLexer: 0.1 per hint word in the text, summed in Pygments' order (the same float rounding). */
function carbon(text: string): number {
  let score = 0;
  for (const hint of CARBON_HINTS) if (text.includes(hint)) score += 0.1;
  return score;
}

// batch N
const GDSCRIPT_CALLBACK = pythonSearch('func (_ready|_init|_input|_process|_unhandled_input)');
const GDSCRIPT_WORDS = pythonSearch('(extends |class_name |onready |preload|load|setget|func [^_])');
const GDSCRIPT_DECLARATION = pythonSearch('(var|const|enum|export|signal|tool)');
const PHP_TAG = pythonSearch(String.raw`<\?(?!xml)`);
const SQL_JINJA_REF = pythonSearch(String.raw`\{\{\s*ref\(.*\)\s*\}\}`);
const SQL_JINJA_SOURCE = pythonSearch(String.raw`\{\{\s*source\(.*\)\s*\}\}`);
const SQL_JINJA_MACRO = pythonSearch(String.raw`\{%-?\s*macro \w+\(.*\)\s*-?%\}`);

/** PhpLexer.analyse_text, which its template lexers (batch N) build on. */
const php = (text: string): number => (shebangMatches(text, 'php') ? 1 : PHP_TAG.test(text) ? 0.3 : 0);

/** SqlJinjaLexer: dbt's `ref` and `source` calls, Jinja macros, summed in Pygments' order. */
function sqlJinja(text: string): number {
  let score = 0;
  if (SQL_JINJA_REF.test(text)) score += 0.4;
  if (SQL_JINJA_SOURCE.test(text)) score += 0.25;
  if (SQL_JINJA_MACRO.test(text)) score += 0.15;
  return score;
}

const RAKU_DECLARATION = pythonSearch(String.raw`(?:my|our|has)\s+(?:['\w:-]+\s+)?[$@%&(]`);
const RAKU_VERSION = pythonSearch(String.raw`^\s*(?:use\s+)?v6(?:\.\d(?:\.\d)?)?;`);
const RAKU_PACKAGE = pythonSearch(String.raw`^\s*(?:(my|our)\s+)?(?:module|class|role|enum|grammar)`);
const RAKU_BLANK = pythonSearch(String.raw`^\s*$`);

/**
 * Perl6Lexer.analyse_text: Pod blocks left out, a Raku shebang, `use v6;`, or a package
 * declaration among the first lines that follow a `my`/`our`/`has` declaration.
 */
function raku(text: string): number | boolean {
  const lines: string[] = [];
  let inPod = false;
  const all = text.split(SPLITLINES);
  if (all.at(-1) === '') all.pop();
  for (const line of all) {
    if (/^=(?:end|cut)/.test(line)) inPod = false;
    else if (pythonSearch(String.raw`^=\w+`).test(line)) inPod = true;
    else if (!inPod) lines.push(line);
  }
  const code = lines.join('\n');
  // Pygments' pattern is `^perl6|rakudo|niecza|pugs(...)?$` used with re.match: each alternative at the start.
  if (shebangMatches(code, 'perl6|^rakudo|^niecza|^pugs')) return true;
  let sawDeclaration = false;
  let rating = 0;
  if (RAKU_DECLARATION.test(code)) {
    rating = 0.8;
    sawDeclaration = true;
  }
  for (const raw of lines) {
    const line = raw.replace(/#.*/, '');
    if (RAKU_BLANK.test(line)) continue;
    if (RAKU_VERSION.test(line)) return true;
    const declaration = RAKU_PACKAGE.exec(line);
    if (declaration) {
      if (sawDeclaration || declaration[1] !== undefined) return true;
      rating = 0.05;
      continue;
    }
    break;
  }
  // `:=` is no Perl, as in PerlLexer: less sure then.
  return code.includes(':=') ? rating / 2 : rating;
}

// batch R: the ASPX lexers look for the page's or a script's language.
const ASPX_CS_PAGE = pythonSearch(String.raw`Page\s*Language="C#"`, 'i');
const ASPX_CS_SCRIPT = pythonSearch(`script[^>]+language=["']C#`, 'i');
const ASPX_VB_PAGE = pythonSearch(String.raw`Page\s*Language="Vb"`, 'i');
const ASPX_VB_SCRIPT = pythonSearch(`script[^>]+language=["']vb`, 'i');

// batch R: Genshi's `${...}` and `py:` attribute hints, summed in Pygments' order.
const GENSHI_SUBSTITUTION = pythonSearch(String.raw`\$\{.*?\}`);
const GENSHI_ATTRIBUTE = pythonSearch(`py:(.*?)=["']`);

function genshiHints(text: string): number {
  let score = 0;
  if (GENSHI_SUBSTITUTION.test(text)) score += 0.2;
  if (GENSHI_ATTRIBUTE.test(text)) score += 0.2;
  return score;
}

/** GenshiLexer: the hints plus XmlLexer's score. */
const genshi = (text: string): number => genshiHints(text) + (looksLikeXml(text) ? 0.45 : 0) - 0.01;

/** What make_analysator makes of a score: JavaScript+Genshi Text builds on GenshiLexer's, clamped. */
const clamp = (value: number): number => Math.min(1, Math.max(0, value));

// batch R: Evoque's `$evoque` directive is unique to it.
const evoque: Analyser = (text) => (text.includes('$evoque') ? 1 : undefined);
const MASON_BLOCK = pythonSearch('</%(class|doc|init)>');
const MASON_CALL = pythonSearch('<&.+&>', 's');
const VELOCITY_MACRO = pythonSearch(String.raw`#\{?macro\}?\(.*?\).*?#\{?end\}?`, 's');
const VELOCITY_IF = pythonSearch(String.raw`#\{?if\}?\(.+?\).*?#\{?end\}?`, 's');
const VELOCITY_FOREACH = pythonSearch(String.raw`#\{?foreach\}?\(.+?\).*?#\{?end\}?`, 's');
const VELOCITY_REFERENCE = pythonSearch(String.raw`\$!?\{?[a-zA-Z_]\w*(\([^)]*\))?(\.\w+(\([^)]*\))?)*\}?`);

/** VelocityLexer: a macro, an `#if` or a `#foreach` block, a `$reference`, summed in Pygments' order. */
function velocity(text: string): number {
  let score = 0;
  if (VELOCITY_MACRO.test(text)) score += 0.25;
  if (VELOCITY_IF.test(text)) score += 0.15;
  if (VELOCITY_FOREACH.test(text)) score += 0.15;
  if (VELOCITY_REFERENCE.test(text)) score += 0.01;
  return score;
}

// batch R: LassoLexer's hints, summed in Pygments' order; its template lexers build on the clamped sum.
const LASSO_TAG = pythonSearch(String.raw`<\?lasso`, 'i');
const LASSO_LOCAL = pythonSearch(String.raw`local\(`, 'i');
const LASSO_CSS_PROPERTY = pythonSearch(String.raw`\w+:[^;]+;`);

function lasso(text: string): number {
  let score = 0;
  if (text.includes('bin/lasso9')) score += 0.8;
  if (LASSO_TAG.test(text)) score += 0.4;
  if (LASSO_LOCAL.test(text)) score += 0.4;
  return score;
}

// batch R: Scalate Server Pages declare `val name:` parameters.
const SSP_VAL = pythonSearch(String.raw`val \w+\s*:`);

function ssp(text: string): number {
  let score = 0;
  if (SSP_VAL.test(text)) score += 0.6;
  if (looksLikeXml(text)) score += 0.2;
  if (text.includes('<%') && text.includes('%>')) score += 0.1;
  return score;
}

const prolog: Analyser = (text) => (text.includes(':-') ? 0.5 : 0);
// batch G
const OC_KEYWORDS = /@(?:end|implementation|protocol)/;
/** `[receiver message]` or `[receiver key:`, as ObjectiveCLexer's `_oc_message`. */
const OC_MESSAGE = pythonSearch(String.raw`\[\s*[a-zA-Z_]\w*\s+(?:[a-zA-Z_]\w*\s*\]|(?:[a-zA-Z_]\w*)?:)`);

const objectiveC: Analyser = (text) =>
  OC_KEYWORDS.test(text) ? 1 : text.includes('@"') ? 0.8 : /@[0-9]+/.test(text) ? 0.7 : OC_MESSAGE.test(text) ? 0.8 : 0;

const MATLAB_COMMENT_FIRST = pythonSearch(String.raw`^\s*%`);
const MATLAB_COMMENT = pythonSearch(String.raw`^\s*%`, 'm');
const MATLAB_SYSTEM = pythonSearch(String.raw`^!\w+`, 'm');
/** The line breaks of str.splitlines, and the leading whitespace str.strip removes. */
const SPLITLINES = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const LEADING_SPACE = /^[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

const matlab: Analyser = (text) => {
  // Pygments' generator tests the whole text, not each line: text that starts with a comment
  // has no first line; any other text gives its first line.
  const first = MATLAB_COMMENT_FIRST.test(text) ? '' : (text.split(SPLITLINES)[0] ?? '').replace(LEADING_SPACE, '');
  if (first.startsWith('function') && !first.includes('{')) return 1;
  return MATLAB_COMMENT.test(text) || MATLAB_SYSTEM.test(text) ? 0.2 : undefined;
};
// batch O
const TRAILING_SPACE = new RegExp(`${LEADING_SPACE.source.slice(1)}$`);
const DESKTOP_ENTRY = pythonSearch(String.raw`^\[Desktop Entry\][ \t]*$`, 'm');
/** SourcesListLexer: a `deb ` or `deb-src ` line (str.splitlines, then str.strip). */
const sourcesList: Analyser = (text) =>
  text.split(SPLITLINES).some((line) => {
    const stripped = line.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');
    return stripped.startsWith('deb ') || stripped.startsWith('deb-src ');
  }) || undefined;

// batch Q
const REXX_HEADER = pythonSearch(String.raw`/\*\**\s*rexx`, 'i');
/** RexxLexer.PATTERNS_AND_WEIGHTS, searched in the lowercased text, summed in this order. */
const REXX_PATTERNS: ReadonlyArray<readonly [RegExp, number]> = [
  [pythonSearch(String.raw`^\s*address\s+command\b`, 'm'), 0.2],
  [pythonSearch(String.raw`^\s*address\s+`, 'm'), 0.05],
  [pythonSearch(String.raw`^\s*do\s+while\b`, 'm'), 0.1],
  [pythonSearch(String.raw`\belse\s+do\s*$`, 'm'), 0.1],
  [pythonSearch(String.raw`^\s*if\b.+\bthen\s+do\s*$`, 'm'), 0.1],
  [pythonSearch(String.raw`^\s*([a-z_]\w*)(\s*)(:)(\s*)(procedure)\b`, 'm'), 0.5],
  [pythonSearch(String.raw`^\s*parse\s+(upper\s+)?(arg|value)\b`, 'm'), 0.2],
];
/** A `/* rexx` header is certain; any other leading C comment may be Rexx, by the patterns found. */
const rexx: Analyser = (text) => {
  if (REXX_HEADER.test(text)) return 1;
  if (!text.startsWith('/*')) return undefined;
  const lower = text.toLowerCase();
  return Math.min(REXX_PATTERNS.reduce((sum, [pattern, weight]) => (pattern.test(lower) ? sum + weight : sum), 0) + 0.01, 1);
};

/** BrainfuckLexer: mostly `+ -` or `< >` (over at least 256 characters) is certain; a `[-]` is 0.5. */
const brainfuck: Analyser = (text) => {
  const range = Math.max(256, text.length);
  let plusMinus = 0;
  let lessGreater = 0;
  for (const char of text.slice(0, range)) {
    if (char === '+' || char === '-') plusMinus++;
    if (char === '<' || char === '>') lessGreater++;
  }
  if (plusMinus > 0.25 * range || lessGreater > 0.25 * range) return 1;
  return text.includes('[-]') ? 0.5 : 0;
};
const FORTH_DEFINITION = pythonSearch('\n:[^\n]+;\n');

const SMALI_CLASS = pythonSearch(String.raw`^\s*\.class\s`, 'm');
const SMALI_INSTRUCTION = pythonSearch(
  String.raw`\b((check-cast|instance-of|throw-verification-error` +
    String.raw`)\b|(-to|add|[ais]get|[ais]put|and|cmpl|const|div|` +
    'if|invoke|move|mul|neg|not|or|rem|return|rsub|shl|' +
    'shr|sub|ushr)[-/])|{|}',
  'm',
);
const SMALI_WORDS = pythonSearch(
  String.raw`(\.(catchall|epilogue|restart local|prologue)|` +
    String.raw`\b(array-data|class-change-error|declared-synchronized|` +
    '(field|inline|vtable)@0x[0-9a-fA-F]|generic-error|' +
    'illegal-class-access|illegal-field-access|' +
    'illegal-method-access|instantiation-error|no-error|' +
    'no-such-class|no-such-field|no-such-method|' +
    String.raw`packed-switch|sparse-switch))\b`,
  'm',
);
/** SmaliLexer: a `.class` line (more with Dalvik instructions or braces), and Dalvik-only words. */
const smali: Analyser = (text) => {
  let score = 0;
  if (SMALI_CLASS.test(text)) {
    score += 0.5;
    if (SMALI_INSTRUCTION.test(text)) score += 0.3;
  }
  if (SMALI_WORDS.test(text)) score += 0.6;
  return score;
};

const BUGS_MODEL = pythonSearch(String.raw`^\s*model\s*{`, 'm');
const JAGS_MODEL = pythonSearch(String.raw`^\s*model\s*\{`, 'm');
const JAGS_DATA = pythonSearch(String.raw`^\s*data\s*\{`, 'm');
const JAGS_VAR = pythonSearch(String.raw`^\s*var`, 'm');
const STAN_PARAMETERS = pythonSearch(String.raw`^\s*parameters\s*\{`, 'm');
const SCDOC_PREAMBLE = pythonSearch(String.raw`^.*\([1-7]\)( "[^"]+"){0,2}$`);
const SINGULARITY_WORDS = pythonSearch(String.raw`\b(?:osversion|includecmd|mirrorurl)\b`, 'i');
const SINGULARITY_SECTION = pythonSearch(String.raw`(%(?:pre|post|setup|environment|help|labels|test|runscript|files|startscript))(\s*)`);
/** GroffLexer: a `.` first; a comment or `.TH` request is certain, another two-letter request 0.9. */
const groff: Analyser = (text) => {
  if (!text.startsWith('.')) return false;
  if (text.startsWith('.\\"') || text.startsWith('.TH ')) return true;
  // text[3] raises IndexError on shorter text: make_analysator scores that 0
  const request = text.slice(1, 3);
  const after = text[3];
  if (after === undefined) return 0;
  return /^[\p{L}\p{N}]{2}$/u.test(request) && /\s/.test(after) ? 0.9 : undefined;
};
/** PovrayLexer: `#version`, `#declare`, `camera`, `light_source`, summed in this order. */
const povray: Analyser = (text) =>
  (text.includes('#version') ? 0.05 : 0) + (text.includes('#declare') ? 0.05 : 0) + (text.includes('camera') ? 0.05 : 0) +
  (text.includes('light_source') ? 0.1 : 0);
/** ScdocLexer: `*` and `_` are weak hints; a `name(section)` first line is strong. */
const scdoc: Analyser = (text) =>
  (text.includes('*') ? 0.01 : 0) + (text.includes('_') ? 0.01 : 0) + (SCDOC_PREAMBLE.test(text.split('\n')[0] ?? '') ? 0.5 : 0);

/** SwigLexer.swig_directives: a known `%directive` at a line start is 0.98, any other 0.91. */
const SWIG_DIRECTIVES: ReadonlySet<string> = new Set([
  '%apply', '%arg', '%attribute', '%bang', '%begin', '%callback', '%catches', '%clear', '%constant',
  '%copyctor', '%csconst', '%csconstvalue', '%csenum', '%csmethodmodifiers', '%csnothrowexception',
  '%default', '%defaultctor', '%defaultdtor', '%define', '%defined', '%delete', '%delobject',
  '%descriptor', '%director', '%enddef', '%exception', '%exceptionclass', '%exceptionvar', '%extend',
  '%extend_smart_pointer', '%feature', '%fragment', '%fragments', '%header', '%ifcplusplus', '%ignore',
  '%ignorewarn', '%immutable', '%implicit', '%implicitconv', '%import', '%include', '%init', '%inline',
  '%insert', '%javaconst', '%javaconstvalue', '%javaenum', '%javaexception', '%javamethodmodifiers',
  '%kwargs', '%luacode', '%module', '%mutable', '%naturalvar', '%nestedworkaround', '%newobject',
  '%nspace', '%perlcode', '%pragma', '%pythonabc', '%pythonappend', '%pythoncallback', '%pythoncode',
  '%pythondynamic', '%pythonmaybecall', '%pythonnondynamic', '%pythonprepend', '%refobject', '%rename',
  '%shadow', '%shared_ptr', '%sizeof', '%template', '%trackobjects', '%typecheck', '%typemap', '%types',
  '%unrefobject', '%varargs', '%warn', '%warnfilter',
]);
const SWIG_LINE_DIRECTIVE = new RegExp(pythonSearch(String.raw`^\s*(%[a-z_][a-z0-9_]*)`, 'm').source, 'gmv');
const swig: Analyser = (text) => {
  let score = 0;
  for (const [, directive = ''] of text.matchAll(SWIG_LINE_DIRECTIVE)) {
    if (SWIG_DIRECTIVES.has(directive)) return 0.98;
    score = 0.91; // a little above MatlabLexer's
  }
  return score;
};

// batch I: the SQL dialects tell themselves apart by `[name]` (T-SQL) against `` `name` `` (MySQL).
const NAME_IN_BRACKETS = pythonSearch(String.raw`\[[a-zA-Z_]\w*\]`);
const NAME_IN_BACKTICKS = pythonSearch(String.raw`\x60[a-zA-Z_]\w*\x60`);
const TSQL_GO = pythonSearch(String.raw`\bgo\b`, 'i');
const TSQL_DECLARE = pythonSearch(String.raw`\bdeclare\s+@`, 'i');
const TSQL_VARIABLE = pythonSearch(String.raw`@[a-zA-Z_]\w*\b`);

/** `len(pattern.findall(text))`. */
function count(pattern: RegExp, text: string): number {
  return [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].length;
}

function tsql(text: string): number {
  if (TSQL_DECLARE.test(text)) return 1; // a T-SQL variable declaration
  const backticks = count(NAME_IN_BACKTICKS, text);
  const brackets = count(NAME_IN_BRACKETS, text);
  let score = 0;
  // At least twice as many [name] as `name` (and at least one of them).
  if (backticks + brackets >= 1 && brackets >= 2 * backticks) score += 0.5;
  else if (brackets > backticks) score += 0.2;
  else if (brackets > 0) score += 0.1;
  if (TSQL_VARIABLE.test(text)) score += 0.1;
  if (TSQL_GO.test(text)) score += 0.1;
  return score;
}

const GOOGLESQL_IDENTIFIERS: ReadonlySet<string> = new Set([...FUNCTIONNAMES, ...KEYWORDS, ...TYPES]);
const PYTHON_SPACE = new RegExp(pythonSearch(String.raw`\s+`).source, 'v');

/** GoogleSQL: 0.001 for each whitespace-separated word that is one of its names (case-sensitive). */
function googlesql(text: string): number {
  const count = text.split(PYTHON_SPACE).filter((word) => word !== '' && GOOGLESQL_IDENTIFIERS.has(word)).length;
  return 0.001 * count;
}

function mysql(text: string): number {
  const backticks = count(NAME_IN_BACKTICKS, text);
  const brackets = count(NAME_IN_BRACKETS, text);
  // At least twice as many `name` as [name] (and at least one of them).
  if (backticks + brackets >= 1 && backticks >= 2 * brackets) return 0.5;
  if (backticks > brackets) return 0.2;
  return backticks > 0 ? 0.1 : 0;
}

const VBNET = pythonSearch(String.raw`^\s*(#If|Module|Namespace)`, 'm');

const erb = (text: string): number => (text.includes('<%') && text.includes('%>') ? 0.4 : 0);
// batch K: ArduinoLexer and CudaLexer inherit CppLexer's and CLexer's analyse_text (the same tests as theirs below).
const cAnalyser: Analyser = (text) => (/^\s*#include [<"]/m.test(text) || /^\s*#ifn?def /m.test(text) ? 0.1 : undefined);
const cppAnalyser: Analyser = (text) => (/#include <[a-z_]+>/.test(text) ? 0.2 : /using namespace /.test(text) ? 0.4 : undefined);

// batch K: SmartyLexer.analyse_text, summed in Pygments' order (the float rounding is the same).
const SMARTY_IF = pythonSearch(String.raw`\{if\s+.*?\}.*?\{/if\}`);
const SMARTY_INCLUDE = pythonSearch(String.raw`\{include\s+file=.*?\}`);
const SMARTY_FOREACH = pythonSearch(String.raw`\{foreach\s+.*?\}.*?\{/foreach\}`);
const SMARTY_VARIABLE = pythonSearch(String.raw`\{\$.*?\}`);

function smarty(text: string): number {
  let score = 0;
  if (SMARTY_IF.test(text)) score += 0.15;
  if (SMARTY_INCLUDE.test(text)) score += 0.15;
  if (SMARTY_FOREACH.test(text)) score += 0.15;
  if (SMARTY_VARIABLE.test(text)) score += 0.01;
  return score;
}

// batch T
const GAP_DECLARATION = pythonSearch('(InstallTrueMethod|Declare(Attribute|Category|Filter|Operation|GlobalFunction|Synonym|SynonymAttr|Property))');
const GAP_IMPLEMENTATION = pythonSearch('(DeclareRepresentation|Install(GlobalFunction|Method|ImmediateMethod|OtherMethod)|New(Family|Type)|Objectify)');
const JASMIN_CLASS = pythonSearch(String.raw`^\s*\.class\s`, 'm');
const JASMIN_INSTRUCTION = pythonSearch(String.raw`^\s*[a-z]+_[a-z]+\b`, 'm');
const JASMIN_DIRECTIVE = pythonSearch(String.raw`^\s*\.(attribute|bytecode|debug|deprecated|enclosing|inner|interface|limit|set|signature|stack)\b`, 'm');
const OBJECTIVE_J_IMPORT = pythonSearch(String.raw`^\s*@import\s+[<"]`, 'm');
const RSL_SCHEME = pythonSearch(String.raw`scheme\s*.*?=\s*class\s*type`, 'i');
const TERATERM_COMMAND = pythonSearch(TERATERM_COMMANDS);
// Both without re.MULTILINE: `^` is the text's start only.
const VISUAL_PROLOG_SECTION = pythonSearch(String.raw`^\s*(end\s+(interface|class|implement)|(clauses|predicates|domains|facts|constants|properties)\s*$)`);
const VISUAL_PROLOG_GRAMMAR_SECTION = pythonSearch(String.raw`^\s*(end\s+grammar|(nonterminals|startsymbols|terminals|rules|precedence)\s*$)`);
/** WoWTocLexer's `## Interface: 100205` tag line (no re.MULTILINE: the whole text is that line). */
const WOWTOC_INTERFACE = pythonSearch(String.raw`(?i)^(##)( *)(Interface)( *)(:)( *)(.*?)( *)$`);

/** Hints summed in Pygments' order, so that the float rounding is the same. */
function sumOf(text: string, hints: ReadonlyArray<readonly [(text: string) => boolean, number]>): number {
  let score = 0;
  for (const [found, weight] of hints) if (found(text)) score += weight;
  return score;
}

const jasmin: Analyser = (text) => {
  let score = 0;
  if (JASMIN_CLASS.test(text)) {
    score += 0.5;
    if (JASMIN_INSTRUCTION.test(text)) score += 0.3;
  }
  if (JASMIN_DIRECTIVE.test(text)) score += 0.6;
  return Math.min(score, 1);
};

/** UcodeLexer: `endsuspend`, `endrepeat`, `:=`, `procedure` with `end`, `\self` with `/self`. */
const ucode: Analyser = (text) => sumOf(text, [
  [(t) => t.includes('endsuspend'), 0.1],
  [(t) => t.includes('endrepeat'), 0.1],
  [(t) => t.includes(':='), 0.01],
  [(t) => t.includes('procedure') && t.includes('end'), 0.01],
  [(t) => t.includes('\\self') && t.includes('/self'), 0.5],
]);

const wowtoc: Analyser = (text) => {
  const version = WOWTOC_INTERFACE.exec(text)?.[7];
  const lower = text.toLowerCase();
  return sumOf(text, [
    [() => version !== undefined && /^\d+\d{2}\d{2}/.test(version), 0.8],
    [() => lower.includes('.lua'), 0.1],
    [() => lower.includes('.xml'), 0.05],
  ]);
};

const bash: Analyser = (text) => (shebangMatches(text, '(ba|z|)sh') ? 1 : text.startsWith('$ ') ? 0.2 : undefined);

// batch U: EasytrieveLexer.analyse_text. Blank and `*` comment lines at the top are skipped; a
// text of nothing else fails on `lines[0]` in Pygments (IndexError), which scores 0.
const EASYTRIEVE_COMMENT = pythonSearch(String.raw`^\s*\*`);
const EASYTRIEVE_MACRO = pythonSearch(String.raw`^\s*MACRO`);
const easytrieve: Analyser = (text) => {
  const lines = text.split('\n');
  let headerComment = false;
  while (lines.length > 0 && ((lines[0] ?? '').trim() === '' || EASYTRIEVE_COMMENT.test(lines[0] ?? ''))) {
    if ((lines[0] ?? '').trim() !== '') headerComment = true;
    lines.shift();
  }
  if (lines.length === 0) return 0;
  if (EASYTRIEVE_MACRO.test(lines[0] ?? '')) return headerComment ? 0.4 + 0.4 : 0.4;
  let parm = false, file = false, job = false, proc = false, endProc = false, report = false;
  // Only the first word of lines of two words or more counts, in the order the sections come.
  for (const line of lines) {
    const words = line.split(/\s+/).filter((word) => word !== '');
    if (words.length < 2 || report) continue;
    const first = words[0];
    if (!job) {
      if (!file) {
        if (!parm && first === 'PARM') parm = true;
        if (first === 'FILE') file = true;
      }
      if (first === 'JOB') job = true;
    } else if (first === 'PROC') proc = true;
    else if (first === 'END-PROC') endProc = true;
    else if (first === 'REPORT') report = true;
  }
  let result = 0;
  if (job && proc === endProc) {
    if (headerComment) result += 0.1;
    if (parm) result += proc ? 0.8 : 0.5;
    else {
      result += 0.11;
      if (file) result += 0.01;
      if (report) result += 0.01;
    }
  }
  return result;
};
const CBM_LINE_NUMBER = pythonSearch(String.raw`^\d`);
const LIMBO_IMPLEMENT = pythonSearch(String.raw`^implement \w+;`, 'm');
const HYBRIS_METHOD = pythonSearch(String.raw`\b(?:public|private)\s+method\b`);

/** Ported lexers with an `analyse_text` of their own (or inherited), by class name, with their first alias. */
const ANALYSERS: ReadonlyArray<readonly [className: string, alias: string, analyse: Analyser]> = [
  // batch P: only `import flash.` says ActionScript 3; ActionScriptLexer never claims a text.
  ['ActionScript3Lexer', 'actionscript3', (text) => (AS3_FLASH_IMPORT.test(text) ? 0.2 : 0)],
  ['ActionScriptLexer', 'actionscript', () => 0],
  // batch R: each ANTLR target's analyse_text is `AntlrLexer.analyse_text(text) and ...`, and
  // AntlrLexer's is always 0 (below): so are theirs.
  ['AntlrActionScriptLexer', 'antlr-actionscript', () => 0],
  ['AntlrCSharpLexer', 'antlr-csharp', () => 0],
  ['AntlrCppLexer', 'antlr-cpp', () => 0],
  ['AntlrJavaLexer', 'antlr-java', () => 0],
  // batch P: AntlrLexer's analyse_text returns a match object, which make_analysator cannot turn
  // into a float: it always scores 0.
  ['AntlrLexer', 'antlr', () => 0],
  // batch R (ANTLR targets, above)
  ['AntlrObjectiveCLexer', 'antlr-objc', () => 0],
  ['AntlrPerlLexer', 'antlr-perl', () => 0],
  ['AntlrPythonLexer', 'antlr-python', () => 0],
  ['AntlrRubyLexer', 'antlr-ruby', () => 0],
  // batch K: Pygments guesses Arduino for C++ (its class name sorts first, same score).
  ['ArduinoLexer', 'arduino', cppAnalyser],
  // batch S: an armor header line opening the text (True: 1.0).
  ['AscLexer', 'asc', (text) => ASC_HEADER.test(text)],
  // batch T
  ['BBCBasicLexer', 'bbcbasic', (text) => (text.startsWith('10REM >') || text.startsWith('REM >') ? 0.9 : undefined)],
  ['BashLexer', 'bash', bash],
  // batch Q
  ['BrainfuckLexer', 'brainfuck', brainfuck],
  // batch Q
  ['BugsLexer', 'bugs', (text) => (BUGS_MODEL.test(text) ? 0.7 : 0)],
  ['CLexer', 'c', (text) => (/^\s*#include [<"]/m.test(text) || /^\s*#ifn?def /m.test(text) ? 0.1 : undefined)],
  ['CMakeLexer', 'cmake', (text) => (CMAKE_MINIMUM_REQUIRED.test(text) ? 0.8 : 0)],
  // batch R
  ['CSharpAspxLexer', 'aspx-cs', (text) => (ASPX_CS_PAGE.test(text) ? 0.2 : ASPX_CS_SCRIPT.test(text) ? 0.15 : undefined)],
  // batch P
  ['CarbonLexer', 'carbon', carbon],
  // batch U: a text starting with a line number is an old BASIC
  ['CbmBasicV2Lexer', 'cbmbas', (text) => (CBM_LINE_NUMBER.test(text) ? 0.2 : undefined)],
  ['CommonLispLexer', 'common-lisp', (text) => (CL_DEFUN.test(text) ? 0.8 : 0)],
  // batch T: common Pascal words, weak hints (.cp is C++'s too)
  ['ComponentPascalLexer', 'componentpascal', (text) =>
    sumOf(text, [[(t) => t.includes('BEGIN'), 0.01], [(t) => t.includes('END'), 0.01], [(t) => t.includes('PROCEDURE'), 0.01], [(t) => t.includes('MODULE'), 0.01]])],
  // CplintLexer inherits Prolog's analyse_text and comes first: a `:-` text is guessed cplint.
  ['CplintLexer', 'cplint', prolog],
  ['CppLexer', 'cpp', (text) => (/#include <[a-z_]+>/.test(text) ? 0.2 : /using namespace /.test(text) ? 0.4 : undefined)],
  // batch N
  ['CssDjangoLexer', 'css+django', (text) => django(text) - 0.05],
  ['CssErbLexer', 'css+ruby', (text) => erb(text) - 0.05],
  // batch R
  ['CssGenshiLexer', 'css+genshitext', (text) => clamp(genshi(text)) - 0.05],
  // batch N
  ['CssPhpLexer', 'css+php', (text) => php(text) - 0.05],
  // batch K
  // batch R
  ['CssSmartyLexer', 'css+smarty', (text) => smarty(text) - 0.05],
  ['CudaLexer', 'cuda', cAnalyser],
  // batch O
  ['DesktopLexer', 'desktop', (text) => (text.startsWith('[Desktop Entry]') ? 1 : DESKTOP_ENTRY.test(text.slice(0, 500)) ? 0.9 : 0)],
  ['DiffLexer', 'diff', (text) => (text.startsWith('Index: ') || text.startsWith('diff ') ? true : text.startsWith('--- ') ? 0.9 : undefined)],
  ['DjangoLexer', 'django', django],
  // batch O
  ['DnsZoneLexer', 'zone', (text) => text.startsWith('$ORIGIN')],
  ['DtdLexer', 'dtd', (text) =>
    !looksLikeXml(text) && (text.includes('<!ELEMENT') || text.includes('<!ATTLIST') || text.includes('<!ENTITY')) ? 0.8 : undefined],
  // batch T
  ['ECLLexer', 'ecl', (text) => sumOf(text, [[(t) => t.includes('->'), 0.01], [(t) => t.includes('BEGIN'), 0.01], [(t) => t.includes('END'), 0.01]])],
  // batch U
  ['EasytrieveLexer', 'easytrieve', easytrieve],
  ['ErbLexer', 'erb', erb],
  // batch R
  ['EvoqueHtmlLexer', 'html+evoque', evoque],
  ['EvoqueLexer', 'evoque', evoque],
  ['EvoqueXmlLexer', 'xml+evoque', evoque],
  // batch T
  ['ExeclineLexer', 'execline', (text) => shebangMatches(text, 'execlineb') || undefined],
  // batch T: more than ten Tamil letters
  ['EzhilLexer', 'ezhil', (text) => ((text.match(/[\u0b80-\u0bff]/g)?.length ?? 0) > 10 ? 0.25 : undefined)],
  // F# has few unique features: |> and <| are weak hints.
  ['FSharpLexer', 'fsharp', (text) => (text.includes('|>') ? 0.05 : 0) + (text.includes('<|') ? 0.05 : 0)],
  // batch Q
  ['ForthLexer', 'forth', (text) => (FORTH_DEFINITION.test(text) ? 0.3 : undefined)],
  // batch T
  ['GAPConsoleLexer', 'gap-console', (text) => (text.startsWith('gap> ') ? 0.9 : 0)],
  ['GAPLexer', 'gap', (text) => Math.min(sumOf(text, [[(t) => GAP_DECLARATION.test(t), 0.7], [(t) => GAP_IMPLEMENTATION.test(t), 0.7]]), 1)],
  // batch N: Godot's callbacks, then words (`load` and `var` are in much else too), summed in Pygments' order
  ['GDScriptLexer', 'gdscript', (text) => {
    let score = 0;
    if (GDSCRIPT_CALLBACK.test(text)) score += 0.8;
    if (GDSCRIPT_WORDS.test(text)) score += 0.4;
    if (GDSCRIPT_DECLARATION.test(text)) score += 0.2;
    return Math.min(score, 1);
  }],
  ['GasLexer', 'gas', (text) => (GAS_SECTION.test(text) ? true : GAS_DIRECTIVE.test(text) ? 0.1 : undefined)],
  // batch R
  ['GenshiLexer', 'genshi', genshi],
  ['GoogleSqlLexer', 'googlesql', googlesql],
  // batch Q
  ['GroffLexer', 'groff', groff],
  ['GroovyLexer', 'groovy', (text) => shebangMatches(text, 'groovy')],
  // batch M: the strongest of three hints wins
  ['HaxeLexer', 'haxe', (text) => (HAXE_IMPORT.test(text) ? 0.2 : HAXE_STD.test(text) ? 0.1 : HAXE_TRACE.test(text) ? 0.05 : 0)],
  ['HtmlDjangoLexer', 'html+django', (text) => django(text) - 0.01 + (htmlDoctype(text) ? 0.5 : 0)],
  // batch R
  ['HtmlGenshiLexer', 'html+genshi', (text) => genshiHints(text) + (htmlDoctype(text) ? 0.5 : 0) - 0.01],
  ['HtmlLexer', 'html', (text) => (htmlDoctype(text) ? 0.5 : undefined)],
  // batch N
  ['HtmlPhpLexer', 'html+php', (text) => php(text) - 0.01 + (htmlDoctype(text) ? 0.5 : 0)],
  // batch K
  ['HtmlSmartyLexer', 'html+smarty', (text) => smarty(text) - 0.01 + (htmlDoctype(text) ? 0.5 : 0)],
  ['HttpLexer', 'http', (text) =>
    /^([a-zA-Z][-_a-zA-Z]+)( +)([^ ]+)( +)(HTTP)(\/)(1\.[01]|2(?:\.0)?|3)(\r?\n|$(?![\s\S]))/.test(text) ||
    /^(HTTP)(\/)(1\.[01]|2(?:\.0)?|3)( +)(\d{3})(?:( +)([^\r\n]*))?(\r?\n|$(?![\s\S]))/.test(text)],
  // batch P
  ['HyLexer', 'hylang', (text) => (text.includes('(import ') || text.includes('(defn ') ? 0.9 : undefined)],
  // batch U: `public method` and `private method` are rare elsewhere
  ['HybrisLexer', 'hybris', (text) => (HYBRIS_METHOD.test(text) ? 0.01 : 0)],
  // batch S: `endelse` is IDL's own, `endswitch` rare elsewhere (summed).
  ['IDLLexer', 'idl', (text) => (text.includes('endelse') ? 0.2 : 0) + (text.includes('endswitch') ? 0.01 : 0)],
  // batch T: Pygments writes '\borigsource\b' in a plain string, so its `\b`s are backspace characters
  ['Inform6Lexer', 'inform6', (text) => (/\x08origsource\x08/i.test(text) ? 0.05 : 0)],
  ['IniLexer', 'ini', (text) => {
    const newline = text.indexOf('\n');
    return newline >= 3 && text[0] === '[' && text[newline - 1] === ']' ? 0.8 : false;
  }],
  // batch Q
  ['JagsLexer', 'jags', (text) => (JAGS_MODEL.test(text) ? (JAGS_DATA.test(text) || JAGS_VAR.test(text) ? 0.9 : 0.3) : 0)],
  // batch T
  ['JasminLexer', 'jasmin', jasmin],
  // batch N
  ['JavascriptDjangoLexer', 'javascript+django', (text) => django(text) - 0.05],
  ['JavascriptErbLexer', 'javascript+ruby', (text) => erb(text) - 0.05],
  // batch R
  ['JavascriptGenshiLexer', 'js+genshitext', (text) => clamp(genshi(text)) - 0.05],
  // batch N: PhpLexer's score, and ahead of it (a `<?` text is guessed JavaScript+PHP, as in Pygments)
  ['JavascriptPhpLexer', 'javascript+php', php],
  // batch R
  ['JavascriptSmartyLexer', 'javascript+smarty', (text) => smarty(text) - 0.05],
  // batch S: a `//name JOB` first line.
  ['JclLexer', 'jcl', (text) => JCL_JOB_HEADER.test(text.split('\n')[0] ?? '')],
  ['JspLexer', 'jsp', (text) => -0.01 + (looksLikeXml(text) ? 0.4 : 0) + (text.includes('<%') && text.includes('%>') ? 0.1 : 0)],
  ['JuliaLexer', 'julia', (text) => shebangMatches(text, 'julia')],
  // batch R
  ['LassoCssLexer', 'css+lasso', (text) => clamp(lasso(text)) - 0.05 + (LASSO_CSS_PROPERTY.test(text) ? 0.1 : 0) + (text.includes('padding:') ? 0.1 : 0)],
  ['LassoHtmlLexer', 'html+lasso', (text) => clamp(lasso(text)) - 0.01 + (htmlDoctype(text) ? 0.5 : 0)],
  ['LassoJavascriptLexer', 'javascript+lasso', (text) => clamp(lasso(text)) - 0.05],
  ['LassoLexer', 'lasso', lasso],
  ['LassoXmlLexer', 'xml+lasso', (text) => clamp(lasso(text)) - 0.01 + (looksLikeXml(text) ? 0.4 : 0)],
  // batch P: Lean 3 (display name `Lean`) sorts before Lean 4 with the same 0.1
  ['Lean3Lexer', 'lean', (text) => (LEAN3_IMPORT.test(text) ? 0.1 : undefined)],
  // batch M
  ['Lean4Lexer', 'lean4', (text) => (LEAN4_IMPORT.test(text) ? 0.1 : undefined)],
  // batch U: every Limbo module implements something
  ['LimboLexer', 'limbo', (text) => (LIMBO_IMPLEMENT.test(text) ? 0.7 : undefined)],
  // batch T: `%hook`, `%ctor`, `%init` or `%c(` is Logos for sure
  ['LogosLexer', 'logos', (text) => (/%(?:hook|ctor|init|c\()/.test(text) ? 1 : 0)],
  // batch S: an entity opening directive is Logtalk's own; any `:- directive` nearly.
  ['LogtalkLexer', 'logtalk', (text) => (text.includes(':- object(') || text.includes(':- protocol(') || text.includes(':- category(') ? 1 : LOGTALK_DIRECTIVE.test(text) ? 0.9 : 0)],
  ['MakefileLexer', 'make', (text) => (/\$\([A-Z_]+\)/.test(text) ? 0.1 : undefined)],
  // batch T
  ['MapleLexer', 'maple', (text) => (text.includes(':=') ? 0.1 : undefined)],
  // batch R
  ['MasonLexer', 'mason', (text) => (MASON_BLOCK.test(text) ? 1 : MASON_CALL.test(text) ? 0.11 : 0)],
  ['MatlabLexer', 'matlab', matlab],
  // batch S: a `$` input terminator ending a line, then `:=` (summed).
  ['MaximaLexer', 'maxima', (text) => (MAXIMA_TERMINATOR.test(text) ? 0.05 : 0) + (text.includes(':=') ? 0.02 : 0)],
  // batch S: Pascal-like (`(*`, `*)` and `:=`), with PROCEDURE and no FUNCTION.
  ['Modula2Lexer', 'modula2', (text) => {
    if (!(text.includes('(*') && text.includes('*)') && text.includes(':='))) return undefined;
    return MODULA2_FUNCTION.test(text) ? 0 : MODULA2_PROCEDURE.test(text) ? 0.6 : 0;
  }],
  // batch N: a `mojo` shebang, else 0.9 for 'import ' (PythonLexer's 1.0 for the same text comes later and wins)
  ['MojoLexer', 'mojo', (text) => (shebangMatches(text, 'mojo?') ? 1 : text.slice(0, 1000).includes('import ') ? 0.9 : 0)],
  ['MySqlLexer', 'mysql', mysql],
  // NASM's analyse_text only says no (False for a text starting with PROC, TASM's): always 0.
  ['NasmLexer', 'nasm', () => 0],
  // batch S: `@if`, rare outside Nemerle.
  ['NemerleLexer', 'nemerle', (text) => (text.includes('@if') ? 0.1 : 0)],
  ['NixLexer', 'nixos', (text) => {
    // Summed in Pygments' order, so that the float rounding is the same (0.4 + 0.4 + 0.1).
    let score = 0;
    if (NIX_IMPORT.test(text)) score += 0.4;
    if (NIX_DERIVATION.test(text)) score += 0.4;
    if (NIX_MKIF.test(text)) score += 0.4;
    if (NIX_FUNCTION_ARGS.test(text)) score += 0.1;
    return score;
  }],
  // batch S: notmuch's output starts with its message marker.
  ['NotmuchLexer', 'notmuch', (text) => (text.startsWith('\fmessage{') ? 1 : 0)],
  // batch N: a Python text (as PythonLexer says) that imports numpy in its first 1000 characters
  ['NumPyLexer', 'numpy', (text) => {
    const start = text.slice(0, 1000);
    return (shebangMatches(text, 'pythonw?(3(\\.\\d)?)?') || start.includes('import ')) &&
      (start.includes('import numpy') || start.includes('from numpy import'));
  }],
  ['ObjectiveCLexer', 'objective-c', objectiveC],
  // batch N: the same analyse_text as Objective-C's, after it (so never ahead of it)
  ['ObjectiveCppLexer', 'objective-c++', objectiveC],
  // batch T
  ['ObjectiveJLexer', 'objective-j', (text) => OBJECTIVE_J_IMPORT.test(text)],
  // batch L: Octave looks like MATLAB, so OctaveLexer never claims a text.
  ['OctaveLexer', 'octave', () => 0],
  // batch S: `END.`, `END PROCEDURE.`, `ELSE DO:`, summed.
  ['OpenEdgeLexer', 'openedge', (text) => (text.includes('END.') ? 0.05 : 0) + (text.includes('END PROCEDURE.') ? 0.05 : 0) + (text.includes('ELSE DO:') ? 0.05 : 0)],
  // batch S: `tagof`, nearly unique to Pawn.
  ['PawnLexer', 'pawn', (text) => (text.includes('tagof') ? 0.01 : undefined)],
  // batch N
  ['Perl6Lexer', 'perl6', raku],
  ['PerlLexer', 'perl', (text) => {
    if (shebangMatches(text, 'perl')) return true;
    // `:=` is no Perl, but Unicon has it: less sure then.
    const score = /(?:my|our)\s+[$@%(]/.test(text) ? 0.9 : 0;
    return text.includes(':=') ? score / 2 : score;
  }],
  // batch N: PhpLexer itself (batch C), for its template lexers' guesses to be Pygments'
  ['PhpLexer', 'php', php],
  // batch S: PikeLexer inherits CppLexer's analyse_text.
  ['PikeLexer', 'pike', cppAnalyser],
  // batch Q
  ['PovrayLexer', 'pov', povray],
  ['PrologLexer', 'prolog', prolog],
  // batch N
  ['Python2Lexer', 'python2', (text) => shebangMatches(text, 'pythonw?2(\\.\\d)?')],
  ['PythonLexer', 'python', (text) => shebangMatches(text, 'pythonw?(3(\\.\\d)?)?') || text.slice(0, 1000).includes('import ')],
  // batch Q
  ['QBasicLexer', 'qbasic', (text) => (text.includes('$DYNAMIC') || text.includes('$STATIC') ? 0.9 : undefined)],
  // batch R: a Ragel file names its host in a `@LANG:` comment (`@LANG: c++` is C's too, and C comes first)
  ['RagelCLexer', 'ragel-c', (text) => text.includes('@LANG: c')],
  ['RagelCppLexer', 'ragel-cpp', (text) => text.includes('@LANG: c++')],
  ['RagelDLexer', 'ragel-d', (text) => text.includes('@LANG: d')],
  ['RagelEmbeddedLexer', 'ragel-em', (text) => text.includes('@LANG: indep')],
  ['RagelJavaLexer', 'ragel-java', (text) => text.includes('@LANG: java')],
  ['RagelObjectiveCLexer', 'ragel-objc', (text) => text.includes('@LANG: objc')],
  ['RagelRubyLexer', 'ragel-ruby', (text) => text.includes('@LANG: ruby')],
  // batch S: a `REBOL [` header first is REBOL for sure, anywhere else half so.
  ['RebolLexer', 'rebol', (text) => (REBOL_HEADER_FIRST.test(text) ? 1 : REBOL_HEADER.test(text) ? 0.5 : undefined)],
  ['RegeditLexer', 'registry', (text) => text.startsWith('Windows Registry Editor')],
  // batch T
  ['ResourceLexer', 'resourcebundle', (text) => (text.startsWith('root:table') ? 1 : undefined)],
  // batch Q
  ['RexxLexer', 'rexx', rexx],
  ['RhtmlLexer', 'rhtml', (text) => erb(text) - 0.01 + (htmlDoctype(text) ? 0.5 : 0)],
  // batch M
  ['RocqLexer', 'coq', (text) => (text.includes('Qed') && text.includes('Proof') ? 1 : undefined)],
  // batch T
  ['RslLexer', 'rsl', (text) => (RSL_SCHEME.test(text) ? 1 : undefined)],
  ['RstLexer', 'restructuredtext', (text) => {
    if (text.startsWith('..') && text[2] !== '.') return 0.3;
    // Two lines of the same length, the second a `-` or `=` underline (Pygments' indexes, not a regex).
    const first = text.indexOf('\n');
    const second = text.indexOf('\n', first + 1);
    const underline = text[first + 1] ?? '';
    return second > -1 && first * 2 + 1 === second && '-='.includes(underline) && underline === text[second - 1] ? 0.5 : undefined;
  }],
  ['RubyLexer', 'ruby', (text) => shebangMatches(text, 'ruby(1\\.\\d)?')],
  ['SLexer', 'splus', (text) => (/[a-z0-9_\])\s]<-(?!-)/.test(text) ? 0.11 : undefined)],
  // batch Q
  ['ScdocLexer', 'scdoc', scdoc],
  // batch S: a `//` or `/*` comment opening the text (re.search without MULTILINE), 0.1 each.
  ['ScilabLexer', 'scilab', (text) => (SCILAB_LINE_COMMENT.test(text) ? 0.1 : 0) + (SCILAB_BLOCK_COMMENT.test(text) ? 0.1 : 0)],
  // batch Q
  ['SingularityLexer', 'singularity', (text) => (SINGULARITY_WORDS.test(text) ? 0.5 : 0) + (SINGULARITY_SECTION.test(text) ? 0.49 : 0)],
  ['SlurmBashLexer', 'slurm', bash],
  // batch Q
  ['SmaliLexer', 'smali', smali],
  // batch K
  ['SmartyLexer', 'smarty', smarty],
  // batch O
  ['SourcesListLexer', 'debsources', sourcesList],
  // batch N
  ['SqlJinjaLexer', 'sql+jinja', sqlJinja],
  // batch R
  ['SspLexer', 'ssp', ssp],
  // batch Q
  ['StanLexer', 'stan', (text) => (STAN_PARAMETERS.test(text) ? 1 : 0)],
  // batch Q
  ['SuperColliderLexer', 'supercollider', (text) => (text.includes('SinOsc') || text.includes('thisFunctionDef') ? 0.1 : undefined)],
  // batch Q
  ['SwigLexer', 'swig', swig],
  // batch T: `__TADS` or `GameMainDef`, then a `versionInfo` with an `IFID`
  ['Tads3Lexer', 'tads3', (text) =>
    sumOf(text, [[(t) => t.includes('__TADS') || t.includes('GameMainDef'), 0.2], [(t) => t.includes('versionInfo') && t.includes('IFID'), 0.1]])],
  ['TalLexer', 'tal', (text) => text.slice(0, 500).includes('|0100')],
  // batch Q: re.match, so only at the very start
  ['TasmLexer', 'tasm', (text) => /^PROC/i.test(text) || undefined],
  // batch L
  ['TclLexer', 'tcl', (text) => shebangMatches(text, '(tcl)')],
  // batch R
  ['TeaTemplateLexer', 'tea', (text) => -0.01 + (looksLikeXml(text) ? 0.4 : 0) + (text.includes('<%') && text.includes('%>') ? 0.1 : 0)],
  // batch T
  ['TeraTermLexer', 'teratermmacro', (text) => (TERATERM_COMMAND.test(text) ? 0.01 : undefined)],
  ['TexLexer', 'tex', (text) => ['\\documentclass', '\\input', '\\documentstyle', '\\relax'].some((start) => text.startsWith(start))],
  ['TextLexer', 'text', () => 0.01],
  ['TransactSqlLexer', 'tsql', tsql],
  // batch M: `@prefix ` and the like at the start of the text (only there: no re.MULTILINE)
  ['TurtleLexer', 'turtle', (text) => (TURTLE_START.test(text) ? 0.8 : undefined)],
  // batch T
  ['UcodeLexer', 'ucode', ucode],
  // batch Q
  // batch U: `freezeif` and `waituntil` are UrbiScript's own keywords
  ['UrbiscriptLexer', 'urbiscript', (text) => (text.includes('freezeif') ? 0.05 : 0) + (text.includes('waituntil') ? 0.05 : 0)],
  ['VCLLexer', 'vcl', (text) => (text.startsWith('vcl 4.0;') ? 1 : text.slice(0, 1000).includes('\nvcl 4.0;') ? 0.9 : undefined)],
  // batch R
  ['VbNetAspxLexer', 'aspx-vb', (text) => (ASPX_VB_PAGE.test(text) ? 0.2 : ASPX_VB_SCRIPT.test(text) ? 0.15 : undefined)],
  ['VbNetLexer', 'vb.net', (text) => (VBNET.test(text) ? 0.5 : undefined)],
  // batch R
  ['VelocityLexer', 'velocity', velocity],
  ['VelocityXmlLexer', 'xml+velocity', (text) => velocity(text) - 0.01 + (looksLikeXml(text) ? 0.4 : 0)],
  ['VerilogLexer', 'verilog', (text) => {
    // Summed in Pygments' order, so that the float rounding is the same (0.1 + 0.1 + 0.1).
    let score = 0;
    if (text.includes('reg')) score += 0.1;
    if (text.includes('wire')) score += 0.1;
    if (text.includes('assign')) score += 0.1;
    return score;
  }],
  // batch T
  ['VisualPrologGrammarLexer', 'visualprologgrammar', (text) => (VISUAL_PROLOG_GRAMMAR_SECTION.test(text) ? 0.98 : 0)],
  ['VisualPrologLexer', 'visualprolog', (text) => (VISUAL_PROLOG_SECTION.test(text) ? 0.98 : 0)],
  // batch N: VueLexer inherits HtmlLexer's analyse_text (never ahead of it: same score, later name)
  ['VueLexer', 'vue', (text) => (htmlDoctype(text) ? 0.5 : undefined)],
  // batch T
  ['WoWTocLexer', 'wowtoc', wowtoc],
  // batch N
  ['XmlDjangoLexer', 'xml+django', (text) => django(text) - 0.01 + (looksLikeXml(text) ? 0.4 : 0)],
  ['XmlErbLexer', 'xml+ruby', (text) => erb(text) - 0.01 + (looksLikeXml(text) ? 0.4 : 0)],
  ['XmlLexer', 'xml', (text) => (looksLikeXml(text) ? 0.45 : undefined)],
  // batch N
  ['XmlPhpLexer', 'xml+php', (text) => php(text) - 0.01 + (looksLikeXml(text) ? 0.4 : 0)],
  // batch R
  ['XmlSmartyLexer', 'xml+smarty', (text) => smarty(text) - 0.01 + (looksLikeXml(text) ? 0.4 : 0)],
  // batch O
  ['XsltLexer', 'xslt', (text) => (looksLikeXml(text) && text.includes('<xsl') ? 0.8 : undefined)],
];

/** `make_analysator`: any result as a score between 0 and 1. */
function score(analyse: Analyser, text: string): number {
  const result = analyse(text);
  if (result === true) return 1;
  if (typeof result !== 'number' || Number.isNaN(result)) return 0;
  return Math.min(1, Math.max(0, result));
}

const MODELINE = /(?:vi|vim|ex)(?:[<=>]?\d*)?:.*(?:ft|filetype|syn|syntax)=([^:\s]+)/;

/** `get_filetype_from_buffer`: the last five lines, then the first six, from the bottom up. */
function modelineLanguage(text: string): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines.slice(-5).reverse()) {
    const found = MODELINE.exec(line)?.[1];
    if (found) return found;
  }
  for (let index = 5; index >= 0; index--) {
    const found = index < lines.length ? MODELINE.exec(lines[index] ?? '')?.[1] : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The alias of the guessed lexer, or undefined when nothing claims the text. `known` says
 * whether a modeline's name is a lexer (Pygments falls back to scoring when it is not).
 */
export function guessLanguage(text: string, known: (alias: string) => boolean): string | undefined {
  const modeline = modelineLanguage(text);
  if (modeline !== undefined && known(modeline)) return modeline;
  let best: { alias: string; score: number } | undefined;
  for (const [, alias, analyse] of ANALYSERS) {
    const value = score(analyse, text);
    if (value === 1) return alias;
    if (value > (best?.score ?? 0)) best = { alias, score: value };
  }
  return best?.alias;
}
