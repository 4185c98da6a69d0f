/**
 * The blog plugin's posts (its `on_files`): every page under `post_dir` is read before rendering,
 * as Material does, since its URL comes from its front matter (`date`, `slug`, `categories`) and
 * its title: `blog/posts/hello.md` with `date: 2024-01-31` and `# Hello world` is published at
 * `blog/2024/01/31/hello-world/`. Drafts are left out of the build unless drafts are built.
 *
 *   const { posts, pages } = blogPosts(docsDir, discovered.pages, options, { useDirectoryUrls: true, language: 'en' });
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../markdown/index.ts';
import { joinDocs, type BlogOptions } from './blog-options.ts';
import { formatDate, postDates, type PostDates } from './blog-dates.ts';
import { discoveredPage, type DiscoveredPage } from './discover.ts';
import type { SiteMessage } from './messages.ts';
import { titleFromFileName } from './titles.ts';

export interface BlogPost {
  /** docs-relative source: `blog/posts/hello.md`. */
  readonly src: string;
  /** The post's URL and output file (post_url_format). */
  readonly url: string;
  readonly dest: string;
  /** The title the slug was made of (front matter `title`, first H1, file name). */
  readonly title: string;
  readonly dates: PostDates;
  readonly categories: readonly string[];
  readonly authors: readonly string[];
  /** Front matter `draft: true` (built only when drafts are). */
  readonly draft: boolean;
  /** Front matter `pin: true`: listed before the others. */
  readonly pin: boolean;
  /** Front matter `readtime` (minutes), which the computed reading time does not replace. */
  readonly readtime: number | undefined;
}

export interface BlogPosts {
  /** Newest first (`date.created`), pinned posts before the others. */
  readonly posts: readonly BlogPost[];
  /** The discovered pages with each post at its URL and drafts (when not built) left out. */
  readonly pages: readonly DiscoveredPage[];
  readonly messages: SiteMessage[];
}

export interface PostSettings {
  readonly useDirectoryUrls: boolean;
  /** theme.language, for dates in URLs (babel formats them in the site's locale). */
  readonly language: string;
  /** Now, for draft_if_future_date (default: the clock). */
  readonly now?: Date | undefined;
  /** Reads a post (default: the file, BOM removed). */
  readonly read?: ((file: string) => string) | undefined;
}

/** `src` lies in `folder` (docs-relative, by path segments: `blog/posts-old` is not in `blog/posts`). */
export function inFolder(folder: string, src: string): boolean {
  return folder === '.' || src.startsWith(`${folder}/`);
}

