/**
 * Pygments' UrlEncodedLexer (pygments/lexers/html.py, Pygments 2.20), rule for rule:
 * application/x-www-form-urlencoded data: names, values and separators.
 *
 *     a=1&b=2   ->   <nt>a</nt><o>=</o><s>1</s><p>&</p><nt>b</nt><o>=</o><s>2</s>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const urlEncodedLexer: LexerDefinition = {
  name: 'urlencoded',
  aliases: ['urlencoded'],
  tokens: {
    root: [
      ['([^&=]*)(=)([^=&]*)(&?)', bygroups('Name.Tag', 'Operator', 'Literal.String', 'Punctuation')],
    ],
  },
};
