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
 *
 * A big page's toc is written into its file after Astro (src/integration/content-splice.ts) from
 * its pieces (tocItemPieces), the same markup never held whole.
 */
import type { TocEntry } from '../markdown/index.ts';
import { attribute, escapeText } from './astro-markup.ts';

export function tocItemsHtml(entries: readonly TocEntry[]): string {
  let html = '';
  for (const entry of entries) html += tocItemHtml(entry);
  return html;
}

/** tocItemsHtml's markup in pieces (each entry's markup before its children's, then after), which it joins. */
export function* tocItemPieces(entries: readonly TocEntry[]): Generator<string> {
  for (const entry of entries) {
    const [head, tail] = itemFrame(entry);
    yield head;
    yield* tocItemPieces(entry.children);
    yield tail;
  }
}

function tocItemHtml(entry: TocEntry): string {
  const [head, tail] = itemFrame(entry);
  return entry.children.length > 0 ? `${head}${tocItemsHtml(entry.children)}${tail}` : `${head}${tail}`;
}

/** An entry's markup before its children's and after them. */
function itemFrame(entry: TocEntry): readonly [string, string] {
  const label = entry.html === undefined ? escapeText(entry.name) : `<span class="md-typeset">${entry.html}</span>`;
  const link = `<li class="md-nav__item"><a${attribute('href', `#${entry.id}`)} class="md-nav__link"><span class="md-ellipsis">${label}</span></a>`;
  return entry.children.length > 0 ? [`${link}<nav class="md-nav"${attribute('aria-label', entry.name)}><ul class="md-nav__list">`, '</ul></nav></li>'] : [link, '</li>'];
}
