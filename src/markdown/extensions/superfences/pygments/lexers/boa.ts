/**
 * Pygments' BoaLexer (pygments/lexers/boa.py, Pygments 2.20.0), rule for rule.
 * Boa, the mining-software-repositories language: its keywords, types and built-in functions.
 *
 *     counts: output sum of int;   ->   <nv>counts</nv><o>:</o><w> </w><kr>output</kr><w> </w><kt>sum</kt><w> </w><kr>of...
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_RESERVED = [
  'input', 'output', 'of', 'weight', 'before', 'after', 'stop', 'ifall', 'foreach', 'exists', 'function', 'break',
  'switch', 'case', 'visitor', 'default', 'return', 'visit', 'while', 'if', 'else',
];
const ROOT_FUNCTION = [
  'new', 'sort', 'yearof', 'dayofyear', 'hourof', 'minuteof', 'secondof', 'now', 'addday', 'addmonth', 'addweek',
  'addyear', 'dayofmonth', 'dayofweek', 'dayofyear', 'formattime', 'trunctoday', 'trunctohour', 'trunctominute',
  'trunctomonth', 'trunctosecond', 'trunctoyear', 'clear', 'haskey', 'keys', 'lookup', 'remove', 'values', 'abs',
  'acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'ceil', 'cos', 'cosh', 'exp', 'floor', 'highbit',
  'isfinite', 'isinf', 'isnan', 'isnormal', 'log', 'log10', 'max', 'min', 'nrand', 'pow', 'rand', 'round', 'sin',
  'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'def', 'hash', 'len', 'add', 'contains', 'remove', 'format', 'lowercase',
  'match', 'matchposns', 'matchstrs', 'regex', 'split', 'splitall', 'splitn', 'strfind', 'strreplace', 'strrfind',
  'substring', 'trim', 'uppercase', 'bool', 'float', 'int', 'string', 'time', 'getast', 'getsnapshot', 'hasfiletype',
  'isfixingrevision', 'iskind', 'isliteral',
];
const ROOT_TYPE = [
  'bottom', 'collection', 'maximum', 'mean', 'minimum', 'set', 'sum', 'top', 'string', 'int', 'bool', 'float',
  'time', 'false', 'true', 'array', 'map', 'stack', 'enum', 'type',
];
const ROOT_CLASSES = [
  'Project', 'ForgeKind', 'CodeRepository', 'Revision', 'RepositoryKind', 'ChangedFile', 'FileKind', 'ASTRoot',
  'Namespace', 'Declaration', 'Type', 'Method', 'Variable', 'Statement', 'Expression', 'Modifier', 'StatementKind',
  'ExpressionKind', 'ModifierKind', 'Visibility', 'TypeKind', 'Person', 'ChangeKind',
];
const ROOT_OPERATOR = [
  '->', ':=', ':', '=', '<<', '!', '++', '||', '&&', '+', '-', '*', '>', '<',
];
const ROOT_DELIMITER = [
  '`', '"',
];

export const boaLexer: LexerDefinition = {
  name: 'Boa',
  aliases: ['boa'],
  tokens: {
    root: [
      ['#.*?$', 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [words(ROOT_RESERVED, String.raw`\b`, String.raw`\b`), 'Keyword.Reserved'],
      [words(ROOT_FUNCTION, String.raw`\b`, String.raw`\(`), 'Name.Function'],
      [words(ROOT_TYPE, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [words(ROOT_CLASSES, String.raw`\b`, String.raw`\b`), 'Name.Classes'],
      [words(ROOT_OPERATOR), 'Operator'],
      [String.raw`[][(),;{}\\.]`, 'Punctuation'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      ["`(\\\\\\\\|\\\\[^\\\\]|[^`\\\\])*`", 'Literal.String.Backtick'],
      [words(ROOT_DELIMITER), 'Literal.String.Delimiter'],
      ['[a-zA-Z_]+', 'Name.Variable'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
