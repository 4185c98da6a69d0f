/**
 * Pygments' EiffelLexer (pygments/lexers/eiffel.py, Pygments 2.20.0), rule for rule: keywords
 * in any case; a name in capitals only is a class.
 *
 *     class POINT feature x: INTEGER end   ->   <kr>class</kr> <nc>POINT</nc> <kr>feature</kr>...
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const RESERVED = [
  'across', 'agent', 'alias', 'all', 'as', 'assign', 'attached', 'attribute', 'check', 'class', 'convert', 'create',
  'debug', 'deferred', 'detachable', 'do', 'else', 'elseif', 'end', 'ensure', 'expanded', 'export', 'external',
  'feature', 'from', 'frozen', 'if', 'inherit', 'inspect', 'invariant', 'like', 'local', 'loop', 'none', 'note',
  'obsolete', 'old', 'once', 'only', 'redefine', 'rename', 'require', 'rescue', 'retry', 'select', 'separate',
  'then', 'undefine', 'until', 'variant', 'when',
];

export const eiffelLexer: LexerDefinition = {
  name: 'Eiffel',
  aliases: ['eiffel'],
  tokens: {
    root: [
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      ['--.*?$', 'Comment.Single'],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`(?i)(true|false|void|current|result|precursor)\b`, 'Keyword.Constant'],
      [String.raw`(?i)(not|xor|implies|or)\b`, 'Operator.Word'],
      [String.raw`(?i)(and)(?:(\s+)(then))?\b`, bygroups('Operator.Word', 'Text.Whitespace', 'Operator.Word')],
      [String.raw`(?i)(or)(?:(\s+)(else))?\b`, bygroups('Operator.Word', 'Text.Whitespace', 'Operator.Word')],
      [words(RESERVED, String.raw`(?i)\b`, String.raw`\b`), 'Keyword.Reserved'],
      [String.raw`"\[([^\]%]|%(.|\n)|\][^"])*?\]"`, 'Literal.String'],
      [String.raw`"([^"%\n]|%.)*?"`, 'Literal.String'],
      include('numbers'),
      [String.raw`'([^'%]|%'|%%)'`, 'Literal.String.Char'],
      [String.raw`(//|\\\\|>=|<=|:=|/=|~|/~|[\\?!#%&@|+/\-=>*$<^\[\]])`, 'Operator'],
      ['([{}():;,.])', 'Punctuation'],
      [String.raw`([a-z]\w*)|([A-Z][A-Z0-9_]*[a-z]\w*)`, 'Name'],
      ['([A-Z][A-Z0-9_]*)', 'Name.Class'],
      [String.raw`\n+`, 'Text.Whitespace'],
    ],
    numbers: [
      ['0[xX][a-fA-F0-9]+', 'Literal.Number.Hex'],
      ['0[bB][01]+', 'Literal.Number.Bin'],
      ['0[cC][0-7]+', 'Literal.Number.Oct'],
      [String.raw`([0-9]+\.[0-9]*)|([0-9]*\.[0-9]+)`, 'Literal.Number.Float'],
      ['[0-9]+', 'Literal.Number.Integer'],
    ],
  },
};
