/**
 * The MkDocs plugins the site runs besides search: Material's `meta` (src/site/meta-files.ts) and
 * `tags` (src/site/tags.ts, src/site/tags-listing.ts), `awesome-pages` (src/site/awesome-pages.ts),
 * `literate-nav` (src/site/literate-nav.ts, its nav resolved by src/nav/literate-nav.ts),
 * `section-index` (src/nav/section-index.ts, applied by the nav stage),
 * git-revision-date-localized (src/site/revision-dates.ts, read here, applied by the meta
 * stage), `macros` (src/site/macros.ts) and `include-markdown` (src/site/include-markdown.ts), both
 * read here and run on each page by the render stage, as is `markdownextradata` (src/site/extradata.ts,
 * rendered by the macros engine), `glightbox` (src/site/glightbox.ts, read
 * here, applied to rendered pages by the meta stage) and Material's `blog` (src/site/blog*.ts: its
 * options read here, its posts placed by the discover stage, its views made by the blog stage),
 * markdown-exec's custom fences (src/site/markdown-exec.ts, added to the extension specs)
 * and `mkdocs-jupyter` (src/site/jupyter.ts: its `.ipynb` pages found by the discover stage and
 * converted by the render stage, src/site/notebook-html.ts), and mkdocs-rss-plugin (`rss`,
 * src/site/rss*.ts: its options read here, its feeds written after the build), Material's
 * `social` (src/site/social*.ts: its options read here, its cards drawn after the build), and
 * mkdocs-static-i18n (`i18n`, src/site/i18n*.ts: its options read here, each page placed in its
 * language by the discover stage, each language's nav, labels and switcher made after),
 * mkdocs-table-reader-plugin and mkdocs-git-revision-date-plugin (src/site/table-reader.ts,
 * src/site/git-revision-date.ts: read here, run on each page by the render stage), and
 * mkdocs-llmstxt (src/site/llmstxt*.ts: read here, its files written after the build), and
 * mkdocs-git-authors-plugin (src/site/git-authors*.ts: read here, its blame read while the pages
 * render and applied by the meta stage).
 * Material's privacy plugin (src/site/privacy*.ts: read here, applied to the prepared site by a build).
 * prepareSite asks here what they change
 * before rendering (the meta file name, attr_list, the listing directive) and lets them work on
 * the rendered pages (meta defaults, listings, each page's tag links).
 *
 *   const plugins = sitePlugins(config);
 *   plugins.metaFile // '.meta.yml' when `meta` is listed, else undefined
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MkdocsConfig } from '../config/index.ts';
import type { ExtensionSpec } from '../markdown/index.ts';
import { awesomeNavPlugin, type AwesomeNavPlugin } from './awesome-nav.ts';
import { awesomePagesPlugin, type AwesomePagesPlugin } from './awesome-pages.ts';
import { literateNavPlugin, type LiterateNavPlugin } from './literate-nav.ts';
import { excludePlugin, type ExcludeFilter } from './exclude-plugin.ts';
import { extraDataPlugin } from './extradata.ts';
import { glightboxPlugin, type GlightboxOptions } from './glightbox.ts';
import { includeMarkdownPlugin, type IncludeMarkdownSettings } from './include-markdown.ts';
import { jupyterPlugin, type JupyterSettings } from './jupyter.ts';
import { blogOptions, type BlogOptions } from './blog-options.ts';
import { macrosPlugin, type MacrosSettings } from './macros.ts';
import { tableReaderPlugin, type TableReaderSettings } from './table-reader.ts';
import { llmstxtOptions, type LlmsOptions } from './llmstxt-options.ts';
import { privacyOptions, type PrivacyOptions } from './privacy-options.ts';
import { gitRevisionDatePlugin, type GitRevisionDateSettings } from './git-revision-date.ts';
import { gitAuthorsOptions, type GitAuthorsOptions } from './git-authors-options.ts';
import { markdownExecPlugin } from './markdown-exec.ts';
import type { SiteMessage } from './messages.ts';
import { DEFAULT_META_FILE, pageMeta, readMetaFiles } from './meta-files.ts';
import { closestListing, findListings, populateListings, type ListingDirective, type Listing, type TaggedPage } from './tags-listing.ts';
import { disallowedTags, drawnTag, isShadowTag, pageTags, sortTags, tagsOptions, type PageTag, type TagsOptions } from './tags.ts';
import { tagLine } from './tags-allowed.ts';
import { revisionDateOptions, type RevisionDateOptions } from './revision-dates.ts';
import { pythonSettings, type PythonSettings } from './mkdocstrings-options.ts';
import { rssOptions, type RssOptions } from './rss-options.ts';
import { socialOptions, type SocialOptions } from './social-options.ts';
import { activePlugins, searchEnabled } from './active-plugins.ts';
import { excludeSearchOptions } from './exclude-search-options.ts';
import type { ExcludeSearchRules } from './exclude-search.ts';
import { i18nOptions, type I18nOptions } from './i18n-options.ts';
import type { PageResult } from './render-pages.ts';
import { htmlText } from '../shared/page-html.ts';

export interface SitePlugins {
  /** The meta plugin's `meta_file`, when it is enabled. */
  readonly metaFile: string | undefined;
  readonly tags: TagsOptions | undefined;
  /** markdown_extensions as the plugins leave them: the tags plugin adds attr_list, as Material's does; markdown-exec adds its custom fences. */
  readonly extensions: readonly ExtensionSpec[];
  readonly listings: ListingDirective | undefined;
  /** The awesome-pages plugin's options (its `.pages` file name among them), when it is enabled. */
  readonly awesomePages: AwesomePagesPlugin | undefined;
  /** The awesome-nav plugin's options (its `.nav.yml` file name, its log levels), when it is enabled. */
  readonly awesomeNav: AwesomeNavPlugin | undefined;
  /** The literate-nav plugin's options (src/site/literate-nav.ts), when it is enabled: its nav files make the nav. */
  readonly literateNav: LiterateNavPlugin | undefined;
  /** mkdocs-section-index is enabled: a section led by an untitled page becomes that page (src/nav/section-index.ts). */
  readonly sectionIndex: boolean;
  /** Material's typeset plugin is enabled: the nav and the ToC show headings' HTML (extensions/toc/typeset.ts, src/nav's `typeset` titles). */
  readonly typeset: boolean;
  /** The git-revision-date-localized plugin's options, when it is listed and enabled (src/site/revision-dates.ts). */
  readonly revisionDates: RevisionDateOptions | undefined;
  /** The macros plugin's settings and variables (src/site/macros.ts), when it is listed and enabled. */
  readonly macros: MacrosSettings | undefined;
  /** The markdownextradata plugin's variables, data files included (src/site/extradata.ts), when it is listed and enabled. */
  readonly extraData: MacrosSettings | undefined;
  /** markdownextradata is listed before macros (MkDocs runs their on_page_markdown in that order). */
  readonly extraDataFirst: boolean;
  /** mkdocs-glightbox's options (src/site/glightbox.ts), when it is listed and enabled. */
  readonly glightbox: GlightboxOptions | undefined;
  /** The include-markdown plugin's settings (src/site/include-markdown.ts), when it is listed. */
  readonly includeMarkdown: IncludeMarkdownSettings | undefined;
  /** mkdocs-table-reader-plugin's settings (src/site/table-reader.ts), when it is listed and enabled. */
  readonly tableReader: TableReaderSettings | undefined;
  /** mkdocs-llmstxt's options (src/site/llmstxt-options.ts), when it is listed, enabled and has a base URL: its files are written after the build. */
  readonly llmstxt: LlmsOptions | undefined;
  /** Material's privacy plugin's options (src/site/privacy-options.ts), when it is listed and enabled: a build self-hosts external assets (src/site/privacy.ts). */
  readonly privacy?: PrivacyOptions | undefined;
  /** mkdocs-exclude-search's rules (src/site/exclude-search.ts), when it is listed, enabled, names something and search is on. */
  readonly excludeSearch?: ExcludeSearchRules | undefined;
  /** mkdocs-git-revision-date-plugin's settings (src/site/git-revision-date.ts), when it is listed and on; the render stage reads the dates. */
  readonly gitRevisionDate: GitRevisionDateSettings | undefined;
  /** mkdocs-git-authors-plugin's options (src/site/git-authors-options.ts), when it is listed and on; the meta stage blames the pages. */
  readonly gitAuthors?: GitAuthorsOptions | undefined;
  /** Material's blog plugin's options (src/site/blog-options.ts), when it is listed and enabled. */
  readonly blog: BlogOptions | undefined;
  /** mkdocstrings' Python handler's search paths (src/site/mkdocstrings.ts), when the plugin is listed and enabled. */
  readonly python: PythonSettings | undefined;
  /** mkdocs-autorefs runs (listed, or brought by mkdocstrings, which needs it): src/site/autorefs.ts resolves its markers. */
  readonly autorefs: boolean;
  /** mkdocs-exclude's filter over docs-relative file paths (src/site/exclude-plugin.ts), when it is listed with patterns. */
  readonly exclude: ExcludeFilter | undefined;
  /** mkdocs-jupyter's settings (src/site/jupyter.ts), when it is listed and enabled: `.ipynb` files become pages. */
  readonly jupyter: JupyterSettings | undefined;
  /** mkdocs-rss-plugin's options (src/site/rss-options.ts), when it is listed and enabled. */
  readonly rss: RssOptions | undefined;
  /** Material's social plugin's options (src/site/social-options.ts), when it is listed and enabled. */
  readonly social: SocialOptions | undefined;
  /** mkdocs-static-i18n's options (src/site/i18n-options.ts), when it is listed and enabled: each page is in one language. */
  readonly i18n: I18nOptions | undefined;
  /** Files and folders the plugins read that `serve` must watch (the macros plugin's include_yaml and include_dir, markdownextradata's data folders, mkdocstrings' Python paths). */
  readonly watch: readonly string[];
  /** Files and folders read with the config (include_yaml files, data folders): a change there reloads everything. */
  readonly dataInputs: readonly string[];
  readonly messages: SiteMessage[];
}

