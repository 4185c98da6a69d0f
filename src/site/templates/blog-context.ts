/**
 * What Material's blog plugin adds to the context of its pages (material/plugins/blog: the
 * `Post`, `Excerpt` and `View` pages, `on_page_context`, `on_env`): on a post, `page.authors`,
 * `page.categories` and `page.config` (`date.created`, `date.updated`, `readtime`, `draft`, `pin`)
 * with `page.parent` the blog index; on a view, `posts` (each excerpt: `url`, `content`,
 * `authors`, `categories`, `config`) and `pagination`, a callable that writes python-paginate's
 * pager, as partials/pagination.html calls it. A date prints as Python's `str(datetime)` and the
 * plugin's `date` filter gives it in `post_date_format`.
 *
 *   {{ page.config.date.created }}          -> 2024-01-31 00:00:00
 *   {{ page.config.date.created | date }}   -> January 31, 2024
 *
 * The plugin also patches the `url` filter (viewLink): on a view's further page, a link to the
 * page itself leads to the view's first page.
 */
import nunjucks from 'nunjucks';
import type { BlogDate, BlogPostFacts, PageBlog } from '../blog.ts';
import { relativeUrl } from '../links.ts';

/** A post's date: Python's str(datetime) when printed, its formatted text through `date`. */
export class PostDate {
  readonly datetime: string;
  readonly text: string;
  constructor(date: BlogDate) {
    this.datetime = date.datetime;
    this.text = date.text;
  }
  toString(): string {
    return this.datetime;
  }
}

/** The blog plugin's `date` filter: a post's date in post_date_format; anything else as it prints. */
export function dateFilter(value: unknown): string {
  return value instanceof PostDate ? value.text : String(value ?? '');
}

/** The context variable that holds a view's first-page URL (hidden from templates by its name). */
const VIEW_URL = '__mkdocs_astro_view_url';

/** A template context's variables: nunjucks calls a filter or global with its Context as `this`. */
export function contextVariables(context: unknown): Record<string, unknown> {
  return typeof context === 'object' && context !== null && 'ctx' in context && typeof context.ctx === 'object' && context.ctx !== null ? { ...context.ctx } : {};
}

/**
 * The blog plugin's `url_filter_with_pagination` before MkDocs' own `url`: on a view (any of its
 * pages), a URL equal to `page.url` becomes the view's first page's, so a further page never
 * links to itself; anything else, and on any other page, is left as it is.
 *
 * @example viewLink(contextOf('blog/page/2/'), 'blog/page/2/') // 'blog/'
 */
export function viewLink(context: unknown, url: unknown): unknown {
  const vars = contextVariables(context);
  const viewUrl = vars[VIEW_URL];
  const page = vars['page'];
  const pageUrl = typeof page === 'object' && page !== null && 'url' in page ? page.url : undefined;
  return typeof viewUrl === 'string' && url === pageUrl ? viewUrl : url;
}

/** What templates read of a post, on its own page or as an excerpt on a view. */
function postFields(post: BlogPostFacts): Record<string, unknown> {
  return {
    authors: post.authors.map((author) => ({ ...author })),
    categories: post.categories.map((category) => ({ ...category })),
    config: {
      date: { created: new PostDate(post.created), updated: post.updated && new PostDate(post.updated) },
      readtime: post.readtime,
      draft: post.draft,
      pin: post.pin,
    },
  };
}

type Pager = NonNullable<Extract<PageBlog, { kind: 'view' }>['pagination']>;

/**
 * python-paginate's `make_html_tag`: attributes in the order given (a leading `_` dropped, as
 * in `_class`), written as they are (paginate escapes nothing).
 */
function openTag(name: string, attributes: Readonly<Record<string, unknown>>): string {
  return `<${name}${Object.entries(attributes).map(([key, value]) => ` ${key.replace(/^_+/, '')}="${String(value)}"`).join('')}>`;
}

const attributesOf = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? { ...value } : {});

/** Text in a span with `attributes`, or bare without any (paginate's dotdot and current page). */
const wrapped = (text: string, attributes: Readonly<Record<string, unknown>>) => (Object.keys(attributes).length > 0 ? `${openTag('span', attributes)}${text}</span>` : text);

/**
 * The view's `pagination(args)`: python-paginate 0.5's `pager(format="~2~")` output, its links
 * relative to the page (as Material's url_maker makes them) with `href` before `link_attr`,
 * the current page and the dots in spans of `curpage_attr` and `dotdot_attr`, items joined by
 * `separator` (a space).
 *
 * @example pagination(items, 'blog/')({ link_attr: { class: 'l' } }) // '1 <a href="page/2/" class="l">2</a>'
 */
export function pagination(items: Pager, pageUrl: string): (args?: unknown) => nunjucks.runtime.SafeString {
  return (args) => {
    const options = attributesOf(args);
    const separator = typeof options['separator'] === 'string' ? options['separator'] : ' ';
    const dots = typeof options['symbol_dotdot'] === 'string' ? options['symbol_dotdot'] : '..';
    const html = items.map((item) => {
      if (item.kind === 'dots') return wrapped(dots, attributesOf(options['dotdot_attr']));
      if (item.kind === 'current') return wrapped(String(item.number), attributesOf(options['curpage_attr']));
      return `${openTag('a', { href: relativeUrl(pageUrl, item.url ?? ''), ...attributesOf(options['link_attr']) })}${String(item.number)}</a>`;
    });
    return new nunjucks.runtime.SafeString(html.join(separator));
  };
}

/**
 * The blog plugin's additions for one page: `page` fields (a post's) and top-level variables
 * (a view's `posts` and `pagination`); nothing for a page the plugin does not own.
 */
export function blogContext(blog: PageBlog | undefined, pageUrl: string, indexTitle: string): { page: Record<string, unknown>; globals: Record<string, unknown> } {
  if (blog === undefined) return { page: {}, globals: {} };
  if (blog.kind === 'post') return { page: { ...postFields(blog.post), parent: { title: indexTitle, url: blog.indexUrl, is_section: false, is_page: true } }, globals: {} };
  const posts = blog.excerpts.map((excerpt) => ({ ...postFields(excerpt), url: excerpt.url, content: new nunjucks.runtime.SafeString(excerpt.html) }));
  return { page: {}, globals: { posts, pagination: blog.pagination ? pagination(blog.pagination, pageUrl) : null, [VIEW_URL]: blog.viewUrl } };
}
