/**
 * A table of contents' entries as one HTML string (Material's toc-item.html), for the page's toc
 * and the integrated one under its nav link. As an Astro component per entry, a page of 47,000
 * headings (the 10 MB stress page) cost the build 210 MB more memory while Astro drew its two
 * tocs: a component's render is a tree of objects and promises per entry, all garbage at once.
 * The markup is the component's as Astro drew it (compressHTML "jsx", its escaping: astro-markup.ts):
 *
 *   [{ id: 'a', name: 'A & B', children: [{ id: 'c', name: 'C', … }] }]
 *   -> <li class="md-nav__item"><a href="#a" class="md-nav__link"><span class="md-ellipsis">A &amp; B</span></a>
 *      <nav class="md-nav" aria-label="A &amp; B"><ul class="md-nav__list"><li class="md-nav__item">…</li></ul></nav></li>
 *
 * With Material's typeset plugin an entry shows its heading's HTML (`entry.html`, made by the
 * renderer from the page's own heading: src/markdown/extensions/toc/typeset.ts) in a
 * `span.md-typeset`, as Material's toc-item.html does; the nested list's label stays the plain name.
 */
import type { TocEntry } from '../markdown/index.ts';
import { attribute, escapeText } from './astro-markup.ts';

export function tocItemsHtml(entries: readonly TocEntry[]): string {
  let html = '';
  for (const entry of entries) html += tocItemHtml(entry);
  return html;
}

function tocItemHtml(entry: TocEntry): string {
  const label = entry.html === undefined ? escapeText(entry.name) : `<span class="md-typeset">${entry.html}</span>`;
  const children = entry.children.length > 0 ? `<nav class="md-nav"${attribute('aria-label', entry.name)}><ul class="md-nav__list">${tocItemsHtml(entry.children)}</ul></nav>` : '';
  return `<li class="md-nav__item"><a${attribute('href', `#${entry.id}`)} class="md-nav__link"><span class="md-ellipsis">${label}</span></a>${children}</li>`;
}
