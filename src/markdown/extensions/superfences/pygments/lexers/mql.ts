/**
 * Pygments' MqlLexer (pygments/lexers/c_like.py, Pygments 2.20.0): CppLexer's states and the C
 * family's type retyping, with MetaTrader's keywords, types, functions and constants before C++'s
 * statements.
 *
 *     double lots = NormalizeDouble(0.1, 2);
 *     ->   <kt>double</kt> <n>lots</n> <o>=</o> <nf>NormalizeDouble</nf><p>(</p><mf>0.1</mf><p>,</p> <mi>2</mi><p>);</p>
 */
import { words, type LexerFactory } from '../regex-lexer.ts';
import { cppDefinition } from './cpp.ts';
import { cFamilyFactory } from './c-family.ts';
import { MQL_COLORS, MQL_CONSTANTS, MQL_C_TYPES, MQL_KEYWORDS, MQL_TYPES } from './mql-words.ts';

export const mqlLexer: LexerFactory = cFamilyFactory({
  ...cppDefinition,
  name: 'MQL',
  aliases: ['mql', 'mq4', 'mq5', 'mql4', 'mql5'],
  tokens: {
    ...cppDefinition.tokens,
    statements: [
      [words(MQL_KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [words(MQL_C_TYPES, '', String.raw`\b`), 'Keyword.Type'],
      [words(MQL_TYPES, '', String.raw`\b`), 'Name.Function'],
      [words(MQL_CONSTANTS, '', String.raw`\b`), 'Name.Constant'],
      [words(MQL_COLORS, '(clr)?', String.raw`\b`), 'Name.Constant'],
      ...(cppDefinition.tokens['statements'] ?? []),
    ],
  },
});
