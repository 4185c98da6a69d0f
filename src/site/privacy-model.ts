/**
 * Every piece of HTML the site model holds that a page shows, for the privacy plugin (which
 * Material runs over each written page, on_post_page): a page's Markdown HTML, its custom_dir
 * template overrides, a blog view's excerpts; and the site's extra_css and extra_javascript,
 * which the theme draws in every page's head. The theme's own markup loads nothing from another
 * host (its fonts and scripts are bundled), so it needs no pass.
 *
 *   rewriteModel(model, (page) => (html) => html.replaceAll('https://cdn.example.com/', '../assets/external/cdn.example.com/'))
 */
import { htmlText, rewriteHtml, someSlice } from '../shared/page-html.ts';
import { NOT_FOUND_SRC, type PageModel, type SiteModel } from './model.ts';
import type { TemplateSegment } from './templates/markers.ts';

/** The page whose HTML is at hand, and whether it is a not-found page (shown at any URL: its references must be absolute). */
export interface HtmlOwner {
  readonly page: PageModel;
  readonly notFound: boolean;
}

function owners(model: SiteModel): HtmlOwner[] {
  return [...model.pages.map((page) => ({ page, notFound: page.src === NOT_FOUND_SRC })), ...(model.notFound ?? []).map((page) => ({ page, notFound: true }))];
}

/** Each page's HTML that passes `mayMatter` (a test htmlSlices allows: a big page is read whole only then), with its owner. */
export function* modelHtml(model: SiteModel, mayMatter: (slice: string) => boolean): Generator<{ readonly owner: HtmlOwner; readonly html: string }> {
  for (const owner of owners(model)) {
    const { page } = owner;
    if (someSlice(page.html, mayMatter)) yield { owner, html: htmlText(page.html) };
    for (const segments of segmentLists(page)) for (const segment of segments) if (segment.kind === 'html' && mayMatter(segment.html)) yield { owner, html: segment.html };
    if (page.blog?.kind === 'view') for (const excerpt of page.blog.excerpts) if (mayMatter(excerpt.html)) yield { owner, html: excerpt.html };
  }
}

/** The model with every page's HTML passed through the rewrite made for its owner (objects kept where nothing changed). */
export function rewriteModel(model: SiteModel, mayMatter: (slice: string) => boolean, rewriteFor: (owner: HtmlOwner) => (html: string) => string): SiteModel {
  const rewritePage = (owner: HtmlOwner): PageModel => {
    const { page } = owner;
    const rewrite = rewriteFor(owner);
    let changed = false;
    const text = (before: string) => {
      const after = mayMatter(before) ? rewrite(before) : before;
      if (after !== before) changed = true;
      return after;
    };
    // rewriteHtml tests only a file's slices: a string is tested here.
    const html = typeof page.html === 'string' ? text(page.html) : rewriteHtml(page.html, mayMatter, rewrite);
    const segments = (lists: Partial<Record<string, TemplateSegment[]>>) => Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, list?.map((segment) => rewriteSegment(segment, text))]));
    const overrides = page.overrides && { blocks: segments(page.overrides.blocks), partials: segments(page.overrides.partials) };
    const blog = page.blog?.kind === 'view' ? { ...page.blog, excerpts: page.blog.excerpts.map((excerpt) => ({ ...excerpt, html: text(excerpt.html) })) } : page.blog;
    if (html !== page.html) changed = true;
    return changed ? { ...page, html, ...(overrides ? { overrides } : {}), ...(blog ? { blog } : {}) } : page;
  };
  const pages = model.pages.map((page) => rewritePage({ page, notFound: page.src === NOT_FOUND_SRC }));
  const notFound = model.notFound?.map((page) => rewritePage({ page, notFound: true }));
  return { ...model, pages, ...(notFound ? { notFound } : {}) };
}

function segmentLists(page: PageModel): TemplateSegment[][] {
  if (!page.overrides) return [];
  return [...Object.values(page.overrides.blocks), ...Object.values(page.overrides.partials)];
}

function rewriteSegment(segment: TemplateSegment, rewrite: (html: string) => string): TemplateSegment {
  return segment.kind === 'html' ? { kind: 'html', html: rewrite(segment.html) } : segment;
}
