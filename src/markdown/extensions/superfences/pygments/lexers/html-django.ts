/**
 * Pygments' HtmlDjangoLexer (pygments/lexers/templates.py, Pygments 2.20): a DelegatingLexer.
 * DjangoLexer lexes the template tags; the text between them (its `Other` tokens), put together,
 * is lexed by HtmlLexer, which hands `<script>` and `<style>` on to JavaScript and CSS.
 *
 *     <b>{{ name }}</b>   ->   <p><</p><nt>b</nt><p>></p><cp>{{</cp> <nv>name</nv> <cp>}}</cp><p></</p><nt>b</nt><p>></p>
 */
import { delegatingLexer } from '../delegation.ts';
import type { Lexer } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

/** Pygments' name of the lexer, which its aliases resolve to in pygments-aliases.ts. */
export const HTML_DJANGO_NAME = 'HTML+Django/Jinja';

/** The lexer for one renderer's lookup: `byName` gives the HTML and Django lexers it combines. */
export function htmlDjangoLexer(byName: (alias: string) => Lexer | undefined): Lexer {
  // Both are ported; plain text is only what an unregistered name would give.
  const html = byName('html') ?? textLexer(byName);
  const django = byName('django') ?? textLexer(byName);
  return delegatingLexer(HTML_DJANGO_NAME, html, django);
}
