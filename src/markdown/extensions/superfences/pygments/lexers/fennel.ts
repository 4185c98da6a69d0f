/**
 * Pygments' FennelLexer (pygments/lexers/lisp.py, Pygments 2.20.0), rule for rule: as in
 * Pygments' other Lisps, a special form, declaration or builtin is one only when a space follows it.
 *
 *     (fn add [a b] (+ a b))   ->   <p>(</p><kd>fn </kd><nv>add</nv><w> </w><p>[</p>...
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const SPECIAL_FORMS = [
  '#', '%', '*', '+', '-', '->', '->>', '-?>', '-?>>', '.', '..', '/', '//', ':', '<', '<=', '=', '>', '>=', '?.',
  '^', 'accumulate', 'and', 'assert-repl', 'band', 'bnot', 'bor', 'bxor', 'case', 'case-try', 'collect', 'comment',
  'do', 'doto', 'each', 'eval-compiler', 'faccumulate', 'fcollect', 'for', 'hashfn', 'icollect', 'if',
  'import-macros', 'include', 'length', 'let', 'lshift', 'lua', 'macrodebug', 'match', 'match-try', 'not', 'not=',
  'or', 'partial', 'pick-args', 'pick-values', 'quote', 'require-macros', 'rshift', 'set', 'set-forcibly!', 'tail!',
  'tset', 'unquote', 'values', 'when', 'while', 'with-open', '~=',
];

const DECLARATIONS = [
  'fn', 'global', 'lambda', 'local', 'macro', 'macros', 'var', 'λ',
];

const BUILTINS = [
  '_G', '_VERSION', 'arg', 'assert', 'bit32', 'collectgarbage', 'coroutine', 'debug', 'dofile', 'error', 'getfenv',
  'getmetatable', 'io', 'ipairs', 'load', 'loadfile', 'loadstring', 'math', 'next', 'os', 'package', 'pairs',
  'pcall', 'print', 'rawequal', 'rawget', 'rawlen', 'rawset', 'require', 'select', 'setfenv', 'setmetatable',
  'string', 'table', 'tonumber', 'tostring', 'type', 'unpack', 'xpcall',
];

const VALID_NAME = String.raw`[a-zA-Z_!$%&*+/:<=>?^~|-][\w!$%&*+/:<=>?^~|\.-]*`;

export const fennelLexer: LexerDefinition = {
  name: 'Fennel',
  aliases: ['fennel', 'fnl'],
  tokens: {
    root: [
      // the only comment form is a semicolon; the rest of the line
      [';.*$', 'Comment.Single'],
      [',+', 'Text'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`-?\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`-?\d+`, 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      // no \b: Pygments matches `nil` inside `nilly` too
      ['(true|false|nil)', 'Name.Constant'],
      // keywords: symbols with a leading colon
      [`:${VALID_NAME}`, 'Literal.String.Symbol'],
      [words(SPECIAL_FORMS, '', ' '), 'Keyword'],
      [words(DECLARATIONS, '', ' '), 'Keyword.Declaration'],
      [words(BUILTINS, '', ' '), 'Name.Builtin'],
      // the vararg is a variable with a name no other symbol could have
      [String.raw`\.\.\.`, 'Name.Variable'],
      [VALID_NAME, 'Name.Variable'],
      [String.raw`(\(|\))`, 'Punctuation'],
      [String.raw`(\[|\])`, 'Punctuation'],
      [String.raw`(\{|\})`, 'Punctuation'],
      // the short hash-function form and the quasiquote
      ['#', 'Punctuation'],
      ['`', 'Punctuation'],
    ],
  },
};
