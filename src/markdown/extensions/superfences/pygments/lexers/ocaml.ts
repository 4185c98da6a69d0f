/**
 * Pygments' OcamlLexer (pygments/lexers/ml.py, Pygments 2.20), rule for rule: module paths,
 * keywords, operators (Pygments' keyopts, tried in reverse order), nested comments, chars and
 * strings with escapes.
 *
 *     let x = List.map f l   ->   <k>let</k> <n>x</n> <o>=</o> <nn>List</nn><p>.</p><n>map</n> <n>f</n> <n>l</n>
 */
import { defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS = [
  'and', 'as', 'assert', 'begin', 'class', 'constraint', 'do', 'done', 'downto', 'else', 'end', 'exception', 'external',
  'false', 'for', 'fun', 'function', 'functor', 'if', 'in', 'include', 'inherit', 'initializer', 'lazy', 'let', 'match',
  'method', 'module', 'mutable', 'new', 'object', 'of', 'open', 'private', 'raise', 'rec', 'sig', 'struct', 'then', 'to',
  'true', 'try', 'type', 'val', 'virtual', 'when', 'while', 'with',
];
/** Regex fragments, as Pygments lists them; joined in reverse, so `;;` is tried before `;`. */
const KEYOPTS = [
  '!=', '#', '&', '&&', String.raw`\(`, String.raw`\)`, String.raw`\*`, String.raw`\+`, ',', '-', String.raw`-\.`, '->',
  String.raw`\.`, String.raw`\.\.`, ':', '::', ':=', ':>', ';', ';;', '<', '<-', '=', '>', '>]', String.raw`>\}`,
  String.raw`\?`, String.raw`\?\?`, String.raw`\[`, String.raw`\[<`, String.raw`\[>`, String.raw`\[\|`, ']', '_', '`',
  String.raw`\{`, String.raw`\{<`, String.raw`\|`, String.raw`\|]`, String.raw`\}`, '~',
];
const OPERATORS = String.raw`[!$%&*+\./:<=>?@^|~-]`;
const WORD_OPERATORS = ['asr', 'land', 'lor', 'lsl', 'lxor', 'mod', 'or'];
const PREFIX_SYMS = '[!?~]';
const INFIX_SYMS = String.raw`[=<>@^|&+\*/$%-]`;
const PRIMITIVES = ['unit', 'int', 'float', 'bool', 'string', 'char', 'list', 'array'];

export const ocamlLexer: LexerDefinition = {
  name: 'OCaml',
  aliases: ['ocaml'],
  tokens: {
    'escape-sequence': [
      [String.raw`\\[\\"\'ntbr]`, 'Literal.String.Escape'],
      [String.raw`\\[0-9]{3}`, 'Literal.String.Escape'],
      [String.raw`\\x[0-9a-fA-F]{2}`, 'Literal.String.Escape'],
    ],
    root: [
      [String.raw`\s+`, 'Text'],
      [String.raw`false|true|\(\)|\[\]`, 'Name.Builtin.Pseudo'],
      [String.raw`\b([A-Z][\w\']*)(?=\s*\.)`, 'Name.Namespace', 'dotted'],
      [String.raw`\b([A-Z][\w\']*)`, 'Name.Class'],
      [String.raw`\(\*(?![)])`, 'Comment', 'comment'],
      [String.raw`\b(${KEYWORDS.join('|')})\b`, 'Keyword'],
      [`(${[...KEYOPTS].reverse().join('|')})`, 'Operator'],
      [`(${INFIX_SYMS}|${PREFIX_SYMS})?${OPERATORS}`, 'Operator'],
      [String.raw`\b(${WORD_OPERATORS.join('|')})\b`, 'Operator.Word'],
      [String.raw`\b(${PRIMITIVES.join('|')})\b`, 'Keyword.Type'],

      [String.raw`[^\W\d][\w']*`, 'Name'],

      [String.raw`-?\d[\d_]*(.[\d_]*)?([eE][+\-]?\d[\d_]*)`, 'Literal.Number.Float'],
      [String.raw`0[xX][\da-fA-F][\da-fA-F_]*`, 'Literal.Number.Hex'],
      ['0[oO][0-7][0-7_]*', 'Literal.Number.Oct'],
      ['0[bB][01][01_]*', 'Literal.Number.Bin'],
      [String.raw`\d[\d_]*`, 'Literal.Number.Integer'],

      [String.raw`'(?:(\\[\\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'`, 'Literal.String.Char'],
      ["'.'", 'Literal.String.Char'],
      // a stray quote is another syntax element
      ["'", 'Keyword'],

      ['"', 'Literal.String.Double', 'string'],

      [String.raw`[~?][a-z][\w\']*:`, 'Name.Variable'],
    ],
    comment: [
      ['[^(*)]+', 'Comment'],
      [String.raw`\(\*`, 'Comment', '#push'],
      [String.raw`\*\)`, 'Comment', '#pop'],
      ['[(*)]', 'Comment'],
    ],
    string: [
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
      include('escape-sequence'),
      [String.raw`\\\n`, 'Literal.String.Double'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
    dotted: [
      [String.raw`\s+`, 'Text'],
      [String.raw`\.`, 'Punctuation'],
      [String.raw`[A-Z][\w\']*(?=\s*\.)`, 'Name.Namespace'],
      [String.raw`[A-Z][\w\']*`, 'Name.Class', '#pop'],
      [String.raw`[a-z_][\w\']*`, 'Name', '#pop'],
      defaultState('#pop'),
    ],
  },
};