/** Where a plugin is written in mkdocs.yml: file, line and column; undefined when it is not written at the top of `plugins:`. */
export type PluginPlace = (name: string) => { readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined } | undefined;

/**
 * `serve`: the site is previewed (`mkdocs serve`), which shows shadow tags unless `shadow_on_serve: false`.
 * `place` locates each plugin's option warnings at its entry in mkdocs.yml (else at the file).
 */
export function sitePlugins(config: Pick<MkdocsConfig, 'plugins' | 'markdown_extensions' | 'extra' | 'config_file_path'> & Partial<Pick<MkdocsConfig, 'docs_dir' | 'site_url'>> & { readonly theme?: Pick<MkdocsConfig['theme'], 'language'> & Partial<Pick<MkdocsConfig['theme'], 'features'>> | undefined }, serve = false, place: PluginPlace = () => undefined): SitePlugins {
  const plugins = activePlugins(config.plugins);
  const meta = plugins.find((plugin) => plugin.name === 'meta' || plugin.name === 'material/meta');
  const metaFile = meta && meta.options['enabled'] !== false ? (typeof meta.options['meta_file'] === 'string' ? path.posix.basename(meta.options['meta_file']) : DEFAULT_META_FILE) : undefined;
  const { options: tags, problems } = tagsOptions(plugins, config.markdown_extensions, config.extra, serve);
  const awesome = awesomePagesPlugin(plugins);
  const awesomeNav = awesomeNavPlugin(plugins);
  const literate = literateNavPlugin(plugins);
  const sectionIndex = plugins.find((plugin) => plugin.name === 'section-index');
  const sectionIndexProblems = Object.keys(sectionIndex?.options ?? {}).filter((key) => key !== 'enabled').map((key) => `section-index plugin: it has no options; '${key}' ignored`);
  const typeset = plugins.find((plugin) => plugin.name === 'typeset' || plugin.name === 'material/typeset');
  const typesetProblems = Object.keys(typeset?.options ?? {}).filter((key) => key !== 'enabled').map((key) => `typeset plugin: its only option is 'enabled'; '${key}' ignored`);
  const dates = revisionDateOptions(plugins, { language: config.theme?.language ?? 'en', projectDir: path.dirname(config.config_file_path) });
  const macros = macrosPlugin(plugins, config, path.dirname(config.config_file_path));
  const extraData = extraDataPlugin(plugins, config);
  const position = (name: string) => plugins.findIndex((plugin) => plugin.name === name);
  const glightbox = glightboxPlugin(plugins);
  const includeMarkdown = includeMarkdownPlugin(plugins);
  const tableReader = tableReaderPlugin(plugins, config);
  const gitRevisionDate = gitRevisionDatePlugin(plugins, process.env);
  const gitAuthors = gitAuthorsOptions(plugins, serve, path.dirname(config.config_file_path));
  const llmstxt = llmstxtOptions(plugins, config.site_url);
  const excludeSearch = excludeSearchOptions(plugins, searchEnabled(config.plugins));
  const privacy = privacyOptions(plugins);
  const blog = blogOptions(plugins, serve);
  const exclude = excludePlugin(plugins);
  const exec = markdownExecPlugin(plugins, config.markdown_extensions);
  const jupyter = jupyterPlugin(plugins);
  const rss = rssOptions(plugins, config.site_url);
  const social = socialOptions(plugins, config.site_url);
  const i18n = i18nOptions(plugins, config.theme?.features);
  const at = (...names: string[]) => names.map(place).find((found) => found !== undefined) ?? { file: config.config_file_path };
  const located = (found: readonly string[], where: ReturnType<typeof at>): SiteMessage[] => found.map((message) => ({ severity: 'warning', message, ...where }));
  const messages: SiteMessage[] = [
    ...located(problems, at('tags', 'material/tags')),
    ...located(awesome.problems, at('awesome-pages')),
    ...located(awesomeNav.problems, at('awesome-nav')),
    ...located(literate.problems, at('literate-nav')),
    ...located(sectionIndexProblems, at('section-index')),
    ...located(typesetProblems, at('typeset', 'material/typeset')),
    ...located(dates.problems, at('git-revision-date-localized')),
    ...located(macros.problems, at('macros')),
    ...located(extraData.problems, at('markdownextradata')),
    ...located(glightbox.problems, at('glightbox')),
    ...located(includeMarkdown.problems, at('include-markdown')),
    ...located(tableReader.problems, at('table-reader')),
    ...located(gitRevisionDate.problems, at('git-revision-date')),
    ...located(gitAuthors.problems, at('git-authors')),
    ...llmstxt.problems.map((problem): SiteMessage => ({ ...problem, ...at('llmstxt') })),
    ...located(privacy.problems, at('privacy', 'material/privacy')),
    ...excludeSearch.problems.map((problem): SiteMessage => ({ ...problem, ...at('exclude-search') })),
    // A save must not wait on another host: serve shows the assets where they are (src/site/privacy.ts).
    ...(serve && privacy.options ? [{ severity: 'info' as const, message: 'privacy plugin: serve loads external assets from their hosts; a build downloads them', ...at('privacy', 'material/privacy') }] : []),
    ...gitRevisionDate.notes.map((message): SiteMessage => ({ severity: 'info', message, ...at('git-revision-date') })),
    ...located(blog.problems, at('blog', 'material/blog')),
    ...located(exclude.problems, at('exclude')),
    ...located(exec.problems, at('markdown-exec')),
    ...located(jupyter.problems, at('mkdocs-jupyter')),
    ...located(rss.problems, at('rss')),
    ...located(social.problems, at('social', 'material/social')),
    ...located(i18n.problems, at('i18n')),
    // The plugin rebuilds the blog per language itself (reconfigure_material_blog); not done here yet.
    ...located(i18n.options && blog.options ? ["i18n: Material's blog is not localized yet: its posts are built once, in the default language, at their own URLs"] : [], at('i18n')),
    ...macros.yamlProblems.map((problem): SiteMessage => ({ severity: 'warning', ...problem })),
    ...extraData.dataProblems.map((problem): SiteMessage => ({ severity: 'warning', ...problem })),
  ];
  const hasAttrList = exec.extensions.some((spec) => spec.name.endsWith('attr_list'));
  const withAttrList = tags && !hasAttrList ? [...exec.extensions, { name: 'attr_list', options: {} }] : exec.extensions;
  // mkdocstrings and autorefs add their Markdown extensions to every page, as the plugins do;
  // mkdocstrings turns autorefs on itself.
  const enabled = (name: string) => plugins.some((plugin) => plugin.name === name && plugin.options['enabled'] !== false);
  const mkdocstrings = enabled('mkdocstrings');
  const autorefs = mkdocstrings || enabled('autorefs');
  // The extension reads the plugin's own options (its handler's `options:`); the site, its `paths`.
  const mkdocstringsOptions = plugins.find((plugin) => plugin.name === 'mkdocstrings')?.options ?? {};
  const python = mkdocstrings ? pythonSettings(mkdocstringsOptions, path.dirname(config.config_file_path)) : undefined;
  if (python) messages.push(...located(python.problems, at('mkdocstrings')));
  const extensions = [...withAttrList, ...(mkdocstrings ? [{ name: 'mkdocstrings', options: { ...mkdocstringsOptions } }] : []), ...(autorefs ? [{ name: 'autorefs', options: {} }] : [])];
  const listings = tags ? { directive: tags.directive, depth: tags.depth, listings: tags.listings, tagsFile: tags.tagsFile, extraFiles: tags.extraFiles } : undefined;
  return { metaFile, tags, extensions, listings, awesomePages: awesome.options, awesomeNav: awesomeNav.options, literateNav: literate.options, sectionIndex: sectionIndex !== undefined && sectionIndex.options['enabled'] !== false, typeset: typeset !== undefined && typeset.options['enabled'] !== false, revisionDates: dates.options, macros: macros.settings, extraData: extraData.settings, extraDataFirst: position('markdownextradata') < position('macros'), glightbox: glightbox.options, includeMarkdown: includeMarkdown.settings, tableReader: tableReader.settings, gitRevisionDate: gitRevisionDate.settings, gitAuthors: gitAuthors.options, llmstxt: llmstxt.options, privacy: privacy.options, excludeSearch: excludeSearch.rules, blog: blog.options, python: python?.settings, autorefs, exclude: exclude.exclude, jupyter: jupyter.settings, rss: rss.options, social: social.options, i18n: i18n.options, watch: [...macros.watch, ...extraData.folders, ...(python?.watch ?? [])], dataInputs: [...macros.yamlFiles, ...extraData.folders], messages };
}




