/**
 * Pygments' UcodeLexer (pygments/lexers/unicon.py, Pygments 2.20.0), rule for rule: ucode, Icon's intermediate code.
 *
 *     proc main
 *     ->   <kd>proc</kd> main
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_WORDS: readonly string[] = [
  'asgn', 'bang', 'bscan', 'cat', 'ccase', 'chfail', 'coact', 'cofail', 'compl', 'coret', 'create', 'cset', 'diff',
  'div', 'dup', 'efail', 'einit', 'end', 'eqv', 'eret', 'error', 'escan', 'esusp', 'field', 'goto', 'init', 'int',
  'inter', 'invoke', 'keywd', 'lconcat', 'lexeq', 'lexge', 'lexgt', 'lexle', 'lexlt', 'lexne', 'limit', 'llist',
  'lsusp', 'mark', 'mark0', 'minus', 'mod', 'mult', 'neg', 'neqv', 'nonnull', 'noop', 'null', 'number', 'numeq',
  'numge', 'numgt', 'numle', 'numlt', 'numne', 'pfail', 'plus', 'pnull', 'pop', 'power', 'pret', 'proc', 'psusp',
  'push1', 'pushn1', 'random', 'rasgn', 'rcv', 'rcvbk', 'real', 'refresh', 'rswap', 'sdup', 'sect', 'size', 'snd',
  'sndbk', 'str', 'subsc', 'swap', 'tabmat', 'tally', 'toby', 'trace', 'unmark', 'value', 'var',
];

export const ucodeLexer: LexerDefinition = {
  name: 'ucode',
  aliases: ['ucode'],
  tokens: {
    root: [
      [String.raw`(#.*\n)`, 'Comment'],
      [words(['con', 'declend', 'end', 'global', 'impl', 'invocable', 'lab', 'link', 'local', 'record', 'uid', 'unions', 'version'], String.raw`\b`, String.raw`\b`), 'Name.Function'],
      [words(['colm', 'filen', 'line', 'synt'], String.raw`\b`, String.raw`\b`), 'Comment'],
      [words(ROOT_WORDS, String.raw`\b`, String.raw`\b`), 'Keyword.Declaration'],
      [words(['any', 'case', 'endcase', 'endevery', 'endif', 'endifelse', 'endrepeat', 'endsuspend', 'enduntil', 'endwhile', 'every', 'if', 'ifelse', 'repeat', 'suspend', 'until', 'while'], String.raw`\b`, String.raw`\b`), 'Name.Constant'],
      [String.raw`\d+(\s*|\.$|$)`, 'Literal.Number.Integer'],
      [String.raw`[+-]?\d*\.\d+(E[-+]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`[+-]?\d+\.\d*(E[-+]?\d+)?`, 'Literal.Number.Float'],
      ["(<>|=>|[()|:;,.'`]|[{}]|[%^]|[&?])", 'Punctuation'],
      [String.raw`\s+\b`, 'Text'],
      [String.raw`[\w-]+`, 'Text'],
    ],
  },
};
