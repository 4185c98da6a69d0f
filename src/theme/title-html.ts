/**
 * Titles as Material's templates write them. MkDocs' Jinja has no autoescape, so a title (nav,
 * tabs, breadcrumbs, footer, header) is written as MkDocs holds it: a nav or front matter title
 * is HTML as written, and a title from the page's first H1 is escaped text (get_heading_text).
 * Ours is that H1's plain text (`textTitle`), so it is escaped here; the rest go out raw:
 *
 *   nav: [{'.chezmoi.&lt;format&gt;.tmpl': x.md}]  ->  <span class="md-ellipsis">.chezmoi.&lt;format&gt;.tmpl</span>
 *   # a < b (the page's own title)                  ->  <span class="md-ellipsis">a &lt; b</span>
 *
 * Where a template asks for text (`page.title | striptags` in `<title>`, our aria-labels), the HTML
 * loses its tags and character references (Jinja's striptags unescapes), then is escaped as text.
 */
import { decodeCharacterReferences } from '../markdown/index.ts';
import { escapeText } from './astro-markup.ts';

export interface Titled {
  readonly title: string;
  readonly textTitle?: boolean | undefined;
}

/** The title's markup, as Material's `{{ nav_item.title }}` writes it. */
export function titleHtml(item: Titled): string {
  return item.textTitle === true ? escapeText(item.title) : item.title;
}

/** The title as text: Jinja's striptags (comments and tags out, character references decoded, white space runs as one space). */
export function titleText(item: Titled): string {
  if (item.textTitle === true) return item.title;
  return decodeCharacterReferences(stripTags(item.title).replace(/\s+/g, ' ').trim());
}

/** Comments, then tags, out (markupsafe's striptags). */
export function stripTags(html: string): string {
  return html.replace(/<!--[^]*?-->/g, '').replace(/<[^>]*>/g, '');
}