/**
 * Each page's meta with the `.meta.yml` defaults of its folders under it (the meta plugin); the
 * rendered results are replaced in `rendered`.
 */
export function applyMetaFiles(rendered: Map<string, PageResult>, docsDir: string, metaFiles: readonly string[]): SiteMessage[] {
  const { defaults, messages } = readMetaFiles(docsDir, metaFiles);
  if (defaults.length === 0) return messages;
  for (const [src, result] of rendered) {
    const merged = pageMeta(src, result.meta, defaults);
    for (const problem of merged.problems) messages.push({ severity: 'warning', message: problem, file: path.join(docsDir, src) });
    rendered.set(src, { ...result, meta: merged.meta });
  }
  return messages;
}

/**
 * The tags plugin on rendered, titled pages: every listing filled in (its page's HTML, ToC and
 * ids replaced in `rendered`), and the tags each page draws.
 */
export function applyTags(rendered: Map<string, PageResult>, pages: ReadonlyArray<{ readonly src: string; readonly url: string; readonly title: string }>, options: TagsOptions, docsDir: string): { tagsOf: (src: string) => PageTag[]; tagged: readonly TaggedPage[]; messages: SiteMessage[] } {
  const messages: SiteMessage[] = [];
  const tagged: TaggedPage[] = [];
  const bySrc = new Map<string, TaggedPage>();
  for (const page of pages) {
    const result = rendered.get(page.src);
    if (!result) continue;
    const read = pageTags(result.meta, options);
    if (read.problem) messages.push({ severity: 'warning', message: read.problem, file: path.join(docsDir, page.src) });
    messages.push(...allowListProblems(read.tags, options, docsDir, page.src));
    const entry = { ...page, tags: read.tags, shadow: read.tags.filter((tag) => isShadowTag(tag, options)) };
    bySrc.set(page.src, entry);
    if (read.tags.length > 0) tagged.push(entry);
  }
  const listings: Listing[] = [];
  const byPage = new Map<string, Listing[]>();
  for (const page of bySrc.values()) {
    const result = rendered.get(page.src);
    if (!result) continue;
    const found = findListings(page, htmlText(result.html), options);
    for (const problem of found.problems) messages.push({ severity: 'warning', message: problem, file: path.join(docsDir, page.src) });
    if (found.listings.length === 0) continue;
    listings.push(...found.listings);
    byPage.set(page.src, found.listings);
  }
  for (const [src, own] of byPage) {
    const result = rendered.get(src);
    if (!result) continue;
    const filled = populateListings(htmlText(result.html), result.toc, own, tagged, options);
    // The placeholders' ids and permalinks are gone: the tags' anchors take their place.
    const placeholder = (text: string) => own.some((listing) => text.includes(listing.id));
    const ids = [...result.ids.filter((id) => !placeholder(id)), ...filled.ids];
    rendered.set(src, { ...result, html: filled.html, toc: filled.toc, ids, links: result.links.filter((link) => !placeholder(link.href)) });
  }
  const tagsOf = (src: string): PageTag[] => {
    const page = bySrc.get(src);
    if (!page || !options.drawTags) return [];
    const drawn = options.shadow.show ? page.tags : page.tags.filter((tag) => !page.shadow?.includes(tag));
    return sortTags(drawn, options.tagsSort).map((tag) => drawnTag(tag, options, closestListing(page, tag, listings)?.page));
  };
  return { tagsOf, tagged, messages };
}

/**
 * `tags_allowed`: a located warning per tag a page uses that the list lacks (Material stops the
 * build; `--strict` does here). The line is the tag's in the front matter, else its key's; a tag
 * that a `.meta.yml` gave has none and says so.
 */
function allowListProblems(tags: readonly string[], options: TagsOptions, docsDir: string, src: string): SiteMessage[] {
  const refused = disallowedTags(tags, options);
  if (refused.length === 0) return [];
  const file = path.join(docsDir, src);
  let source = '';
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    // Unreadable now: the message keeps its file, without a line.
  }
  const allowed = [...(options.allowed ?? [])].join(', ');
  return refused.map((tag) => {
    const line = tagLine(source, options.property, tag);
    const origin = line?.exact === true ? '' : ' (set by a .meta.yml file, not in this page)';
    return { severity: 'warning', message: `tag '${tag}' is not in the tags plugin's tags_allowed (${allowed})${origin}`, file, line: line?.line };
  });
}
