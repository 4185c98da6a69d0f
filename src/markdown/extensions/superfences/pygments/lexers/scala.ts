/**
 * Pygments' ScalaLexer (pygments/lexers/jvm.py, Pygments 2.20.0), rule for rule: Scala 2 and 3
 * (soft keywords, `given`, `extension`, `end`, quoted code), re.MULTILINE | re.DOTALL. Letters
 * and operator characters are Unicode categories (Pygments' unistring tables, here `\p{...}`:
 * characters assigned after those tables' Unicode version may differ).
 *
 *     case class P(x: Int)   ->   <k>case</k><w> </w><k>class</k><w> </w><nc>P</nc><p>(</p><n>x</n><p>:</p><w> </w><nc>Int</nc><p>)</p>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const OPCHAR = String.raw`[!#%&*\-\/:?@^\p{Sm}\p{So}]`;
const LETTER = String.raw`[_\$\p{Ll}\p{Lu}\p{Lo}\p{Nl}\p{Lt}]`;
const UPPER_LETTER = String.raw`[\p{Lu}\p{Lt}]`;
const LETTER_OR_DIGIT = `(?:${LETTER}|[0-9])`;
const LETTER_OR_DIGIT_NO_DOLLAR = `(?:${LETTER.replace('\\$', '')}|[0-9])`;
const SIMPLE_INTERPOLATED_VARIABLE = `${LETTER}${LETTER_OR_DIGIT_NO_DOLLAR}*`;
/** An identifier; after a `_` it may end in operator characters (`unary_!`). */
const IDREST = `${LETTER}${LETTER_OR_DIGIT}*(?:(?<=_)${OPCHAR}+)?`;
const ID_UPPER = `${UPPER_LETTER}${LETTER_OR_DIGIT}*(?:(?<=_)${OPCHAR}+)?`;
const PLAINID = `(?:${IDREST}|${OPCHAR}+)`;
const BACK_QUOTED_ID = '`[^`]+`';
const ANY_ID = `(?:${PLAINID}|${BACK_QUOTED_ID})`;
const NOT_START_OF_COMMENT = String.raw`(?!//|/\*)`;
const END_OF_LINE_MAYBE_WITH_COMMENT = String.raw`(?=\s*(//|$))`;

const KEYWORDS = [
  'new', 'return', 'throw', 'classOf', 'isInstanceOf', 'asInstanceOf',
  'else', 'if', 'then', 'do', 'while', 'for', 'yield', 'match', 'case',
  'catch', 'finally', 'try',
];

const OPERATORS = [
  '<%', '=:=', '<:<', '<%<', '>:', '<:', '=', '==', '!=', '<=', '>=',
  '<>', '<', '>', '<-', '←', '->', '→', '=>', '⇒', '?', '@', '|', '-',
  '+', '*', '%', '~', '\\',
];

const STORAGE_MODIFIERS = [
  'private', 'protected', 'synchronized', '@volatile', 'abstract',
  'final', 'lazy', 'sealed', 'implicit', 'override', '@transient',
  '@native',
];

const W = 'Text.Whitespace';

