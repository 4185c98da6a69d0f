/**
 * Pygments' NimrodLexer (pygments/lexers/nimrod.py, Pygments 2.20), rule for rule. Nim ignores
 * case and underscores in names after the first letter, so keywords match with `_?` between
 * letters (`i_s_not` is `isnot`), and the whole lexer is case-insensitive.
 *
 *     proc add(a: int): int = a   ->   <k>proc</k> <nf>add</nf><p>(</p><n>a</n><p>:</p> <nb>int</nb>...
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

/** `underscorize`: each word with an optional `_` after every letter, as alternatives. */
const underscorize = (list: readonly string[]): string => list.map((word) => [...word].map((char) => `${char}_?`).join('')).join('|');

const KEYWORDS = [
  'addr', 'and', 'as', 'asm', 'bind', 'block', 'break', 'case', 'cast', 'concept', 'const', 'continue', 'converter', 'defer',
  'discard', 'distinct', 'div', 'do', 'elif', 'else', 'end', 'enum', 'except', 'export', 'finally', 'for', 'if', 'in', 'yield',
  'interface', 'is', 'isnot', 'iterator', 'let', 'mixin', 'mod', 'not', 'notin', 'object', 'of', 'or', 'out', 'ptr', 'raise',
  'ref', 'return', 'shl', 'shr', 'static', 'try', 'tuple', 'type', 'using', 'when', 'while', 'xor',
];
const KEYWORDS_PSEUDO = ['nil', 'true', 'false'];
const OP_WORDS = ['and', 'or', 'not', 'xor', 'shl', 'shr', 'div', 'mod', 'in', 'notin', 'is', 'isnot'];
const TYPES = ['int', 'int8', 'int16', 'int32', 'int64', 'float', 'float32', 'float64', 'bool', 'char', 'range', 'array', 'seq', 'set', 'string'];

