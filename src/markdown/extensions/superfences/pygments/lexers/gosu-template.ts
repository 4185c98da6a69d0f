/**
 * Pygments' GosuTemplateLexer (pygments/lexers/jvm.py, Pygments 2.20): GosuLexer started in its
 * `templateText` state, so text is text and `<% %>`, `<%= %>` and `${ }` hold Gosu.
 *
 *     Hi ${name}!   ->   Hi <o>${</o><n>name</n><o>}</o>!
 */
import type { Lexer, LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

export const gosuTemplateLexer: LexerFactory = {
  name: 'Gosu Template',
  aliases: ['gst'],
  create(byName): Lexer {
    const gosu = byName('gosu') ?? textLexer(byName);
    return { name: this.name, byName, tokensUnprocessed: (text) => gosu.tokensUnprocessed(text, ['templateText']) };
  },
};
