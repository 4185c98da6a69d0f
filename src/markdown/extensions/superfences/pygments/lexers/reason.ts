/**
 * Pygments' ReasonLexer (pygments/lexers/ml.py, Pygments 2.20.0), rule for rule. Its word lists
 * are joined with `|` in their written order (keyopts reversed), as Pygments builds them: the
 * first alternative that matches wins, not the longest.
 *
 *     let add = (a, b) => a + b;   ->   <k>let</k> <n>add</n> <ow>=</ow> <ow>(</ow><n>a</n><ow>,</ow> ...
 */
import { defaultState, include, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS = [
  'as', 'assert', 'begin', 'class', 'constraint', 'do', 'done', 'downto', 'else', 'end', 'exception', 'external',
  'false', 'for', 'fun', 'esfun', 'function', 'functor', 'if', 'in', 'include', 'inherit', 'initializer', 'lazy',
  'let', 'switch', 'module', 'pub', 'mutable', 'new', 'nonrec', 'object', 'of', 'open', 'pri', 'rec', 'sig',
  'struct', 'then', 'to', 'true', 'try', 'type', 'val', 'virtual', 'when', 'while', 'with',
];
/** Operators and punctuation, as regex pieces. */
const KEYOPTS = [
  '!=', '#', '&', '&&', String.raw`\(`, String.raw`\)`, String.raw`\*`, String.raw`\+`, ',', '-', String.raw`-\.`, '=>',
  String.raw`\.`, String.raw`\.\.`, String.raw`\.\.\.`, ':', '::', ':=', ':>', ';', ';;', '<', '<-', '=', '>', '>]',
  String.raw`>\}`, String.raw`\?`, String.raw`\?\?`, String.raw`\[`, String.raw`\[<`, String.raw`\[>`, String.raw`\[\|`,
  ']', '_', '`', String.raw`\{`, String.raw`\{<`, String.raw`\|`, String.raw`\|\|`, String.raw`\|]`, String.raw`\}`, '~',
];
const OPERATORS = String.raw`[!$%&*+\./:<=>?@^|~-]`;
const WORD_OPERATORS = ['and', 'asr', 'land', 'lor', 'lsl', 'lsr', 'lxor', 'mod', 'or'];
const PREFIX_SYMS = '[!?~]';
const INFIX_SYMS = String.raw`[=<>@^|&+\*/$%-]`;
const PRIMITIVES = ['unit', 'int', 'float', 'bool', 'string', 'char', 'list', 'array'];

export const reasonLexer: LexerDefinition = {
  name: 'ReasonML',
  aliases: ['reasonml', 'reason'],
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
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`\/\*(?!/)`, 'Comment.Multiline', 'comment'],
      [String.raw`\b(${KEYWORDS.join('|')})\b`, 'Keyword'],
      [`(${[...KEYOPTS].reverse().join('|')})`, 'Operator.Word'],
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
      ["'", 'Keyword'],
      ['"', 'Literal.String.Double', 'string'],
      [String.raw`[~?][a-z][\w\']*:`, 'Name.Variable'],
    ],
    comment: [
      ['[^/*]+', 'Comment.Multiline'],
      [String.raw`\/\*`, 'Comment.Multiline', '#push'],
      [String.raw`\*\/`, 'Comment.Multiline', '#pop'],
      [String.raw`\*`, 'Comment.Multiline'],
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
