/**
 * The blog plugin's views (plugin.py `_generate_archive`, `_generate_categories`,
 * `_generate_pages`): the blog index (`blog/index.md`), one archive page per
 * archive_date_format (`blog/archive/2024/`), one page per category (`blog/category/news/`), and
 * each view cut into pages of pagination_per_page posts (`blog/page/2/`,
 * `blog/archive/2024/page/2/`). Pure: posts in, views out.
 *
 *   blogViews(options, posts, { src: 'blog/index.md', url: 'blog/', title: 'Blog' }, settings)
 *   // [{ kind: 'index', src: 'blog/index.md', url: 'blog/', page: 1, ... }, { kind: 'index', src: 'blog/page/2/index.md', url: 'blog/page/2/', page: 2 }, { kind: 'archive', ... }]
 */
import { joinDocs, type BlogOptions } from './blog-options.ts';
import { formatDate } from './blog-dates.ts';
import type { BlogPost } from './blog-posts.ts';
import { discoveredPage } from './discover.ts';

export type ViewKind = 'index' | 'archive' | 'category';

export interface BlogView {
  readonly kind: ViewKind;
  /** docs path: the index's own file, or the one Material generates (`blog/archive/2024.md`). */
  readonly src: string;
  readonly url: string;
  readonly dest: string;
  /** The view's name: the index's title, the archive's formatted date, the category. */
  readonly title: string;
  /** 1 for the view itself, 2... for its further pages. */
  readonly page: number;
  /** Every page of this view, in order: the view first. */
  readonly pages: ReadonlyArray<{ readonly src: string; readonly url: string }>;
  /** The posts on this page (srcs), in the blog's order. */
  readonly posts: readonly string[];
}

export interface ViewSettings {
  readonly useDirectoryUrls: boolean;
  readonly language: string;
}

/** A category's page: `blog/category/<slug>.md`. */
export function categoryPath(options: BlogOptions, name: string): string {
  const slug = options.postSlugify(name, options.categoriesSlugifySeparator);
  return `${joinDocs(options.blogDir, options.categoriesUrlFormat.replaceAll('{slug}', slug).replace(/^\/+|\/+$/g, ''))}.md`;
}

/** An archive's page: `blog/archive/2024.md` (archive_url_format with archive_url_date_format). */
export function archivePath(options: BlogOptions, created: Date, language: string): string {
  const date = formatDate(created, options.archiveUrlDateFormat, language);
  return `${joinDocs(options.blogDir, options.archiveUrlFormat.replaceAll('{date}', date).replace(/^\/+|\/+$/g, ''))}.md`;
}

/** Page `n` (2, 3...) of the view at `src`: `blog/page/2/index.md`, `blog/archive/2024/page/2.md`. */
export function paginationPath(options: BlogOptions, src: string, n: number): string {
  let base = src.replace(/\.[^./]+$/, '');
  let rest = options.paginationUrlFormat.replaceAll('{page}', String(n));
  if (/(^|\/)(index|README)$/.test(base)) {
    base = base.includes('/') ? base.slice(0, base.lastIndexOf('/')) : '.';
    rest = `${rest}/index`;
  }
  return `${joinDocs(base, rest.replace(/^\/+|\/+$/g, ''))}.md`;
}

/**
 * Every view, each page of each: the index, then the archive (newest first), then the
 * categories by name. Posts keep the order they are given in (newest first, pinned first).
 */
export function blogViews(options: BlogOptions, posts: readonly BlogPost[], index: { readonly src: string; readonly url: string; readonly title: string }, settings: ViewSettings): BlogView[] {
  const views: BlogView[] = [];
  const grouped = (kind: ViewKind, src: string, url: string, title: string, members: readonly BlogPost[]) => views.push(...paginate(options, kind, { src, url, title }, members, settings));
  grouped('index', index.src, index.url, index.title, posts);
  if (options.archive) {
    const archives = new Map<string, { title: string; posts: BlogPost[] }>();
    // By date, so years come newest first even when a pinned older post leads the blog.
    const byDate = [...posts].sort((a, b) => b.dates.created.getTime() - a.dates.created.getTime());
    for (const post of byDate) {
      const src = archivePath(options, post.dates.created, settings.language);
      const entry = archives.get(src) ?? { title: formatDate(post.dates.created, options.archiveDateFormat, settings.language), posts: [] };
      archives.set(src, entry);
    }
    for (const post of posts) archives.get(archivePath(options, post.dates.created, settings.language))?.posts.push(post);
    for (const [src, entry] of archives) grouped('archive', src, discoveredPage(src, settings.useDirectoryUrls).url, entry.title, entry.posts);
  }
  if (options.categories) {
    const categories = new Map<string, { title: string; posts: BlogPost[] }>();
    for (const post of posts) {
      for (const name of post.categories) {
        const src = categoryPath(options, name);
        const entry = categories.get(src) ?? { title: name, posts: [] };
        if (!entry.posts.includes(post)) entry.posts.push(post);
        categories.set(src, entry);
      }
    }
    const sorted = [...categories].sort(([, a], [, b]) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
    for (const [src, entry] of sorted) grouped('category', src, discoveredPage(src, settings.useDirectoryUrls).url, entry.title, entry.posts);
  }
  return views;
}

function paginate(options: BlogOptions, kind: ViewKind, view: { readonly src: string; readonly url: string; readonly title: string }, posts: readonly BlogPost[], settings: ViewSettings): BlogView[] {
  const step = options.pagination ? options.paginationPerPage : Math.max(1, posts.length);
  const count = Math.max(1, Math.ceil(posts.length / step));
  const pages = [{ src: view.src, url: view.url }];
  for (let n = 2; n <= count; n++) {
    const src = paginationPath(options, view.src, n);
    pages.push({ src, url: discoveredPage(src, settings.useDirectoryUrls).url });
  }
  return pages.map((page, at) => ({
    kind,
    src: page.src,
    url: page.url,
    dest: discoveredPage(page.src, settings.useDirectoryUrls).dest,
    title: view.title,
    page: at + 1,
    pages,
    posts: posts.slice(at * step, at * step + step).map((post) => post.src),
  }));
}

export interface PagerItem {
  readonly kind: 'link' | 'current' | 'dots';
  /** The page's number (none for dots). */
  readonly number?: number | undefined;
  /** site-relative URL of the page linked to. */
  readonly url?: string | undefined;
}

/**
 * python-paginate's `pager(format='~2~')`, which Material draws: the pages within 2 of the
 * current one, the first and last pages, and `..` where pages are left out. Nothing for a
 * single page unless `ifSinglePage` (pagination_if_single_page).
 *
 * @example pager(5, 10).map((item) => item.number ?? '..') // [1, '..', 3, 4, 5, 6, 7, '..', 10]
 */
export function pager(current: number, count: number, ifSinglePage = false, radius = 2): Array<Omit<PagerItem, 'url'>> {
  if (count <= 1 && !ifSinglePage) return [];
  const left = Math.max(1, current - radius);
  const right = Math.min(count, current + radius);
  const items: Array<Omit<PagerItem, 'url'>> = [];
  if (current !== 1 && left > 1) items.push({ kind: 'link', number: 1 });
  if (left - 1 > 1) items.push({ kind: 'dots' });
  for (let n = left; n <= right; n++) items.push({ kind: n === current ? 'current' : 'link', number: n });
  if (count - right > 1) items.push({ kind: 'dots' });
  if (current !== count && right < count) items.push({ kind: 'link', number: count });
  return items;
}
