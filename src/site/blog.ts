/**
 * Material's blog plugin on rendered, titled pages (its `on_nav`, `on_page_markdown`,
 * `on_page_content` and `on_page_context`): each post's facts (dates, authors, categories,
 * reading time), each view's excerpts and pagination, the generated views (further index pages,
 * archive and category pages) and the nav with the Archive and Categories sections beside the
 * blog index. The posts were found and placed at their URLs before rendering (blog-posts.ts).
 *
 *   const blog = applyBlog({ options, posts, pages, results, titles, nav, ... });
 *   blog.blogOf('blog/posts/hello.md') // { kind: 'post', indexUrl: 'blog/', post: {...} }
 */
import path from 'node:path';
import { slugFunction } from '../markdown/index.ts';
import { attachSections, type NavPage, type NavResult, type NavSection } from '../nav/index.ts';
import { isLabelKey, type LabelTable } from '../shared/languages/index.ts';
import { readAuthors, type BlogAuthor } from './blog-authors.ts';
import { formatDate, pythonDatetime } from './blog-dates.ts';
import { excerpt, hasSeparator, readtime } from './blog-excerpt.ts';
import { joinDocs, type BlogOptions } from './blog-options.ts';
import type { BlogPost } from './blog-posts.ts';
import { blogViews, categoryPath, pager, type BlogView } from './blog-views.ts';
import type { SiteMessage } from './messages.ts';
import { escapeAttribute } from './html-escape.ts';
import type { PageResult } from './render-pages.ts';
import { htmlText } from '../shared/page-html.ts';

export interface BlogDate {
  /** Python's str(datetime), Material's `datetime` attribute: `2024-01-31 00:00:00`. */
  readonly datetime: string;
  /** post_date_format in the site's language: `January 31, 2024`. */
  readonly text: string;
}

/** What Material's templates read of a post (partials/post.html, blog-post.html). */
export interface BlogPostFacts {
  readonly url: string;
  readonly created: BlogDate;
  readonly updated: BlogDate | undefined;
  readonly categories: ReadonlyArray<{ readonly title: string; readonly url: string }>;
  readonly authors: readonly BlogAuthor[];
  /** Minutes; undefined when post_readtime is off and the post sets none. */
  readonly readtime: number | undefined;
  readonly draft: boolean;
  readonly pin: boolean;
}

/**
 * `navSrc`: the page the nav marks active (Material makes the blog index the active page of
 * each post, and a view's first page that of its further pages).
 */
export type PageBlog =
  | { readonly kind: 'post'; readonly navSrc: string; readonly indexUrl: string; readonly post: BlogPostFacts }
  | {
      readonly kind: 'view';
      readonly navSrc: string;
      /** The URL of the view's first page (the blog plugin's original view), where a further page links to itself. */
      readonly viewUrl: string;
      readonly excerpts: ReadonlyArray<BlogPostFacts & { readonly html: string }>;
      /** The pager's items with the URL of each page; undefined without pagination. */
      readonly pagination: ReadonlyArray<{ readonly kind: 'link' | 'current' | 'dots'; readonly number?: number | undefined; readonly url?: string | undefined }> | undefined;
    };

/** A view that is no file of docs_dir: a further page, an archive or a category. */
export interface GeneratedView {
  readonly view: BlogView;
  readonly html: string;
}

export interface BlogInput {
  readonly options: BlogOptions;
  readonly posts: readonly BlogPost[];
  readonly docsDir: string;
  /** Every built page (src and URL), posts among them. */
  readonly pages: ReadonlyArray<{ readonly src: string; readonly url: string }>;
  readonly results: ReadonlyMap<string, PageResult>;
  readonly titles: ReadonlyMap<string, string>;
  readonly nav: NavResult;
  readonly labels: LabelTable;
  readonly language: string;
  readonly useDirectoryUrls: boolean;
  /** Reads the authors file (default: from disk). */
  readonly read?: ((file: string) => string) | undefined;
}

export interface AppliedBlog {
  readonly nav: NavResult;
  readonly blogOf: (src: string) => PageBlog | undefined;
  readonly generated: readonly GeneratedView[];
  /** Posts oldest to newest, for their previous/next links (Material chains them by date). */
  readonly chain: readonly string[];
  readonly postSrcs: ReadonlySet<string>;
  readonly messages: SiteMessage[];
}

