/**
 * The variables Material's templates read, built from our config and page model: `config`
 * (with `extra` and `theme`), `page`, `nav`, `base_url`, `lang` and MkDocs' version. Values
 * that are HTML in MkDocs (`page.content`, `config.copyright`) are marked safe; everything else
 * from page data is escaped by the autoescaping environment. Mappings answer Python's dict
 * methods (see pythonic).
 */
import nunjucks from 'nunjucks';
import type { MkdocsConfig } from '../../config/index.ts';
import type { TocEntry } from '../../markdown/index.ts';
import { isIndexFile } from '../../nav/index.ts';
import type { PageModel, SiteInfo } from '../model.ts';
import { blogContext } from './blog-context.ts';
import { navContext } from './nav-context.ts';
import { htmlText } from '../../shared/page-html.ts';

export interface ContextInput {
  /** Material's `lang.t` for this site (labelLookup, src/shared/languages/lookup.ts). */
  readonly translate: (key: unknown) => string;
  readonly config: MkdocsConfig;
  readonly site: SiteInfo;
  readonly page: PageModel;
  /** The URL path the site is served under: `/` or `/guide/`. */
  readonly base: string;
  /** The tags plugin's `tags_name_variable`, when the plugin is on. */
  readonly tagsVariable?: string | undefined;
  /** Each page's meta by docs path, for the nav's pages (`nav_item.meta.icon`); built once per site. */
  readonly pageMeta?: ((src: string) => unknown) | undefined;
  /** Each page's title by docs path (a blog post's `page.parent`, the blog index). */
  readonly pageTitle?: ((src: string) => string | undefined) | undefined;
}

const html = (value: string) => new nunjucks.runtime.SafeString(value);

/** MkDocs' AnchorLink: `title`, `id`, `url` (`#id`), `level`, `children`; `typeset.title` with Material's typeset plugin. */
function anchor(entry: TocEntry): Record<string, unknown> {
  return { title: entry.name, id: entry.id, url: `#${entry.id}`, level: entry.level, children: entry.children.map(anchor), ...typeset(entry.html) };
}

/** Material's typeset plugin's `typeset: { title }`, its HTML safe as templates print it; nothing without one. */
function typeset(title: string | undefined): Record<string, unknown> {
  return title === undefined ? {} : { typeset: { title: html(title) } };
}

/**
 * A copy of YAML data whose mappings also answer Python's dict methods (`get`, `items`, `keys`,
 * `values`), which templates written for Jinja call: `page.meta.get('x', 'y')`,
 * `for k, v in config.extra.items()`. The methods are not enumerable, so loops, `length` and
 * `tojson` see only the data.
 */
function pythonic(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pythonic);
  if (typeof value !== 'object' || value === null || value instanceof nunjucks.runtime.SafeString || value instanceof Date) return value;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pythonic(item)]));
  const methods = {
    get: (key: unknown, fallback: unknown = null) => (typeof key === 'string' && Object.hasOwn(copy, key) ? copy[key] : fallback),
    items: () => Object.entries(copy),
    keys: () => Object.keys(copy),
    values: () => Object.values(copy),
  };
  for (const [name, method] of Object.entries(methods)) Object.defineProperty(copy, name, { value: method, enumerable: false });
  return copy;
}


/** The git-revision-date-localized plugin's meta values that are HTML (its spans; timeago's raw span). */
const HTML_META = /^git_(?:site_revision|revision|creation)_date_localized(?:_raw_timeago)?$/;

/**
 * The page's meta with the plugins' HTML values marked safe, as MkDocs' Jinja (no autoescaping)
 * prints them: Material's partials/source-file.html writes `{{ page.meta.git_revision_date_localized }}`.
 */
function htmlMeta(meta: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, typeof value === 'string' && HTML_META.test(key) ? html(value) : value]));
}

/**
 * The page's drawn tags as Material's tags plugin gives them to templates (its TagReference):
 * `name`, `type` (extra.tags' identifier), `hidden` (a shadow tag), `url` (the closest listing's
 * `tags/#tag:x`, site-relative like `page.url`, for the `url` filter) and `links`.
 *
 * @example pageTagsVariable([{ name: 'Setup', icon: false, listing: { url: 'tags/', anchor: 'tag:setup' } }])[0].url // 'tags/#tag:setup'
 */
