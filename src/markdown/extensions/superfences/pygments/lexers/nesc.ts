/**
 * Pygments' NesCLexer (pygments/lexers/c_like.py, Pygments 2.20.0): CLexer's states and its type
 * retyping, with nesC's component keywords and network types before C's statements.
 *
 *     module BlinkC { uses interface Timer<TMilli>; }
 *     ->   <k>module</k> <n>BlinkC</n> <p>{</p> <k>uses</k> <k>interface</k> <n>Timer</n><o><</o><n>TMilli</n><o>></o><p>;</p> <p>}</p>
 */
import { words, type LexerFactory } from '../regex-lexer.ts';
import { cTokens } from './c.ts';
import { cFamilyFactory } from './c-family.ts';

const base = cTokens();

export const nescLexer: LexerFactory = cFamilyFactory({
  name: 'nesC',
  aliases: ['nesc'],
  tokens: {
    ...base,
    statements: [
      [
        words([
          'abstract', 'as', 'async', 'atomic', 'call', 'command', 'component', 'components', 'configuration', 'event',
          'extends', 'generic', 'implementation', 'includes', 'interface', 'module', 'new', 'norace', 'post',
          'provides', 'signal', 'task', 'uses',
        ], '', String.raw`\b`),
        'Keyword',
      ],
      [
        words([
          'nx_struct', 'nx_union', 'nx_int8_t', 'nx_int16_t', 'nx_int32_t', 'nx_int64_t', 'nx_uint8_t', 'nx_uint16_t',
          'nx_uint32_t', 'nx_uint64_t',
        ], '', String.raw`\b`),
        'Keyword.Type',
      ],
      ...(base['statements'] ?? []),
    ],
  },
});