export function applyBlog(input: BlogInput): AppliedBlog {
  const { options, posts, docsDir } = input;
  const messages: SiteMessage[] = [];
  const indexSrc = input.pages.find((page) => page.src === joinDocs(options.blogDir, 'index.md') || page.src === joinDocs(options.blogDir, 'README.md'))?.src;
  // An info: Material silently writes `# Blog` there and draws the same index; only the file is not written here.
  if (indexSrc === undefined) messages.push({ severity: 'info', message: `blog plugin: no ${joinDocs(options.blogDir, 'index.md')}: the blog's index is drawn with the title 'Blog', as Material does (which also writes that file into docs_dir)`, file: path.join(docsDir, options.blogDir) });
  const index = indexSrc === undefined
    ? { src: joinDocs(options.blogDir, 'index.md'), url: options.blogDir === '.' ? '' : `${options.blogDir}/`, title: 'Blog' }
    : { src: indexSrc, url: input.pages.find((page) => page.src === indexSrc)?.url ?? '', title: input.titles.get(indexSrc) ?? 'Blog' };
  const views = blogViews(options, posts, index, { useDirectoryUrls: input.useDirectoryUrls, language: input.language });

  const authorsFile = path.join(docsDir, options.authorsFile);
  const read = options.authors ? readAuthors(authorsFile, input.read) : { authors: new Map<string, BlogAuthor>(), messages: [] };
  messages.push(...read.messages);
  const categoryUrl = new Map(views.filter((view) => view.kind === 'category' && view.page === 1).map((view) => [view.src, view.url]));
  const facts = new Map<string, BlogPostFacts>();
  for (const post of posts) {
    const file = path.join(docsDir, post.src);
    // A blog post's readtime and separator read its HTML whole (page-html.ts: a file's is read here).
    const html = htmlText(input.results.get(post.src)?.html ?? '');
    const authors = options.authors ? post.authors.flatMap((id) => {
      const author = read.authors.get(id);
      if (!author) messages.push({ severity: 'warning', message: `blog post: author '${id}' is not in ${options.authorsFile}; not drawn (Material stops the build)`, file });
      return author ? [author] : [];
    }) : [];
    const date = (value: Date): BlogDate => ({ datetime: pythonDatetime(value), text: formatDate(value, options.postDateFormat, input.language) });
    const updated = post.dates.others.get('updated');
    facts.set(post.src, {
      url: post.url,
      created: date(post.dates.created),
      updated: updated && date(updated),
      categories: options.categories ? post.categories.map((name) => ({ title: name, url: categoryUrl.get(categoryPath(options, name)) ?? '' })) : [],
      authors,
      readtime: post.readtime ?? (options.postReadtime ? readtime(html, options.postReadtimeWordsPerMinute) : undefined),
      draft: post.draft,
      pin: post.pin,
    });
    if (options.postExcerpt === 'required' && !hasSeparator(html, options.postExcerptSeparator)) {
      messages.push({ severity: 'warning', message: `blog post: no '${options.postExcerptSeparator}' separator, which post_excerpt: required asks for; its whole content is its excerpt (Material stops the build)`, file });
    }
  }

  const titleOf = (src: string) => input.titles.get(src) ?? posts.find((post) => post.src === src)?.title ?? src;
  const byView = new Map<string, PageBlog>();
  for (const view of views) {
    const excerpts = view.posts.flatMap((src) => {
      const post = facts.get(src);
      if (!post) return [];
      const cut = excerpt(htmlText(input.results.get(src)?.html ?? ''), { postUrl: post.url, viewUrl: view.url, title: titleOf(src), separator: options.postExcerptSeparator });
      return [{ ...post, authors: post.authors.slice(0, options.postExcerptMaxAuthors), categories: post.categories.slice(0, options.postExcerptMaxCategories), html: cut.html }];
    });
    const pagination = options.pagination
      ? pager(view.page, view.pages.length, options.paginationIfSinglePage).map((item) => ({ ...item, url: item.number === undefined ? undefined : view.pages[item.number - 1]?.url }))
      : undefined;
    byView.set(view.src, { kind: 'view', navSrc: view.pages[0]?.src ?? view.src, viewUrl: view.pages[0]?.url ?? view.url, excerpts, pagination });
  }
  const generated = views.filter((view) => view.src !== indexSrc).map((view) => ({ view, html: `<h1 id="${slugId(view.title)}">${escapeAttribute(view.title)}</h1>` }));

  const section = (name: string, kind: BlogView['kind']): NavSection | undefined => {
    const children = views.filter((view) => view.kind === kind && view.page === 1).map((view): NavPage => ({ kind: 'page', title: view.title, src: view.src, url: view.url }));
    return children.length === 0 && kind === 'category' ? undefined : { kind: 'section', title: label(name, input.labels), children };
  };
  const sections = [options.archive ? section(options.archiveName, 'archive') : undefined, options.categories ? section(options.categoriesName, 'category') : undefined].filter((item) => item !== undefined);
  const nav = indexSrc === undefined ? input.nav : attachSections(input.nav, indexSrc, sections);

  const postSrcs = new Set(posts.map((post) => post.src));
  const blogOf = (src: string): PageBlog | undefined => {
    const post = facts.get(src);
    if (post) return { kind: 'post', navSrc: index.src, indexUrl: index.url, post };
    return byView.get(src);
  };
  const chain = [...posts].sort((a, b) => a.dates.created.getTime() - b.dates.created.getTime()).map((post) => post.src);
  return { nav, blogOf, generated, chain, postSrcs, messages };
}

/** A label key (`blog.archive`) in the site's language, or the name as written. */
function label(name: string, labels: LabelTable): string {
  return isLabelKey(name) ? labels[name] : name;
}

/** Python-Markdown's default toc slug for a generated view's heading (`2024`, `news`). */
const defaultSlug = slugFunction(undefined);
function slugId(title: string): string {
  return defaultSlug ? defaultSlug(title, '-') : title;
}
