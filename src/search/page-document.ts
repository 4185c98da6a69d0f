/**
 * The HTML Pagefind indexes for one page in `serve`, where no HTML is on disk: the page's
 * rendered Markdown in the same `article[data-pagefind-body]` the layout draws, with the same
 * <h1> fallback, so the dev index ranks and splits sections as the built one does.
 */
import { titledContent } from '../shared/title-heading.ts';
import type { PageHtml } from '../shared/page-html.ts';
import type { PageExclusion } from '../site/exclude-search.ts';

export interface IndexablePage {
  /** Site-relative URL without leading slash (`vpn/`, `` for home), as in the site model. */
  readonly url: string;
  readonly title: string;
  readonly html: PageHtml;
  /** The tags plugin's tags, indexed as the built page's `nav.md-tags` has them indexed. */
  readonly tags?: ReadonlyArray<{ readonly name: string }> | undefined;
  /** The page's own `<html lang>` on a multilingual site (the i18n plugin), else the site's. */
  readonly language?: string | undefined;
  /** What mkdocs-exclude-search leaves out of it (src/site/exclude-search.ts). */
  readonly exclusion?: PageExclusion | undefined;
}

/**
 * @example pageDocument({ url: 'vpn/', title: 'VPN', html: '<p>x</p>' }, 'en')
 * // '<!doctype html><html lang="en"><head><title>VPN</title></head><body>
 * //  <article data-pagefind-body><h1>VPN</h1><p>x</p></article></body></html>'
 */
export function pageDocument(page: IndexablePage, language: string): string {
  const title = escapeText(page.title);
  const tags = page.tags?.length ? `<nav class="md-tags" data-pagefind-index-attrs="data-md-tags" data-md-tags="${escapeText(page.tags.map((tag) => tag.name).join(', '))}"></nav>` : '';
  const body = `${tags}${titledContent(page)}`;
  return `<!doctype html><html lang="${escapeText(language)}"><head><title>${title}</title></head><body><article data-pagefind-body>${body}</article></body></html>`;
}

/** The URL a result links to, the one Pagefind computes from the built file: `/vpn/`. */
export function pageUrl(url: string): string {
  return `/${url}`;
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
