import { htmlText, someSlice, type PageHtml } from './page-html.ts';

/**
 * Material adds the page title as an H1 when the Markdown has none: the heading drawn before a
 * page's content, or '' when the content has its own. Shared by the page layout, the build's
 * splice of a big page's content (src/integration/content-splice.ts, which may hold it in a file: page-html.ts) and the search document
 * `serve` indexes (src/search/page-document.ts), which must all title a page alike.
 *
 * @example
 *   titleHeading({ title: 'A & B', html: '<p>x</p>' }) // '<h1>A &amp; B</h1>'
 */
export function titleHeading(page: { readonly title: string; readonly html: PageHtml }): string {
  return someSlice(page.html, (slice) => /<h1[\s>]/.test(slice)) ? '' : `<h1>${page.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</h1>`;
}

/** A page's content as the layout draws it in the article: its title heading, then its Markdown HTML (read whole from its file if it is in one). */
export function titledContent(page: { readonly title: string; readonly html: PageHtml }): string {
  return `${titleHeading(page)}${htmlText(page.html)}`;
}
