/**
 * Pygments' ElixirLexer (pygments/lexers/erlang.py, Pygments 2.20), rule for rule: the rule
 * table with its generated string and sigil states, and get_tokens_unprocessed, which retypes
 * plain names that are keywords, builtins or constants.
 *
 *     def add(a, b), do: a + b   ->   <kd>def</kd><w> </w><n>add</n><p>(</p>...<ss>do</ss><p>:</p>...
 */
import { retypingLexer, bygroups, include, defaultState, type LexerDefinition, type LexerFactory, type Rule } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';

/** Retyping of a `Name` token by its text, as ElixirLexer.get_tokens_unprocessed does. */
const NAME_TYPES = new Map<string, TokenType>([
  ...['fn', 'do', 'end', 'after', 'else', 'rescue', 'catch'].map((word): [string, TokenType] => [word, 'Keyword']),
  ...['not', 'and', 'or', 'when', 'in'].map((word): [string, TokenType] => [word, 'Operator.Word']),
  ...['case', 'cond', 'for', 'if', 'unless', 'try', 'receive', 'raise', 'quote', 'unquote', 'unquote_splicing', 'throw', 'super']
    .map((word): [string, TokenType] => [word, 'Keyword']),
  ...['def', 'defp', 'defmodule', 'defprotocol', 'defmacro', 'defmacrop', 'defdelegate', 'defexception', 'defstruct', 'defimpl',
    'defcallback'].map((word): [string, TokenType] => [word, 'Keyword.Declaration']),
  ...['import', 'require', 'use', 'alias'].map((word): [string, TokenType] => [word, 'Keyword.Namespace']),
  ...['nil', 'true', 'false'].map((word): [string, TokenType] => [word, 'Name.Constant']),
  ...['_', '__MODULE__', '__DIR__', '__ENV__', '__CALLER__'].map((word): [string, TokenType] => [word, 'Name.Builtin.Pseudo']),
]);