function pageTagsVariable(tags: PageModel['tags']): Array<Record<string, unknown>> {
  return (tags ?? []).map((tag) => {
    const url = tag.listing ? `${tag.listing.url}#${tag.listing.anchor}` : undefined;
    return { name: tag.name, type: tag.type, hidden: tag.shadow === true, url, links: url ? [{ title: tag.listing?.title ?? '', url }] : [] };
  });
}

/**
 * The context one page's templates render with.
 *
 * @example templateContext({ config, site, page, base: '/docs/', translate })['base_url'] // '/docs'
 */
export function templateContext(input: ContextInput): Record<string, unknown> {
  const { config, site, page, base, translate, tagsVariable } = input;
  const siteUrl = config.site_url;
  const plugins = Object.fromEntries(config.plugins.map((plugin) => [plugin.name, { config: plugin.options }]));
  const theme = {
    ...config.theme.options,
    name: config.theme.name,
    language: site.language,
    features: config.theme.features,
    // As written (`config.theme.palette is mapping` tells a list of one from a mapping); None without one.
    palette: config.theme.paletteIsList ? config.theme.palette : config.theme.palette[0],
    font: config.theme.font,
    icon: config.theme.icon,
    logo: config.theme.logo,
    favicon: config.theme.favicon,
    direction: site.direction,
  };
  const current: Record<string, unknown> = {
    title: page.title,
    url: page.url,
    abs_url: base + page.url,
    canonical_url: siteUrl === undefined ? undefined : siteUrl + page.url,
    content: html(htmlText(page.html)),
    toc: page.toc.map(anchor),
    meta: pythonic(htmlMeta(page.meta)),
    edit_url: page.editUrl,
    is_homepage: page.url === '',
    is_page: true,
    is_section: false,
    is_link: false,
    is_index: isIndexFile(page.src),
    // MkDocs marks the page it renders active; a page the nav does not list has no parent
    // (navContext sets both for a page it lists).
    active: true,
    children: null,
    parent: null,
    ancestors: [],
    previous_page: page.previous,
    next_page: page.next,
    file: { src_path: page.src, src_uri: page.src, dest_path: page.dest, url: page.url },
  };
  const meta = input.pageMeta ?? (() => undefined);
  // A blog post is drawn active at its index (src/site/blog.ts), as our own nav draws it.
  const nav = navContext({ items: site.nav, current: page.blog?.navSrc ?? page.src, page: current, base, meta, siteName: site.name });
  // The blog plugin's own: a post's parent is the blog index (Material attaches posts there), set after the nav.
  const blog = blogContext(page.blog, page.url, page.blog ? (input.pageTitle?.(page.blog.navSrc) ?? '') : '');
  Object.assign(current, blog.page);
  // Material's base.html: `{% set features = config.theme.features or [] %}`. A nav we prune
  // because it is large (src/nav/prune.ts) is pruned in a site's nav-item.html too.
  const features = site.navPruning.automatic ? [...config.theme.features, 'navigation.prune'] : config.theme.features;
  return {
    config: {
      site_name: config.site_name,
      site_url: siteUrl,
      site_description: config.site_description,
      site_author: config.site_author,
      copyright: config.copyright === undefined ? undefined : html(config.copyright),
      repo_url: config.repo_url,
      repo_name: config.repo_name,
      edit_uri: config.edit_uri,
      use_directory_urls: config.use_directory_urls,
      extra: pythonic(config.extra),
      extra_css: config.extra_css,
      extra_javascript: config.extra_javascript,
      markdown_extensions: config.markdown_extensions.map((spec) => spec.name),
      plugins: pythonic(plugins),
      theme: pythonic(theme),
    },
    page: current,
    // MkDocs' Navigation: its top-level items, iterable, with `items`, `pages` and `homepage`.
    nav,
    features,
    base_url: base.replace(/\/$/, ''),
    lang: { t: translate },
    mkdocs_version: '1.6.1',
    ...(tagsVariable ? { [tagsVariable]: pageTagsVariable(page.tags) } : {}),
    ...gitAuthorsVariables(page),
    ...blog.globals,
  };
}

/**
 * The git-authors plugin's on_page_context (src/site/git-authors.ts): `git_info.page_authors`,
 * which Material's source-file partial draws, and the summaries `git_page_authors` and
 * `git_site_authors` (HTML); nothing for a page the plugin leaves alone.
 */
function gitAuthorsVariables(page: PageModel): Record<string, unknown> {
  const authors = page.sourceFile?.authors;
  if (!authors) return {};
  return { git_info: pythonic({ page_authors: authors.authors }), git_page_authors: html(authors.pageSummary), git_site_authors: html(authors.siteSummary) };
}
