/**
 * Pygments' FSharpLexer (pygments/lexers/dotnet.py, Pygments 2.20.0), rule for rule: F# 3.0.
 * A capitalised name followed by a `.` is a namespace (`dotted` state); `let`, `type`,
 * `member` name what they declare.
 *
 *     let x = List.map f xs   ->   <k>let</k><w> </w><nv>x</nv><w> </w><o>=</o><w> </w><nn>List</nn><p>.</p><n>map</n> ...
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS = [
  'abstract', 'as', 'assert', 'base', 'begin', 'class', 'default',
  'delegate', 'do!', 'do', 'done', 'downcast', 'downto', 'elif', 'else',
  'end', 'exception', 'extern', 'false', 'finally', 'for', 'function',
  'fun', 'global', 'if', 'inherit', 'inline', 'interface', 'internal',
  'in', 'lazy', 'let!', 'let', 'match', 'member', 'module', 'mutable',
  'namespace', 'new', 'null', 'of', 'open', 'override', 'private', 'public',
  'rec', 'return!', 'return', 'select', 'static', 'struct', 'then', 'to',
  'true', 'try', 'type', 'upcast', 'use!', 'use', 'val', 'void', 'when',
  'while', 'with', 'yield!', 'yield',
  // Reserved words; cannot hurt to color them as keywords too.
  'atomic', 'break', 'checked', 'component', 'const', 'constraint',
  'constructor', 'continue', 'eager', 'event', 'external', 'fixed',
  'functor', 'include', 'method', 'mixin', 'object', 'parallel',
  'process', 'protected', 'pure', 'sealed', 'tailcall', 'trait',
  'virtual', 'volatile',
];
// Already regex-escaped, and joined as written: the first that fits wins (`-.` before `-`).
const KEYOPTS = [
  '!=', '#', '&&', '&', String.raw`\(`, String.raw`\)`, String.raw`\*`, String.raw`\+`, ',', String.raw`-\.`,
  '->', '-', String.raw`\.\.`, String.raw`\.`, '::', ':=', ':>', ':', ';;', ';', '<-',
  String.raw`<\]`, '<', String.raw`>\]`, '>', String.raw`\?\?`, String.raw`\?`, String.raw`\[<`, String.raw`\[\|`, String.raw`\[`, String.raw`\]`,
  '_', '`', String.raw`\{`, String.raw`\|\]`, String.raw`\|`, String.raw`\}`, '~', '<@@', '<@', '=', '@>', '@@>',
];
const OPERATORS = String.raw`[!$%&*+\./:<=>?@^|~-]`;
const WORD_OPERATORS = ['and', 'or', 'not'];
const PREFIX_SYMS = '[!?~]';
const INFIX_SYMS = String.raw`[=<>@^|&+\*/$%-]`;
const PRIMITIVES = [
  'sbyte', 'byte', 'char', 'nativeint', 'unativeint', 'float32', 'single',
  'float', 'double', 'int8', 'uint8', 'int16', 'uint16', 'int32',
  'uint32', 'int64', 'uint64', 'decimal', 'unit', 'bool', 'string',
  'list', 'exn', 'obj', 'enum',
];

export const fsharpLexer: LexerDefinition = {
  name: 'F#',
  aliases: ['fsharp', 'f#'],
  tokens: {
    'escape-sequence': [
      [String.raw`\\[\\"\'ntbrafv]`, 'Literal.String.Escape'],
      [String.raw`\\[0-9]{3}`, 'Literal.String.Escape'],
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\U[0-9a-fA-F]{8}`, 'Literal.String.Escape'],
    ],
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\(\)|\[\]`, 'Name.Builtin.Pseudo'],
      [String.raw`\b(?<!\.)([A-Z][\w\']*)(?=\s*\.)`, 'Name.Namespace', 'dotted'],
      [String.raw`\b([A-Z][\w\']*)`, 'Name'],
      [String.raw`(///.*?)(\n)`, bygroups('Literal.String.Doc', 'Text.Whitespace')],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`\(\*(?!\))`, 'Comment', 'comment'],

      ['@"', 'Literal.String', 'lstring'],
      ['"""', 'Literal.String', 'tqs'],
      ['"', 'Literal.String', 'string'],

      [String.raw`\b(open|module)(\s+)([\w.]+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Namespace')],
      [String.raw`\b(let!?)(\s+)(\w+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Variable')],
      [String.raw`\b(type)(\s+)(\w+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Class')],
      [String.raw`\b(member|override)(\s+)(\w+)(\.)(\w+)`, bygroups('Keyword', 'Text.Whitespace', 'Name', 'Punctuation', 'Name.Function')],
      [String.raw`\b(${KEYWORDS.join('|')})\b`, 'Keyword'],
      ['``([^`\\n\\r\\t]|`[^`\\n\\r\\t])+``', 'Name'],
      [`(${KEYOPTS.join('|')})`, 'Operator'],
      [`(${INFIX_SYMS}|${PREFIX_SYMS})?${OPERATORS}`, 'Operator'],
      [String.raw`\b(${WORD_OPERATORS.join('|')})\b`, 'Operator.Word'],
      [String.raw`\b(${PRIMITIVES.join('|')})\b`, 'Keyword.Type'],
      [String.raw`(#)([ \t]*)(if|endif|else|line|nowarn|light|\d+)\b(.*?)(\n)`,
        bygroups('Comment.Preproc', 'Text.Whitespace', 'Comment.Preproc', 'Comment.Preproc', 'Text.Whitespace')],

      [String.raw`[^\W\d][\w']*`, 'Name'],

      [String.raw`\d[\d_]*[uU]?[yslLnQRZINGmM]?`, 'Literal.Number.Integer'],
      [String.raw`0[xX][\da-fA-F][\da-fA-F_]*[uU]?[yslLn]?[fF]?`, 'Literal.Number.Hex'],
      [String.raw`0[oO][0-7][0-7_]*[uU]?[yslLn]?`, 'Literal.Number.Oct'],
      [String.raw`0[bB][01][01_]*[uU]?[yslLn]?`, 'Literal.Number.Bin'],
      [String.raw`-?\d[\d_]*(.[\d_]*)?([eE][+\-]?\d[\d_]*)[fFmM]?`, 'Literal.Number.Float'],

      [String.raw`'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'B?`, 'Literal.String.Char'],
      ["'.'", 'Literal.String.Char'],
      ["'", 'Keyword'], // a stray quote is another syntax element

      ['@?"', 'Literal.String.Double', 'string'],

      [String.raw`[~?][a-z][\w\']*:`, 'Name.Variable'],
    ],
    dotted: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\.`, 'Punctuation'],
      [String.raw`[A-Z][\w\']*(?=\s*\.)`, 'Name.Namespace'],
      [String.raw`[A-Z][\w\']*`, 'Name', '#pop'],
      [String.raw`[a-z_][\w\']*`, 'Name', '#pop'],
      // e.g. dictionary index access
      defaultState('#pop'),
    ],
    comment: [
      [String.raw`[^(*)@"]+`, 'Comment'],
      [String.raw`\(\*`, 'Comment', '#push'],
      [String.raw`\*\)`, 'Comment', '#pop'],
      // comments cannot be closed within strings in comments
      ['@"', 'Literal.String', 'lstring'],
      ['"""', 'Literal.String', 'tqs'],
      ['"', 'Literal.String', 'string'],
      ['[(*)@]', 'Comment'],
    ],
    string: [
      [String.raw`[^\\"]+`, 'Literal.String'],
      include('escape-sequence'),
      [String.raw`\\\n`, 'Literal.String'],
      [String.raw`\n`, 'Literal.String'], // newlines are allowed in any string
      ['"B?', 'Literal.String', '#pop'],
    ],
    lstring: [
      ['[^"]+', 'Literal.String'],
      [String.raw`\n`, 'Literal.String'],
      ['""', 'Literal.String'],
      ['"B?', 'Literal.String', '#pop'],
    ],
    tqs: [
      ['[^"]+', 'Literal.String'],
      [String.raw`\n`, 'Literal.String'],
      ['"""B?', 'Literal.String', '#pop'],
      ['"', 'Literal.String'],
    ],
  },
};
