/**
 * Pygments' QLexer (pygments/lexers/q.py, Pygments 2.20.0): KLexer's states (`inherit`) with Q's
 * built-in functions tried first in `root`.
 *
 *     til 10   ->   <nb>til</nb><w> </w><mi>10</mi>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';
import { kLexer } from './k.ts';

const BUILTINS = [
  'aj', 'aj0', 'ajf', 'ajf0', 'all', 'and', 'any', 'asc', 'asof', 'attr', 'avgs', 'ceiling', 'cols',
  'count', 'cross', 'csv', 'cut', 'deltas', 'desc', 'differ', 'distinct', 'dsave', 'each', 'ej', 'ema',
  'eval', 'except', 'fby', 'fills', 'first', 'fkeys', 'flip', 'floor', 'get', 'group', 'gtime', 'hclose',
  'hcount', 'hdel', 'hsym', 'iasc', 'idesc', 'ij', 'ijf', 'inter', 'inv', 'key', 'keys', 'lj', 'ljf',
  'load', 'lower', 'lsq', 'ltime', 'ltrim', 'mavg', 'maxs', 'mcount', 'md5', 'mdev', 'med', 'meta',
  'mins', 'mmax', 'mmin', 'mmu', 'mod', 'msum', 'neg', 'next', 'not', 'null', 'or', 'over', 'parse',
  'peach', 'pj', 'prds', 'prior', 'prev', 'rand', 'rank', 'ratios', 'raze', 'read0', 'read1',
  'reciprocal', 'reval', 'reverse', 'rload', 'rotate', 'rsave', 'rtrim', 'save', 'scan', 'scov', 'sdev',
  'set', 'show', 'signum', 'ssr', 'string', 'sublist', 'sums', 'sv', 'svar', 'system', 'tables', 'til',
  'trim', 'txf', 'type', 'uj', 'ujf', 'ungroup', 'union', 'upper', 'upsert', 'value', 'view', 'views',
  'vs', 'where', 'wj', 'wj1', 'ww', 'xasc', 'xbar', 'xcol', 'xcols', 'xdesc', 'xgroup', 'xkey', 'xlog',
  'xprev', 'xrank',
];

export const qLexer: LexerDefinition = {
  name: 'Q',
  aliases: ['q'],
  tokens: {
    ...kLexer.tokens,
    root: [[words(BUILTINS, '', String.raw`\b`), 'Name.Builtin'], ...(kLexer.tokens['root'] ?? [])],
  },
};
