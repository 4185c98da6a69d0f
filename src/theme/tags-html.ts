/**
 * The tags plugin's tags above a page's content, as Material's `partials/tags.html` draws them, as
 * one string: Tags.astro draws it, and a build hands it to the search index with the page's content
 * before Astro draws the page (src/integration/model-index.ts), so both are the same markup. As the
 * component drew it (astro-markup.ts):
 *
 *   tagsHtml({ tags: [{ name: 'A & B', icon: false, listing: { url: 'tags/', anchor: 'tag:a-b' } }], hide: [] }, '/')
 *   -> <nav class="md-tags" data-pagefind-index-attrs="data-md-tags" data-md-tags="A &amp; B">
 *      <a href="/tags/#tag:a-b" class="md-tag" data-pagefind-filter="tag">A &amp; B</a></nav>  (one line)
 *
 * `nav.md-tags` holds, per tag (sorted by name; a shown shadow tag gets `md-tag-shadow`), an
 * `a.md-tag` to the tag's anchor in the closest listing that shows it, or a `span.md-tag` when no
 * listing does. `hide: [tags]` keeps the nav but hides it. Each tag is a Pagefind filter (`tag`).
 * Pagefind skips the text of `<nav>` elements, so the names are also given in an attribute it is
 * told to index (`data-pagefind-index-attrs`): searching for a tag finds its pages.
 */
import type { PageModel } from '../site/model.ts';
import type { PageTag } from '../site/tags.ts';
import { attribute, escapeText, flag } from './astro-markup.ts';
import { siteHref } from './urls.ts';

export function tagsHtml(page: Pick<PageModel, 'tags' | 'hide'>, base: string): string {
  const tags = page.tags ?? [];
  if (tags.length === 0) return '';
  let items = '';
  for (const tag of tags) {
    const name = escapeText(tag.name);
    items += tag.listing
      ? `<a${attribute('href', `${siteHref(base, tag.listing.url)}#${tag.listing.anchor}`)}${attribute('class', classOf(tag))} data-pagefind-filter="tag">${name}</a>`
      : `<span${attribute('class', classOf(tag))} data-pagefind-filter="tag">${name}</span>`;
  }
  return `<nav class="md-tags"${flag('hidden', page.hide.includes('tags'))} data-pagefind-index-attrs="data-md-tags"${attribute('data-md-tags', tags.map((tag) => tag.name).join(', '))}>${items}</nav>`;
}

function classOf(tag: PageTag): string {
  return ['md-tag', tag.shadow ? 'md-tag-shadow' : '', tag.icon ? 'md-tag-icon' : '', tag.type ? `md-tag--${tag.type}` : ''].filter(Boolean).join(' ');
}
