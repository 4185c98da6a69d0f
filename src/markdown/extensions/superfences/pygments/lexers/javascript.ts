/**
 * Pygments' JavascriptLexer and TypeScriptLexer (pygments/lexers/javascript.py, Pygments 2.20),
 * rule for rule. A `/` after an operator, an opening bracket or a keyword starts a regex literal
 * (state `slashstartsregex`); after a name or a closing bracket it divides.
 *
 *     const re = /a+/g;   ->   <kd>const</kd><w> </w><nx>re</nx><w> </w><o>=</o><w> </w><sr>/a+/g</sr><p>;</p>
 */
import { bygroups, defaultState, include, type LexerDefinition, type Rule } from '../regex-lexer.ts';

const IDENT_START = String.raw`(?:[$_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}]|\\u[a-fA-F0-9]{4})`;
const IDENT_PART =
  String.raw`(?:[$\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}` + '\u200c\u200d' + String.raw`]|\\u[a-fA-F0-9]{4})`;
/** JS_IDENT: Pygments builds it from its unistring tables of these Unicode categories. */
export const JS_IDENT = `${IDENT_START}(?:${IDENT_PART})*`;

const PRIVATE_NAME: Rule = [String.raw`#[a-zA-Z_]\w*`, 'Name'];

/** The JavaScript states; TypeScript and JSX put their own rules in front of `root` (inherit). */
export const javascriptTokens: Readonly<Record<string, readonly Rule[]>> = {
  commentsandwhitespace: [
    [String.raw`\s+`, 'Text.Whitespace'],
    ['<!--', 'Comment'],
    ['//.*?$', 'Comment.Single'],
    [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
  ],
  slashstartsregex: [
    include('commentsandwhitespace'),
    [String.raw`/(\\.|[^[/\\\n]|\[(\\.|[^\]\\\n])*])+/` + String.raw`([gimuysd]+\b|\B)`, 'Literal.String.Regex', '#pop'],
    ['(?=/)', 'Text', ['#pop', 'badregex']],
    defaultState('#pop'),
  ],
  badregex: [[String.raw`\n`, 'Text.Whitespace', '#pop']],
  root: [
    [String.raw`\A#! ?/.*?$`, 'Comment.Hashbang'], // recognized by node.js
    [String.raw`^(?=\s|/|<!--)`, 'Text', 'slashstartsregex'],
    include('commentsandwhitespace'),
    // Numeric literals
    ['0[bB][01]+n?', 'Literal.Number.Bin'],
    ['0[oO]?[0-7]+n?', 'Literal.Number.Oct'], // Browsers support "0o7" and "07" (< ES5) notations
    ['0[xX][0-9a-fA-F]+n?', 'Literal.Number.Hex'],
    ['[0-9]+n', 'Literal.Number.Integer'], // Javascript BigInt requires an "n" postfix
    // every other numeric literal, integers included
    [String.raw`(\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+)([eE][-+]?[0-9]+)?`, 'Literal.Number.Float'],
    [String.raw`\.\.\.|=>`, 'Punctuation'],
    [
      String.raw`\+\+|--|~|\?\?=?|\?|:|\\(?=\n)|` + String.raw`(<<|>>>?|==?|!=?|(?:\*\*|\|\||&&|[-<>+*%&|^/]))=?`,
      'Operator',
      'slashstartsregex',
    ],
    [String.raw`[{(\[;,]`, 'Punctuation', 'slashstartsregex'],
    [String.raw`[})\].]`, 'Punctuation'],
    [String.raw`(typeof|instanceof|in|void|delete|new)\b`, 'Operator.Word', 'slashstartsregex'],
    // Match stuff like: constructor
    [String.raw`\b(constructor|from|as)\b`, 'Keyword.Reserved'],
    [
      '(for|in|while|do|break|return|continue|switch|case|default|if|else|' +
        'throw|try|catch|finally|yield|await|async|this|of|static|export|' +
        String.raw`import|debugger|extends|super)\b`,
      'Keyword',
      'slashstartsregex',
    ],
    [String.raw`(var|let|const|with|function|class)\b`, 'Keyword.Declaration', 'slashstartsregex'],
    [
      '(abstract|boolean|byte|char|double|enum|final|float|goto|' +
        'implements|int|interface|long|native|package|private|protected|' +
        String.raw`public|short|synchronized|throws|transient|volatile)\b`,
      'Keyword.Reserved',
    ],
    [String.raw`(true|false|null|NaN|Infinity|undefined)\b`, 'Keyword.Constant'],
    [
      '(Array|Boolean|Date|BigInt|Function|Math|ArrayBuffer|' +
        'Number|Object|RegExp|String|Promise|Proxy|decodeURI|' +
        'decodeURIComponent|encodeURI|encodeURIComponent|' +
        'eval|isFinite|isNaN|parseFloat|parseInt|DataView|' +
        'document|window|globalThis|global|Symbol|Intl|' +
        'WeakSet|WeakMap|Set|Map|Reflect|JSON|Atomics|' +
        'Int(?:8|16|32)Array|BigInt64Array|Float32Array|Float64Array|' +
        String.raw`Uint8ClampedArray|Uint(?:8|16|32)Array|BigUint64Array)\b`,
      'Name.Builtin',
    ],
    [String.raw`((?:Eval|Internal|Range|Reference|Syntax|Type|URI)?Error)\b`, 'Name.Exception'],
    // Match stuff like: super(argument, list). Never reached (the keyword rule above takes
    // `super` first), and it would drop its third group; kept so the table stays upstream's.
    [String.raw`(super)(\s*)(\([\w,?.$\s]+\s*\))`, bygroups('Keyword', 'Text.Whitespace'), 'slashstartsregex'],
    // Match stuff like: function() {...}
    [String.raw`([a-zA-Z_?.$][\w?.$]*)(?=\(\) \{)`, 'Name.Other', 'slashstartsregex'],
    [JS_IDENT, 'Name.Other'],
    [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
    [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
    ['`', 'Literal.String.Backtick', 'interp'],
    PRIVATE_NAME, // private identifier
  ],
  interp: [
    ['`', 'Literal.String.Backtick', '#pop'],
    [String.raw`\\.`, 'Literal.String.Backtick'],
    [String.raw`\$\{`, 'Literal.String.Interpol', 'interp-inside'],
    [String.raw`\$`, 'Literal.String.Backtick'],
    [String.raw`[^` + '`' + String.raw`\\$]+`, 'Literal.String.Backtick'],
  ],
  'interp-inside': [
    [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
    include('root'),
  ],
};

/** Python's re.DOTALL | re.MULTILINE, the flags of the whole family. */
const FLAGS = 'sm';

export const javascriptLexer: LexerDefinition = {
  name: 'JavaScript',
  aliases: ['javascript', 'js'],
  flags: FLAGS,
  tokens: javascriptTokens,
};

/** TypeScriptLexer's root: its rules, then JavaScript's (`inherit`), then the private name again. */
export const typescriptTokens: Readonly<Record<string, readonly Rule[]>> = {
  ...javascriptTokens,
  root: [
    [String.raw`(abstract|implements|private|protected|public|readonly)\b`, 'Keyword', 'slashstartsregex'],
    [String.raw`(enum|interface|override)\b`, 'Keyword.Declaration', 'slashstartsregex'],
    [String.raw`\b(declare|type)\b`, 'Keyword.Reserved'],
    // Match variable type keywords
    [String.raw`\b(string|boolean|number)\b`, 'Keyword.Type'],
    // Match stuff like: module name {...}
    [
      String.raw`\b(module)(\s*)([\w?.$]+)(\s*)`,
      bygroups('Keyword.Reserved', 'Text.Whitespace', 'Name.Other', 'Text.Whitespace'),
      'slashstartsregex',
    ],
    // Match stuff like: (function: return type)
    [
      String.raw`([\w?.$]+)(\s*)(:)(\s*)([\w?.$]+)`,
      bygroups('Name.Other', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Keyword.Type'),
    ],
    // Match stuff like: Decorators
    ['@' + JS_IDENT, 'Keyword.Declaration'],
    ...(javascriptTokens['root'] ?? []),
    PRIVATE_NAME,
  ],
};

export const typescriptLexer: LexerDefinition = {
  name: 'TypeScript',
  aliases: ['typescript', 'ts'],
  flags: FLAGS,
  tokens: typescriptTokens,
};