export const scalaLexer: LexerDefinition = {
  name: 'Scala',
  aliases: ['scala'],
  flags: 'ms',
  tokens: {
    root: [
      include('whitespace'),
      include('comments'),
      include('script-header'),
      include('imports'),
      include('exports'),
      include('storage-modifiers'),
      include('annotations'),
      include('using'),
      include('declarations'),
      include('inheritance'),
      include('extension'),
      include('end'),
      include('constants'),
      include('strings'),
      include('symbols'),
      include('singleton-type'),
      include('inline'),
      include('quoted'),
      include('keywords'),
      include('operators'),
      include('punctuation'),
      include('names'),
    ],

    // Includes:
    whitespace: [
      [String.raw`\s+`, W],
    ],
    comments: [
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'comment'],
    ],
    'script-header': [
      [String.raw`^#!([^\n]*)$`, 'Comment.Hashbang'],
    ],
    imports: [
      [String.raw`\b(import)(\s+)`, bygroups('Keyword', W), 'import-path'],
    ],
    exports: [
      [String.raw`\b(export)(\s+)(given)(\s+)`, bygroups('Keyword', W, 'Keyword', W), 'export-path'],
      [String.raw`\b(export)(\s+)`, bygroups('Keyword', W), 'export-path'],
    ],
    'storage-modifiers': [
      [words(STORAGE_MODIFIERS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      // Soft modifiers only when a definition keyword follows them, maybe after other modifiers.
      [String.raw`\b(transparent|opaque|infix|open|inline)\b(?=[a-z\s]*\b(def|val|var|given|type|class|trait|object|enum)\b)`, 'Keyword'],
    ],
    annotations: [
      [`@${IDREST}`, 'Name.Decorator'],
    ],
    using: [
      // using is a soft keyword, only first in a parameter or argument list.
      [String.raw`(\()(\s*)(using)(\s)`, bygroups('Punctuation', W, 'Keyword', W)],
    ],
    declarations: [
      [String.raw`\b(def)\b(\s*)` + `${NOT_START_OF_COMMENT}(${ANY_ID})?`, bygroups('Keyword', W, 'Name.Function')],
      [String.raw`\b(trait)\b(\s*)` + `${NOT_START_OF_COMMENT}(${ANY_ID})?`, bygroups('Keyword', W, 'Name.Class')],
      [String.raw`\b(?:(case)(\s+))?(class|object|enum)\b(\s*)` + `${NOT_START_OF_COMMENT}(${ANY_ID})?`,
        bygroups('Keyword', W, 'Keyword', W, 'Name.Class')],
      [String.raw`(?<!\.)\b(type)\b(\s*)` + `${NOT_START_OF_COMMENT}(${ANY_ID})?`, bygroups('Keyword', W, 'Name.Class')],
      [String.raw`\b(val|var)\b`, 'Keyword.Declaration'],
      [String.raw`\b(package)(\s+)(object)\b(\s*)` + `${NOT_START_OF_COMMENT}(${ANY_ID})?`,
        bygroups('Keyword', W, 'Keyword', W, 'Name.Namespace')],
      [String.raw`\b(package)(\s+)`, bygroups('Keyword', W), 'package'],
      [String.raw`\b(given)\b(\s*)` + `(${ID_UPPER})`, bygroups('Keyword', W, 'Name.Class')],
      [String.raw`\b(given)\b(\s*)` + `(${ANY_ID})?`, bygroups('Keyword', W, 'Name')],
    ],
    inheritance: [
      [String.raw`\b(extends|with|derives)\b(\s*)` + `(${ID_UPPER}|${BACK_QUOTED_ID}|` + String.raw`(?=\([^\)]+=>)|` + `(?=${PLAINID})|(?="))?`,
        bygroups('Keyword', W, 'Name.Class')],
    ],
    extension: [
      [String.raw`\b(extension)(\s+)(?=[\[\(])`, bygroups('Keyword', W)],
    ],
    end: [
      // end is a soft keyword, highlighted only in these places
      [String.raw`\b(end)(\s+)(if|while|for|match|new|extension|val|var)\b`, bygroups('Keyword', W, 'Keyword')],
      [String.raw`\b(end)(\s+)` + `(${ID_UPPER})${END_OF_LINE_MAYBE_WITH_COMMENT}`, bygroups('Keyword', W, 'Name.Class')],
      [String.raw`\b(end)(\s+)` + `(${BACK_QUOTED_ID}|${PLAINID})?${END_OF_LINE_MAYBE_WITH_COMMENT}`, bygroups('Keyword', W, 'Name.Namespace')],
    ],
    punctuation: [
      [String.raw`[{}()\[\];,.]`, 'Punctuation'],
      ['(?<!:):(?!:)', 'Punctuation'],
    ],
    keywords: [
      [words(KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword'],
    ],
    operators: [
      [`(${OPCHAR}{2,})` + String.raw`(\s+)`, bygroups('Operator', W)],
      ['/(?![/*])', 'Operator'],
      [words(OPERATORS), 'Operator'],
      [`(?<!${OPCHAR})` + String.raw`(!|&&|\|\|)` + `(?!${OPCHAR})`, 'Operator'],
    ],
    constants: [
      [String.raw`\b(this|super)\b`, 'Name.Builtin.Pseudo'],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      ['0[xX][0-9a-fA-F_]*', 'Literal.Number.Hex'],
      [String.raw`([0-9][0-9_]*\.[0-9][0-9_]*|\.[0-9][0-9_]*)([eE][+-]?[0-9][0-9_]*)?[fFdD]?`, 'Literal.Number.Float'],
      ['[0-9]+([eE][+-]?[0-9]+)?[fFdD]', 'Literal.Number.Float'],
      ['[0-9]+([eE][+-]?[0-9]+)[fFdD]?', 'Literal.Number.Float'],
      ['[0-9]+[lL]', 'Literal.Number.Integer.Long'],
      ['[0-9]+', 'Literal.Number.Integer'],
      ['""".*?"""(?!")', 'Literal.String'],
      [String.raw`"(\\\\|\\"|[^"])*"`, 'Literal.String'],
      [String.raw`(')(\\.)(')`, bygroups('Literal.String.Char', 'Literal.String.Escape', 'Literal.String.Char')],
      [String.raw`'[^\\]'|'\\u[0-9a-fA-F]{4}'`, 'Literal.String.Char'],
    ],
    strings: [
      ['[fs]"""', 'Literal.String', 'interpolated-string-triple'],
      ['[fs]"', 'Literal.String', 'interpolated-string'],
      [String.raw`raw"(\\\\|\\"|[^"])*"`, 'Literal.String'],
    ],
    symbols: [
      [`('${PLAINID})(?!')`, 'Literal.String.Symbol'],
    ],
    'singleton-type': [
      [String.raw`(\.)(type)\b`, bygroups('Punctuation', 'Keyword')],
    ],
    inline: [
      // inline is a soft modifier, highlighted only before `if`, `match` or parameters.
      [String.raw`\b(inline)(?=\s+` + `(${PLAINID}|${BACK_QUOTED_ID})` + String.raw`\s*:)`, 'Keyword'],
      [String.raw`\b(inline)\b(?=(?:.(?!\b(?:val|def|given)\b))*\b(if|match)\b)`, 'Keyword'],
    ],
    quoted: [
      // '{...} or ${...}
      [String.raw`['$]\{(?!')`, 'Punctuation'],
      // '[...]
      [String.raw`'\[(?!')`, 'Punctuation'],
    ],
    names: [
      [ID_UPPER, 'Name.Class'],
      [ANY_ID, 'Name'],
    ],

    // States
    comment: [
      ['[^/*]+', 'Comment.Multiline'],
      [String.raw`/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[*/]', 'Comment.Multiline'],
    ],
    'import-path': [
      [String.raw`(?<=[\n;:])`, 'Text', '#pop'],
      include('comments'),
      [String.raw`\b(given)\b`, 'Keyword'],
      include('qualified-name'),
      [String.raw`\{`, 'Punctuation', 'import-path-curly-brace'],
    ],
    'import-path-curly-brace': [
      include('whitespace'),
      include('comments'),
      [String.raw`\b(given)\b`, 'Keyword'],
      ['=>', 'Operator'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [',', 'Punctuation'],
      [String.raw`[\[\]]`, 'Punctuation'],
      include('qualified-name'),
    ],
    'export-path': [
      [String.raw`(?<=[\n;:])`, 'Text', '#pop'],
      include('comments'),
      include('qualified-name'),
      [String.raw`\{`, 'Punctuation', 'export-path-curly-brace'],
    ],
    'export-path-curly-brace': [
      include('whitespace'),
      include('comments'),
      ['=>', 'Operator'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [',', 'Punctuation'],
      include('qualified-name'),
    ],
    package: [
      [String.raw`(?<=[\n;])`, 'Text', '#pop'],
      [':', 'Punctuation', '#pop'],
      include('comments'),
      include('qualified-name'),
    ],
    'interpolated-string-triple': [
      ['"""(?!")', 'Literal.String', '#pop'],
      ['"', 'Literal.String'],
      include('interpolated-string-common'),
    ],
    'interpolated-string': [
      ['"', 'Literal.String', '#pop'],
      include('interpolated-string-common'),
    ],
    'interpolated-string-brace': [
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      [String.raw`\{`, 'Punctuation', 'interpolated-string-nested-brace'],
      include('root'),
    ],
    'interpolated-string-nested-brace': [
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      include('root'),
    ],

    // Helpers
    'qualified-name': [
      [ID_UPPER, 'Name.Class'],
      [`(${ANY_ID})` + String.raw`(\.)`, bygroups('Name.Namespace', 'Punctuation')],
      [String.raw`\.`, 'Punctuation'],
      [ANY_ID, 'Name'],
      [String.raw`[^\S\n]+`, W],
    ],
    'interpolated-string-common': [
      [String.raw`[^"$\\]+`, 'Literal.String'],
      [String.raw`\$\$`, 'Literal.String.Escape'],
      [String.raw`(\$)` + `(${SIMPLE_INTERPOLATED_VARIABLE})`, bygroups('Literal.String.Interpol', 'Name')],
      [String.raw`\$\{`, 'Literal.String.Interpol', 'interpolated-string-brace'],
      [String.raw`\\.`, 'Literal.String'],
    ],
  },
};