export function blogPosts(docsDir: string, pages: readonly DiscoveredPage[], options: BlogOptions, settings: PostSettings): BlogPosts {
  const read = settings.read ?? ((file: string) => readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const now = settings.now ?? new Date();
  const messages: SiteMessage[] = [];
  const posts: BlogPost[] = [];
  const out: DiscoveredPage[] = [];
  const taken = new Map<string, string>();
  for (const page of pages) {
    if (!inFolder(options.postDir, page.src)) {
      out.push(page);
      continue;
    }
    const file = path.join(docsDir, page.src);
    const warn = (message: string, line?: number) => messages.push({ severity: 'warning', message: `blog post: ${message}`, file, line });
    let source: string;
    try {
      source = read(file);
    } catch (cause) {
      warn(`cannot be read (${cause instanceof Error ? cause.message : String(cause)}); left out of the blog`);
      continue;
    }
    const front = splitFrontMatter(source);
    if (!/^---[ \t]*\r?\n/.test(source) || front.error) {
      warn(`${front.error?.message ?? 'expected YAML front matter (between --- lines) with at least a date, found none'}; left out of the site, as Material stops the build`, front.error?.line);
      continue;
    }
    const meta = front.meta;
    const read_ = postDates(meta['date']);
    if (!read_.dates) {
      warn(`${read_.problem ?? 'no date'}; left out of the site, as Material stops the build`, lineOf(source, 'date'));
      continue;
    }
    const dates = read_.dates;
    const draft = meta['draft'] === true;
    const excluded = !options.draft && (typeof meta['draft'] === 'boolean' ? draft : options.draftIfFutureDate && dates.created > now);
    if (excluded) continue;
    const categories = stringList(meta['categories'], 'categories', warn, lineOf(source, 'categories'));
    const authors = stringList(meta['authors'], 'authors', warn, lineOf(source, 'authors'));
    const title = postTitle(meta, front.body, page.src);
    const slug = typeof meta['slug'] === 'string' && meta['slug'] !== '' ? meta['slug'] : options.postSlugify(title, options.postSlugifySeparator);
    const readtime = meta['readtime'];
    if (readtime !== undefined && !(typeof readtime === 'number' && Number.isInteger(readtime))) warn(`front matter readtime must be a whole number of minutes, not '${String(readtime)}'; computed instead`, lineOf(source, 'readtime'));
    const at = discoveredPage(postPath(options, { categories, created: dates.created, file: path.posix.basename(page.src).replace(/\.[^.]+$/, ''), slug }, settings.language), settings.useDirectoryUrls);
    const earlier = taken.get(at.dest);
    if (earlier !== undefined) {
      warn(`its URL '${at.url}' is also the URL of '${earlier}'; left out (give one of them a slug)`);
      continue;
    }
    taken.set(at.dest, page.src);
    const post: BlogPost = { src: page.src, url: at.url, dest: at.dest, title, dates, categories, authors, draft, pin: meta['pin'] === true, readtime: typeof readtime === 'number' && Number.isInteger(readtime) ? readtime : undefined };
    posts.push(post);
    out.push({ ...page, url: at.url, dest: at.dest });
  }
  return { posts: sortPosts(posts), pages: out, messages };
}

/** Newest first; pinned posts first (a stable sort keeps their dates' order). */
export function sortPosts(posts: readonly BlogPost[]): BlogPost[] {
  return [...posts].sort((a, b) => b.dates.created.getTime() - a.dates.created.getTime()).sort((a, b) => Number(b.pin) - Number(a.pin));
}

/**
 * The post's docs path by post_url_format (`{date}/{slug}`, `{categories}`, `{file}`), under
 * blog_dir: `blog/2024/01/31/hello-world.md`. Categories are slugified, at most
 * post_url_max_categories of them.
 */
export function postPath(options: BlogOptions, post: { readonly categories: readonly string[]; readonly created: Date; readonly file: string; readonly slug: string }, language: string): string {
  const categories = post.categories.slice(0, options.postUrlMaxCategories).map((name) => options.postSlugify(name, options.categoriesSlugifySeparator));
  const formatted = options.postUrlFormat
    .replaceAll('{categories}', categories.join('/'))
    .replaceAll('{date}', formatDate(post.created, options.postUrlDateFormat, language))
    .replaceAll('{file}', post.file)
    .replaceAll('{slug}', post.slug);
  return `${joinDocs(options.blogDir, formatted.replace(/^\/+|\/+$/g, ''))}.md`;
}

/** MkDocs' title before rendering: front matter `title`, else the first `# ` heading, else the file name. */
function postTitle(meta: Record<string, unknown>, body: string, src: string): string {
  const own = meta['title'];
  if (typeof own === 'string' && own.trim() !== '') return own.trim();
  const heading = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/m.exec(body);
  if (heading?.[1]) return heading[1].trim();
  return titleFromFileName(src);
}

function stringList(value: unknown, key: string, warn: (message: string, line?: number) => void, line: number | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  warn(`front matter ${key} must be a list of names; ignored`, line);
  return [];
}

/** The line (1-based) of a top-level front matter key, for messages. */
function lineOf(source: string, key: string): number | undefined {
  const lines = source.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}