export const nimLexer: LexerDefinition = {
  name: 'Nimrod',
  aliases: ['nimrod', 'nim'],
  flags: 'mi',
  tokens: {
    root: [
      // comments
      [String.raw`##\[`, 'Literal.String.Doc', 'doccomment'],
      ['##.*$', 'Literal.String.Doc'],
      [String.raw`#\[`, 'Comment.Multiline', 'comment'],
      ['#.*$', 'Comment'],
      // pragmas
      [String.raw`\{\.`, 'Literal.String.Other', 'pragma'],
      // operators
      [String.raw`[*=><+\-/@$~&%!?|\\\[\]]`, 'Operator'],
      [String.raw`\.\.|\.|,|\[\.|\.\]|\{\.|\.\}|\(\.|\.\)|\{|\}|\(|\)|:|\^|` + '`' + '|;', 'Punctuation'],
      // a case statement's branch
      [String.raw`(\n\s*)(of)(\s)`, bygroups('Text.Whitespace', 'Keyword', 'Text.Whitespace'), 'casebranch'],
      // strings
      [String.raw`(?:[\w]+)"`, 'Literal.String', 'rdqs'],
      ['"""', 'Literal.String.Double', 'tdqs'],
      ['"', 'Literal.String', 'dqs'],
      // characters
      ["'", 'Literal.String.Char', 'chars'],
      // keywords
      [String.raw`(${underscorize(OP_WORDS)})\b`, 'Operator.Word'],
      [String.raw`(proc|func|method|macro|template)(\s)(?![(\[\]])`, bygroups('Keyword', 'Text.Whitespace'), 'funcname'],
      [String.raw`(${underscorize(KEYWORDS)})\b`, 'Keyword'],
      [String.raw`(${underscorize(['from', 'import', 'include', 'export'])})\b`, 'Keyword.Namespace'],
      [String.raw`(v_?a_?r)\b`, 'Keyword.Declaration'],
      [String.raw`(${underscorize(TYPES)})\b`, 'Name.Builtin'],
      [String.raw`(${underscorize(KEYWORDS_PSEUDO)})\b`, 'Keyword.Pseudo'],
      // identifiers
      [String.raw`\b((?![_\d])\w)(((?!_)\w)|(_(?!_)\w))*`, 'Name'],
      // numbers
      [String.raw`[0-9][0-9_]*(?=([e.]|'f(32|64)))`, 'Literal.Number.Float', ['float-suffix', 'float-number']],
      ['0x[a-f0-9][a-f0-9_]*', 'Literal.Number.Hex', 'int-suffix'],
      ['0b[01][01_]*', 'Literal.Number.Bin', 'int-suffix'],
      ['0o[0-7][0-7_]*', 'Literal.Number.Oct', 'int-suffix'],
      ['[0-9][0-9_]*', 'Literal.Number.Integer', 'int-suffix'],
      // whitespace
      [String.raw`\s+`, 'Text.Whitespace'],
      ['.+$', 'Error'],
    ],
    chars: [
      [String.raw`\\([\\abcefnrtvl"']|x[a-f0-9]{2}|[0-9]{1,3})`, 'Literal.String.Escape'],
      ["'", 'Literal.String.Char', '#pop'],
      ['.', 'Literal.String.Char'],
    ],
    strings: [
      [String.raw`(?<!\$)\$(\d+|#|\w+)+`, 'Literal.String.Interpol'],
      [String.raw`[^\\'"$\n]+`, 'Literal.String'],
      // quotes, dollars and backslashes one at a time
      [String.raw`['"\\]`, 'Literal.String'],
      // a `$` that formats nothing
      [String.raw`\$`, 'Literal.String'],
      // a newline is no rule here: an error, as in Pygments
    ],
    doccomment: [
      [String.raw`[^\]#]+`, 'Literal.String.Doc'],
      [String.raw`##\[`, 'Literal.String.Doc', '#push'],
      [String.raw`\]##`, 'Literal.String.Doc', '#pop'],
      [String.raw`[\]#]`, 'Literal.String.Doc'],
    ],
    comment: [
      [String.raw`[^\]#]+`, 'Comment.Multiline'],
      [String.raw`#\[`, 'Comment.Multiline', '#push'],
      [String.raw`\]#`, 'Comment.Multiline', '#pop'],
      [String.raw`[\]#]`, 'Comment.Multiline'],
    ],
    dqs: [
      [String.raw`\\([\\abcefnrtvl"']|\n|x[a-f0-9]{2}|[0-9]{1,3})`, 'Literal.String.Escape'],
      ['"', 'Literal.String', '#pop'],
      include('strings'),
    ],
    rdqs: [
      ['"(?!")', 'Literal.String', '#pop'],
      ['""', 'Literal.String.Escape'],
      include('strings'),
    ],
    tdqs: [
      ['"""', 'Literal.String.Double', '#pop'],
      include('strings'),
      [String.raw`\n`, 'Literal.String.Double'],
    ],
    funcname: [
      [String.raw`((?![\d_])\w)(((?!_)\w)|(_(?!_)\w))*`, 'Name.Function', '#pop'],
      ['`.+`', 'Name.Function', '#pop'],
    ],
    nl: [[String.raw`\n`, 'Literal.String']],
    'float-number': [
      [String.raw`\.(?!\.)[0-9_]*[f]*`, 'Literal.Number.Float'],
      ['e[+-]?[0-9][0-9_]*', 'Literal.Number.Float'],
      defaultState('#pop'),
    ],
    'float-suffix': [["'f(32|64)", 'Literal.Number.Float'], defaultState('#pop')],
    'int-suffix': [
      ["'i(32|64)", 'Literal.Number.Integer.Long'],
      ["'i(8|16)", 'Literal.Number.Integer'],
      defaultState('#pop'),
    ],
    casebranch: [
      [',', 'Punctuation'],
      ['[\\n ]+', 'Text.Whitespace'],
      [':', 'Operator', '#pop'],
      [String.raw`\w+|[^:]`, 'Name.Label'],
    ],
    pragma: [
      ['[:,]', 'Text'],
      ['[\\n ]+', 'Text.Whitespace'],
      [String.raw`\.\}`, 'Literal.String.Other', '#pop'],
      [String.raw`\w+|\W+|[^.}]`, 'Literal.String.Other'],
    ],
  },
};