/** `re.escape` of each, joined in Pygments' order (not longest first: `|` is tried before `|>` would be). */
const alternatives = (list: readonly string[]): string => list.map((word) => word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|');

const OP3 = alternatives(['<<<', '>>>', '|||', '&&&', '^^^', '~~~', '===', '!==', '~>>', '<~>', '|~>', '<|>']);
const OP2 = alternatives(['==', '!=', '<=', '>=', '&&', '||', '<>', '++', '--', '|>', '=~', '->', '<-', '|', '.', '=', '~>', '<~']);
const OP1 = alternatives(['<', '>', '+', '-', '*', '/', '!', '^', '&']);
const OPS = `(?:${OP3}|${OP2}|${OP1})`;
const PUNCTUATION = alternatives(['\\\\', '<<', '>>', '=>', '(', ')', ':', ';', ',', '[', ']']);
const NAME = String.raw`(?:\.\.\.|[a-z_]\w*[!?]?)`;
const MODNAME = String.raw`[A-Z]\w*(?:\.[A-Z]\w*)*`;
const COMPLEX_NAME = `(?:${NAME}|${MODNAME}|${OPS})`;
const SPECIAL_ATOM = String.raw`(?:\.\.\.|<<>>|%\{\}|%|\{\})`;
const LONG_HEX_CHAR = String.raw`(\\x\{)([\da-fA-F]+)(\})`;
const HEX_CHAR = String.raw`(\\x[\da-fA-F]{1,2})`;
const ESCAPE_CHAR = String.raw`(\\[abdefnrstv])`;

/** gen_elixir_string_rules: a quoted string or atom, with escapes and `#{}` interpolation. */
function stringRules(symbol: string, token: TokenType): Rule[] {
  return [
    [String.raw`[^#${symbol}\\]+`, token],
    include('escapes'),
    [String.raw`\\.`, token],
    [`(${symbol})`, bygroups(token), '#pop'],
    include('interpol'),
  ];
}

/** gen_elixir_sigstr_rules: a sigil's body up to its terminator and modifiers (`~r/x/i`). */
function sigilBody(term: string, termClass: string, interpolate: boolean): Rule[] {
  if (!interpolate) {
    return [
      [String.raw`[^${termClass}\\]+`, 'Literal.String.Other'],
      [String.raw`\\.`, 'Literal.String.Other'],
      [`${term}[a-zA-Z]*`, 'Literal.String.Other', '#pop'],
    ];
  }
  return [
    [String.raw`[^#${termClass}\\]+`, 'Literal.String.Other'],
    include('escapes'),
    [String.raw`\\.`, 'Literal.String.Other'],
    [`${term}[a-zA-Z]*`, 'Literal.String.Other', '#pop'],
    include('interpol'),
  ];
}

/** gen_elixir_sigil_rules: the `sigils` state and one state per delimiter, lower case interpolating. */
function sigilStates(): Record<string, Rule[]> {
  const states: Record<string, Rule[]> = { sigils: [] };
  const sigils = states['sigils'] ?? [];
  for (const [term, name] of [['"""', 'triquot'], ["'''", 'triapos']] as const) {
    sigils.push(
      [`(~[a-z])(${term})`, bygroups('Literal.String.Other', 'Literal.String.Heredoc'), [`${name}-end`, `${name}-intp`]],
      [`(~[A-Z])(${term})`, bygroups('Literal.String.Other', 'Literal.String.Heredoc'), [`${name}-end`, `${name}-no-intp`]],
    );
    states[`${name}-end`] = [['[a-zA-Z]+', 'Literal.String.Other', '#pop'], defaultState('#pop')];
    states[`${name}-intp`] = [[String.raw`^(\s*)(${term})`, bygroups('Text.Whitespace', 'Literal.String.Heredoc'), '#pop'], include('heredoc_interpol')];
    states[`${name}-no-intp`] = [[String.raw`^(\s*)(${term})`, bygroups('Text.Whitespace', 'Literal.String.Heredoc'), '#pop'], include('heredoc_no_interpol')];
  }
  const terminators = [
    [String.raw`\{`, String.raw`\}`, '}', 'cb'],
    [String.raw`\[`, String.raw`\]`, String.raw`\]`, 'sb'],
    [String.raw`\(`, String.raw`\)`, ')', 'pa'],
    ['<', '>', '>', 'ab'],
    ['/', '/', '/', 'slas'],
    [String.raw`\|`, String.raw`\|`, '|', 'pipe'],
    ['"', '"', '"', 'quot'],
    ["'", "'", "'", 'apos'],
  ] as const;
  for (const [left, right, rightClass, name] of terminators) {
    sigils.push([`~[a-z]${left}`, 'Literal.String.Other', `${name}-intp`], [`~[A-Z]${left}`, 'Literal.String.Other', `${name}-no-intp`]);
    states[`${name}-intp`] = sigilBody(right, rightClass, true);
    states[`${name}-no-intp`] = sigilBody(right, rightClass, false);
  }
  return states;
}

const definition: LexerDefinition = {
  name: 'Elixir',
  aliases: ['elixir', 'ex', 'exs'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['#.*$', 'Comment.Single'],
      // Various kinds of characters
      [String.raw`(\?)` + LONG_HEX_CHAR, bygroups('Literal.String.Char', 'Literal.String.Escape', 'Literal.Number.Hex', 'Literal.String.Escape')],
      [String.raw`(\?)` + HEX_CHAR, bygroups('Literal.String.Char', 'Literal.String.Escape')],
      [String.raw`(\?)` + ESCAPE_CHAR, bygroups('Literal.String.Char', 'Literal.String.Escape')],
      [String.raw`\?\\?.`, 'Literal.String.Char'],
      // `::` has to go before atoms
      [':::', 'Literal.String.Symbol'],
      ['::', 'Operator'],
      // atoms
      [`:${SPECIAL_ATOM}`, 'Literal.String.Symbol'],
      [`:${COMPLEX_NAME}`, 'Literal.String.Symbol'],
      [':"', 'Literal.String.Symbol', 'string_double_atom'],
      [":'", 'Literal.String.Symbol', 'string_single_atom'],
      // [keywords: ...]
      [String.raw`(${SPECIAL_ATOM}|${COMPLEX_NAME})(:)(?=\s|\n)`, bygroups('Literal.String.Symbol', 'Punctuation')],
      // @attributes
      [`@${NAME}`, 'Name.Attribute'],
      // identifiers
      [NAME, 'Name'],
      [`(%?)(${MODNAME})`, bygroups('Punctuation', 'Name.Class')],
      // operators and punctuation
      [OP3, 'Operator'],
      [OP2, 'Operator'],
      [PUNCTUATION, 'Punctuation'],
      [String.raw`&\d`, 'Name.Entity'], // anonymous function arguments
      [OP1, 'Operator'],
      // numbers
      ['0b[01]+', 'Literal.Number.Bin'],
      ['0o[0-7]+', 'Literal.Number.Oct'],
      [String.raw`0x[\da-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`\d(_?\d)*\.\d(_?\d)*([eE][-+]?\d(_?\d)*)?`, 'Literal.Number.Float'],
      [String.raw`\d(_?\d)*`, 'Literal.Number.Integer'],
      // strings and heredocs
      [String.raw`(""")(\s*)`, bygroups('Literal.String.Heredoc', 'Text.Whitespace'), 'heredoc_double'],
      [String.raw`(''')(\s*)$`, bygroups('Literal.String.Heredoc', 'Text.Whitespace'), 'heredoc_single'],
      ['"', 'Literal.String.Double', 'string_double'],
      ["'", 'Literal.String.Single', 'string_single'],
      include('sigils'),
      [String.raw`%\{`, 'Punctuation', 'map_key'],
      [String.raw`\{`, 'Punctuation', 'tuple'],
    ],
    heredoc_double: [[String.raw`^(\s*)(""")`, bygroups('Text.Whitespace', 'Literal.String.Heredoc'), '#pop'], include('heredoc_interpol')],
    heredoc_single: [[String.raw`^\s*'''`, 'Literal.String.Heredoc', '#pop'], include('heredoc_interpol')],
    heredoc_interpol: [
      [String.raw`[^#\\\n]+`, 'Literal.String.Heredoc'],
      include('escapes'),
      [String.raw`\\.`, 'Literal.String.Heredoc'],
      [String.raw`\n+`, 'Literal.String.Heredoc'],
      include('interpol'),
    ],
    heredoc_no_interpol: [
      [String.raw`[^\\\n]+`, 'Literal.String.Heredoc'],
      [String.raw`\\.`, 'Literal.String.Heredoc'],
      [String.raw`\n+`, 'Text.Whitespace'],
    ],
    escapes: [
      [LONG_HEX_CHAR, bygroups('Literal.String.Escape', 'Literal.Number.Hex', 'Literal.String.Escape')],
      [HEX_CHAR, 'Literal.String.Escape'],
      [ESCAPE_CHAR, 'Literal.String.Escape'],
    ],
    interpol: [[String.raw`#\{`, 'Literal.String.Interpol', 'interpol_string']],
    interpol_string: [[String.raw`\}`, 'Literal.String.Interpol', '#pop'], include('root')],
    map_key: [
      include('root'),
      [':', 'Punctuation', 'map_val'],
      ['=>', 'Punctuation', 'map_val'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    map_val: [include('root'), [',', 'Punctuation', '#pop'], [String.raw`(?=\})`, 'Punctuation', '#pop']],
    tuple: [include('root'), [String.raw`\}`, 'Punctuation', '#pop']],
    string_double: stringRules('"', 'Literal.String.Double'),
    string_single: stringRules("'", 'Literal.String.Single'),
    string_double_atom: stringRules('"', 'Literal.String.Symbol'),
    string_single_atom: stringRules("'", 'Literal.String.Symbol'),
    ...sigilStates(),
  },
};

export const elixirLexer: LexerFactory = retypingLexer(definition, (type, value) => (type === 'Name' ? (NAME_TYPES.get(value) ?? type) : type));
