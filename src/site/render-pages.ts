/**
 * The render stage: every page read and rendered, on several CPU cores when the site is big
 * enough to pay for it. Pages are split by size between this thread and workers (child
 * processes running src/site/render-worker.ts), each with its own renderer built from the same
 * plain settings; results come back in page order, so the output and the messages do not
 * depend on the split.
 * Big Markdown is rendered off the main thread altogether (see threadPlan): a worker's memory, with
 * the garbage rendering makes, is given back whole when it ends, and it posts each page as soon
 * as it is done, so only the pages themselves stay behind in the build's heap.
 *
 * A worker that cannot start or dies hands its pages back: they are rendered here, with one
 * info message, so parallelism can only change how long a build takes, never what it makes.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileSize } from '../shared/file-size.ts';
import { createIconIndex, createRenderer, type ExtensionSpec, type IconIndex, type Renderer, type RendererOptions, type RenderResult } from '../markdown/index.ts';
import { createLinkResolver, docsFilesOf, type LinkIndex } from './links.ts';
import type { SiteMessage } from './messages.ts';
import { cacheEntry, FileHashes, linkCheck, plainNotes, reusable, settingsKey, type CachedPage, type RenderCache } from './render-cache.ts';
import { failedPageHtml, readPageSource, type PageSource } from './page-source.ts';
import type { IncludeMarkdownSettings } from './include-markdown.ts';
import type { JupyterSettings } from './jupyter.ts';
import { notebookPages, renderNotebookPage, type NotebookPages } from './notebook-page.ts';
import { createIncludeMarkdown, type IncludeMarkdown, type IncludeMarkdownOutcome } from './include-markdown-render.ts';
import type * as MacrosRender from './macros-render.ts';
import type { Macros, MacrosOutcome } from './macros-render.ts';
import type { PageAuthors } from './git-authors.ts';
import { applyRevisionDate, revisionDateTemplates, type GitRevisionDates, type RevisionDateOutcome } from './git-revision-date.ts';
import { applyTableReader, tableReaderFunctions, type TableReaderOutcome, type TableReaderSettings } from './table-reader.ts';
import type { MacrosSettings } from './macros.ts';
import { admonitionTitlesHook, type AdmonitionTitles } from './i18n-admonitions.ts';
import { markListings, type ListingDirective } from './tags-listing.ts';
import type * as Mkdocstrings from './mkdocstrings.ts';
import type { PythonSettings } from './mkdocstrings-options.ts';
import { OFF_MAIN_BYTES, renderInWorker, SPILL_CHARS, type RendererNotes, type SpareWorker } from './render-process.ts';
import type { PageHtml } from '../shared/page-html.ts';

/** What every thread needs to build the same renderer: plain data, copied to the workers. */
export interface RenderSettings {
  readonly extensions: readonly ExtensionSpec[];
  readonly projectDir: string;
  readonly docsDir: string;
  readonly iconDirs: readonly string[];
  readonly links: LinkIndex;
  /** mkdocs.yml's `use_directory_urls` (default true): material.extensions.preview reads links as MkDocs does with it. */
  readonly useDirectoryUrls?: boolean | undefined;
  /** The tags plugin's listing directives, marked in each page's Markdown (src/site/tags-listing.ts). */
  readonly listings?: ListingDirective | undefined;
  /** The macros plugin's settings and variables (src/site/macros.ts), when it is on. */
  readonly macros?: MacrosSettings | undefined;
  /** The markdownextradata plugin's (src/site/extradata.ts), when it is on; rendered by the same engine. */
  readonly extraData?: MacrosSettings | undefined;
  /** markdownextradata is listed before macros: its templates are rendered first. */
  readonly extraDataFirst?: boolean | undefined;
  /** The include-markdown plugin's settings (src/site/include-markdown.ts), when it is on. */
  readonly includeMarkdown?: IncludeMarkdownSettings | undefined;
  /** The table-reader plugin's settings (src/site/table-reader.ts), when it is on. */
  readonly tableReader?: TableReaderSettings | undefined;
  /** The git-revision-date plugin's settings and each file's date (src/site/git-revision-date.ts), when it is on. */
  readonly gitRevisionDate?: GitRevisionDates | undefined;
  /** mkdocs-jupyter's settings (src/site/jupyter.ts), when it is on: `.ipynb` pages are notebooks. */
  readonly jupyter?: JupyterSettings | undefined;
  /** Material's typeset plugin is on: each ToC entry carries its heading's HTML. */
  readonly typeset?: boolean | undefined;
  /** mkdocstrings' Python handler's search paths (src/site/mkdocstrings.ts), when the plugin is on. */
  readonly python?: PythonSettings | undefined;
  /** Pages read from another docs file than their `src` (the i18n plugin's fallback copies): src → file. */
  readonly sources?: Readonly<Record<string, string>> | undefined;
  /**
   * The i18n plugin's `admonition_translations` of each language that has some, by locale (a
   * page's language is in `links.i18n`), and whether pymdownx.details' blocks count too.
   */
  readonly admonitionTitles?: AdmonitionTitles | undefined;
}

/**
 * A page's render result as the site holds it: its HTML in a file when a worker rendered it big
 * and the build keeps such pages' HTML out of its memory (src/shared/page-html.ts).
 */
export interface PageResult extends Omit<RenderResult, 'html'> {
  readonly html: PageHtml;
  /** mkdocs-git-authors-plugin's authors of the page (src/site/git-authors.ts), set by the meta stage. */
  readonly gitAuthors?: PageAuthors | undefined;
}

/** One page's result and the messages about it (absolute file paths). */
export interface RenderedPage {
  readonly src: string;
  readonly result: PageResult;
  readonly messages: SiteMessage[];
  /** Made with the clock or the last commit (the macros plugin's `now()`, `git`), or from an include-markdown glob: never reused by a later build. */
  readonly volatile?: boolean | undefined;
}

export interface RenderOptions {
  /** Exactly this many threads (default: by the number of pages to render and the cores). */
  readonly threads?: number | undefined;
  /** The last build's pages: those made from the same inputs are reused. */
  readonly cache?: RenderCache | undefined;
  /**
   * The renderer's code hash (render-cache.ts rendererCode), or how to take it (a session keeps it
   * once taken): taken only when the cache key is, which a cold build's takes after its workers
   * have their pages (~20-30 ms of reading ~900 files, off its critical path).
   */
  readonly code?: string | (() => string) | undefined;
  /** From how many characters a worker's page HTML comes back as a file (default SPILL_CHARS, or every page with `htmlDir`; tests set fewer). */
  readonly spillChars?: number | undefined;
  /** From how many bytes of Markdown the main thread renders none (default OFF_MAIN_BYTES; tests set fewer). */
  readonly offMainBytes?: number | undefined;
  /** From how many bytes of Markdown to render every worker's page stays in a file under `htmlDir` (default OFF_MAIN_BYTES; tests set fewer). */
  readonly filesFromBytes?: number | undefined;
  /** A worker already started, for the first share, or for the pages this thread would render (render-process.ts startSpareWorker). */
  readonly spare?: SpareWorker | undefined;
  /** From how many bytes of Markdown to render the workers start with a big site's flags (default OFF_MAIN_BYTES; tests set fewer). */
  readonly bigFromBytes?: number | undefined;
  /**
   * Where the HTML of the pages a render worker wrote stays, read only where it must be (src/shared/
   * page-html.ts): a build's workspace, gone with it. Without one, a big page's is read back whole.
   */
  readonly htmlDir?: string | undefined;
  /** Told the pages taken from the cache, before any other renders (which wait for what it returns); not told when there is none. */
  readonly onCached?: ((pages: readonly string[]) => Promise<void> | undefined) | undefined;
}

export interface RenderedSite {
  /** Every page, in the order asked for. */
  readonly pages: Map<string, RenderedPage>;
  /** About the render stage itself (a worker that stopped). */
  readonly messages: SiteMessage[];
  /** How many pages came from the cache. */
  readonly reused: number;
  /** The pages rendered (not taken from the cache), in the order asked for. */
  readonly rendered: string[];
  /** What the next build may reuse. */
  readonly cache: RenderCache;
  /** What a renderer that rendered pages said of the settings (this process's or a worker's); undefined when none rendered. */
  readonly notes?: RendererNotes | undefined;
}

/** Below this many pages a worker's start-up (loading the renderer) costs more than it saves. */
const MIN_PAGES_PER_THREAD = 24;
/** Beyond a few threads the renderer's module loading and memory outweigh the gain. */
const MAX_THREADS = 4;

/** What renderOne runs on each page's Markdown besides the renderer: the plugins' `on_page_markdown`. */
export interface PageHooks {
  readonly listings?: ListingDirective | undefined;
  readonly macros?: Macros | undefined;
  readonly extraData?: Macros | undefined;
  readonly extraDataFirst?: boolean | undefined;
  readonly includeMarkdown?: IncludeMarkdown | undefined;
  /** The table-reader plugin's tags, when it runs on its own (not as macros functions). */
  readonly tableReader?: TableReaderSettings | undefined;
  /** The git-revision-date plugin: its dates, and its own Jinja rendering when macros does not render the page. */
  readonly revisionDate?: { readonly dates: GitRevisionDates; readonly templates: Macros | undefined } | undefined;
  /** mkdocs-jupyter: how `.ipynb` pages are converted instead of rendered as Markdown. */
  readonly notebooks?: NotebookPages | undefined;
  /** The i18n plugin: a page's Markdown with its untitled admonitions titled in its language (src/site/i18n-admonitions.ts). */
  readonly admonitionTitles?: ((src: string, markdown: string) => string) | undefined;
}

/** The page hooks for `settings`: one macros environment (and include-markdown expander) per thread, shared by its pages. */
export function pageHooksFor(settings: RenderSettings, renderer?: Renderer): PageHooks {
  return {
    notebooks: settings.jupyter && renderer ? notebookPages(settings.jupyter, renderer) : undefined,
    listings: settings.listings,
    // With macros listed, table-reader's readers are macros functions and its own hook does nothing.
    macros: settings.macros ? createMacros(settings.macros, settings.docsDir, settings.links, settings.tableReader?.asMacros ? tableReaderFunctions(settings.tableReader) : {}) : undefined,
    tableReader: settings.tableReader && !settings.tableReader.asMacros ? settings.tableReader : undefined,
    revisionDate: settings.gitRevisionDate ? { dates: settings.gitRevisionDate, templates: settings.gitRevisionDate.mode === 'render' ? createMacros(revisionDateTemplates(settings.projectDir, settings.docsDir), settings.docsDir, settings.links) : undefined } : undefined,
    extraData: settings.extraData ? createMacros(settings.extraData, settings.docsDir, settings.links) : undefined,
    extraDataFirst: settings.extraDataFirst,
    includeMarkdown: settings.includeMarkdown ? createIncludeMarkdown(settings.includeMarkdown, settings.docsDir) : undefined,
    admonitionTitles: admonitionTitlesHook(settings.admonitionTitles, settings.links.i18n?.languageOf),
  };
}

/**
 * The macros plugin's templates (nunjucks and the Jinja shims: ~40 modules), loaded when a page
 * hook needs them: a render worker imports this file before its renderer (its static imports were
 * 219 modules with them, 178 without), and most sites have no template to render.
 */
function createMacros(...args: Parameters<typeof MacrosRender.createMacros>): Macros {
  return (createRequire(import.meta.url)('./macros-render.ts') as typeof MacrosRender).createMacros(...args);
}

/** `worker`: what a render worker adds to the renderer (heap-keeper.ts, render-process.ts postedPage). */
export function rendererFor(settings: RenderSettings, icons: IconIndex = createIconIndex(settings.iconDirs), worker: Pick<RendererOptions, 'afterPiece' | 'htmlBytesFrom'> = {}): Renderer {
  return createRenderer({
    ...worker,
    icons,
    extensions: settings.extensions,
    projectDir: settings.projectDir,
    docsDir: settings.docsDir,
    resolveLink: createLinkResolver(settings.links),
    files: docsFilesOf(settings.links, settings.useDirectoryUrls ?? true),
    typeset: settings.typeset,
    python: settings.python ? pythonCollection(settings.python) : undefined,
  });
}

/**
 * mkdocstrings' Python collection (src/python's static analysis and its Python parser: 23
 * modules), loaded only for a site with the plugin, as the macros plugin's templates are.
 */
function pythonCollection(settings: PythonSettings): ReturnType<typeof Mkdocstrings.pythonCollection> {
  return (createRequire(import.meta.url)('./mkdocstrings.ts') as typeof Mkdocstrings).pythonCollection(settings);
}

/**
 * Below this many cores the render stage stays on one thread. Measured on a 2-core machine
 * (Privacy Guides, 123 pages): two threads rendered in 4.8-6.4 s against 4.1-5.6 s for one, since
 * two renderers at once each run about 40% slower there (also as two processes) and a thread
 * first spends 0.7 s loading the renderer. A second worker started only once this process had
 * nothing left to do (a cold build's, when Astro waits for the pages), taking half of what the
 * first had left, gained nothing either: the 2,000-page site's render phase 21.4-22.2 s against
 * 21.5-22.3 s, the corpus's 4.38 s against 4.43 s (5 alternating builds), as one worker already
 * keeps ~1.3 cores busy (its garbage collector's threads). Not yet measured on a machine with 4
 * cores or more.
 */
const MIN_CORES = 4;

/**
 * How many threads to render `pages` pages with: `requested`, or, with MIN_CORES cores or more,
 * one per core up to MAX_THREADS.
 */
export function threadCount(pages: number, requested?: number, cores: number = availableParallelism()): number {
  const wanted = requested ?? (cores < MIN_CORES ? 1 : Math.min(cores, MAX_THREADS));
  return Math.max(1, Math.min(wanted, Math.floor(pages / MIN_PAGES_PER_THREAD)));
}


/** Who renders: the main thread or not, and how many workers beside it. */
export interface ThreadPlan {
  readonly main: boolean;
  readonly workers: number;
}

/**
 * Exactly `requested` threads, this one among them; or threadCount's for `pages` pages, all of
 * them workers when the pages' Markdown is big (OFF_MAIN_BYTES), as one page of 10 MB is.
 */
export function threadPlan(pages: number, bytes: number, requested?: number, cores: number = availableParallelism(), offMainBytes = OFF_MAIN_BYTES): ThreadPlan {
  if (requested !== undefined) return { main: true, workers: Math.max(0, requested - 1) };
  const threads = threadCount(pages, undefined, cores);
  return bytes >= offMainBytes ? { main: false, workers: threads } : { main: true, workers: threads - 1 };
}

/**
 * Renders `pages` (docs-relative sources) with `renderer` here and worker threads.
 *
 * @example
 *   const rendered = await renderPages(settings, renderer, ['index.md', 'about.md'], { threads: 1 });
 *   rendered.pages.get('index.md')?.result.html; // '<h1 id="home">Home</h1>…'
 */
export async function renderPages(settings: RenderSettings, renderer: Renderer | (() => Renderer), pages: readonly string[], options: RenderOptions = {}): Promise<RenderedSite> {
  // What the last build made and nothing has changed for is taken as it is (src/site/render-cache.ts).
  // Without a last build, the cache key (a hash of the renderer's ~900 source files) is taken
  // once the workers have their pages, which a cold build's worker waits for, as this process's
  // renderer is made only when it renders a page. A page's hash is taken before it is read.
  let key: string | undefined;
  const keyOf = (): string => (key ??= settingsKey(settings, typeof options.code === 'function' ? options.code() : options.code));
  const files = new FileHashes();
  const sourceHashes = new Map<string, string>();
  const hashOf = (src: string): string | undefined => {
    const hash = files.of(path.join(settings.docsDir, settings.sources?.[src] ?? src));
    if (hash !== undefined) sourceHashes.set(src, hash);
    return hash;
  };
  // What each page's links resolve to, kept with it (render-cache.ts LinkCheck).
  const links = linkCheck(settings);
  const results = new Map<string, RenderedPage>();
  const toRender: string[] = [];
  for (const src of pages) {
    const hash = hashOf(src);
    const cached = hash === undefined || !options.cache ? undefined : reusable(options.cache, keyOf(), src, hash, files, links);
    if (cached) results.set(src, cached);
    else toRender.push(src);
  }
  const reused = results.size;
  const fromCache = new Set(results.keys());
  if (reused > 0) await options.onCached?.([...results.keys()]);

  const sized = toRender.map((src) => ({ src, bytes: fileSize(path.join(settings.docsDir, settings.sources?.[src] ?? src)) }));
  const bytes = sized.reduce((sum, page) => sum + page.bytes, 0);
  const big = bytes >= (options.bigFromBytes ?? OFF_MAIN_BYTES);
  // Nothing to render (all reused): no worker is started for nothing.
  const planned = sized.length === 0 ? { main: true, workers: 0 } : threadPlan(sized.length, bytes, options.threads, undefined, options.offMainBytes);
  // A spare worker has loaded the renderer while the build found what to render: it renders
  // what this thread would have had to load a renderer for first, as a rebuild's few changed
  // pages. Not one started with Node's young generation for big Markdown (WORKER_V8_FLAGS: its
  // memory); a big site's flags on small Markdown only render it a little slower. One that is
  // not taken ends now.
  const spare = options.spare && !(options.spare.big === false && big) ? options.spare : undefined;
  const plan = spare && sized.length > 0 && options.threads === undefined && planned.workers === 0 ? { main: false, workers: 1 } : planned;
  if (plan.workers === 0 || !spare) options.spare?.dispose();
  const shares = splitBySize(sized, plan.workers + (plan.main ? 1 : 0));
  const own = plan.main ? shares.shift() ?? [] : [];
  const messages: SiteMessage[] = [];
  // Kept in files, every page a worker renders stays out of this process's heap, not only a big
  // one: the 2,000-page site's pages (its Markdown is over OFF_MAIN_BYTES) held ~85 MB of HTML
  // strings here when Astro's bundler started, the build's peak. A smaller site's pages (a cold
  // build renders them in a worker while Astro loads) stay strings: only a big page goes to a file.
  const spillChars = options.spillChars ?? (options.htmlDir !== undefined && bytes >= (options.filesFromBytes ?? OFF_MAIN_BYTES) ? 0 : SPILL_CHARS);
  const started = shares.map((share, index) => renderInWorker({ settings, pages: share, spillChars }, (page) => results.set(page.src, page), options.htmlDir, index === 0 ? spare : undefined, big));
  let here: { readonly renderer: Renderer; readonly hooks: PageHooks } | undefined;
  const renderHere = (src: string): RenderedPage => {
    if (!here) {
      const made = typeof renderer === 'function' ? renderer() : renderer;
      here = { renderer: made, hooks: pageHooksFor(settings, made) };
    }
    return renderOne(here.renderer, src, settings.docsDir, here.hooks, settings.sources?.[src]);
  };
  for (const src of own) results.set(src, renderHere(src));
  // The cache key, taken while the workers render.
  keyOf();
  const fromWorkers = await Promise.all(started);
  let fromWorker: RendererNotes | undefined;
  for (const [index, outcome] of fromWorkers.entries()) {
    if (outcome.kind === 'done') {
      fromWorker ??= outcome.notes;
      continue;
    }
    // The pages it posted are kept; the others are rendered here.
    const left = (shares[index] ?? []).filter((src) => !results.has(src));
    messages.push({ severity: 'info', message: `a render thread stopped (${outcome.reason}); its ${left.length} pages left were rendered in the main thread` });
    for (const src of left) results.set(src, renderHere(src));
  }
  // What a renderer says of the settings: this thread's, a worker's, or, when every page came
  // from the cache (made with the same settings), what the cache kept of it.
  const notes = here?.renderer ?? fromWorker ?? (reused > 0 ? options.cache?.notes : undefined);
  // Page order, whoever rendered them: the same output and messages for any split.
  const ordered = new Map<string, RenderedPage>();
  const cachePages = new Map<string, CachedPage>();
  for (const src of pages) {
    const page = results.get(src);
    if (!page) continue;
    ordered.set(src, page);
    const hash = sourceHashes.get(src);
    // A reused page's links resolve as they did (reusable checked it against another index): not resolved again.
    const linked = links === undefined ? undefined : (fromCache.has(src) ? options.cache?.pages.get(src)?.linked : undefined) ?? links.of(page);
    const entry = hash === undefined ? undefined : cacheEntry(page, hash, files, linked);
    if (entry) cachePages.set(src, entry);
  }
  return { pages: ordered, messages, reused, rendered: toRender, cache: { settings: keyOf(), pages: cachePages, ...(links ? { links: links.index } : {}), ...(notes ? { notes: plainNotes(notes) } : {}) }, notes };
}

/** Splits pages into `threads` shares of about equal bytes, biggest first (greedy). */
function splitBySize(pages: ReadonlyArray<{ readonly src: string; readonly bytes: number }>, threads: number): string[][] {
  if (threads <= 1) return [pages.map((page) => page.src)];
  const shares = Array.from({ length: threads }, (): { bytes: number; pages: string[] } => ({ bytes: 0, pages: [] }));
  for (const page of [...pages].sort((a, b) => b.bytes - a.bytes)) {
    const lightest = shares.reduce((min, share) => (share.bytes < min.bytes ? share : min));
    lightest.bytes += page.bytes;
    lightest.pages.push(page.src);
  }
  return shares.map((share) => share.pages);
}


/**
 * One page, read and rendered. Whatever goes wrong stays with this page: an unreadable file or
 * a renderer failure is a warning at the page's file, and the page is still written, with a
 * notice and its source as text, so no page disappears and the other pages are untouched.
 */
/** `from`: the docs file to read when it is not `src` (an i18n fallback copy, read from the default language's file). */
export function renderOne(renderer: Renderer, src: string, docsDir: string, hooks: PageHooks = {}, from: string = src): RenderedPage {
  // A notebook is converted, not rendered: the page's plugins' Markdown hooks do not see it (mkdocs-jupyter replaces the page's render).
  if (hooks.notebooks && src.toLowerCase().endsWith('.ipynb')) {
    try {
      return { src, ...renderNotebookPage(hooks.notebooks, src, docsDir) };
    } catch (cause) {
      const reason = `the notebook could not be converted: ${cause instanceof Error ? cause.message : String(cause)}`;
      return { src, result: failedPage(reason, ''), messages: [{ severity: 'warning', message: `${reason}; it is written with a notice instead (please report this)`, file: path.join(docsDir, src) }] };
    }
  }
  const file = path.join(docsDir, from);
  const messages: SiteMessage[] = [];
  let source: PageSource;
  try {
    source = readPageSource(readFileSync(file));
  } catch (cause) {
    const reason = `cannot read this page: ${cause instanceof Error ? cause.message : String(cause)}`;
    messages.push({ severity: 'warning', message: `${reason}; it is written with a notice instead`, file });
    return { src, result: failedPage(reason, ''), messages };
  }
  if (source.invalid) {
    messages.push({ severity: 'warning', message: `invalid UTF-8 at byte ${source.invalid.offset}: the page is decoded with U+FFFD replacement characters; save the file as UTF-8`, file, line: source.invalid.line });
  }
  try {
    // Set by the hook while the renderer runs.
    const seen: { templates: MacrosOutcome[]; included?: IncludeMarkdownOutcome | undefined; tables?: TableReaderOutcome | undefined; dated?: RevisionDateOutcome | undefined } = { templates: [] };
    const { listings } = hooks;
    // include-markdown first: its on_page_markdown has priority 100, above every other plugin's
    // (0), so MkDocs runs it before macros whatever their order in mkdocs.yml, and the macros
    // render what it included. Then the macros and markdownextradata, in their mkdocs.yml order
    // (the later renders the earlier's output, its title too), as MkDocs runs the rest; `macros`
    // is usually listed before `tags`: a macro may write a listing directive.
    const templates = hooks.extraDataFirst ? [hooks.extraData, hooks.macros] : [hooks.macros, hooks.extraData];
    const pageMarkdown = (markdown: string, meta: Readonly<Record<string, unknown>>) => {
      seen.included = hooks.includeMarkdown?.render({ src, markdown });
      // The i18n plugin's on_page_markdown (priority 50): after include-markdown's (100), before the macros' (0).
      let expanded = hooks.admonitionTitles?.(src, seen.included?.markdown ?? markdown) ?? seen.included?.markdown ?? markdown;
      // table-reader (priority 0) before the templates: it refuses to come after markdownextradata,
      // and with macros listed its readers are macros functions instead.
      seen.tables = hooks.tableReader ? applyTableReader(hooks.tableReader, expanded, file) : undefined;
      expanded = seen.tables?.markdown ?? expanded;
      seen.templates = [];
      // git-revision-date (priority 0) before the macros, which it must precede to hand them git_revision_date.
      const dated = hooks.revisionDate ? applyRevisionDate(hooks.revisionDate.dates, hooks.revisionDate.templates, src, from, expanded, meta) : undefined;
      if (dated?.rendered) seen.templates.push(dated.rendered);
      seen.dated = dated;
      expanded = dated?.markdown ?? expanded;
      let pageMeta = meta;
      for (const engine of templates) {
        if (!engine) continue;
        const outcome = engine.render({ src, meta: pageMeta, markdown: expanded });
        seen.templates.push(outcome);
        expanded = outcome.markdown;
        if (outcome.title !== undefined) pageMeta = { ...pageMeta, title: outcome.title };
      }
      return listings ? markListings(expanded, src, listings) : expanded;
    };
    const hooked = hooks.includeMarkdown || hooks.macros || hooks.extraData || listings || hooks.admonitionTitles || hooks.tableReader || hooks.revisionDate;
    const rendered = renderer.render({ path: src, value: source.value, pageMarkdown: hooked ? pageMarkdown : undefined });
    const tabled = withRevisionDate(seen.tables ? withTables(rendered, seen.tables, file, messages) : rendered, seen.dated, src, file, messages);
    const result = withIncludes(seen.templates.reduce((page, outcome) => withMacros(page, outcome, messages), tabled), seen.included, messages);
    // The renderer reports a page it could not render (e.g. the stack ran out) as an error and
    // renders nothing; the page is still written, like one that threw, and the build goes on.
    const failure = result.messages.find((m) => m.ruleId === 'render' && m.severity === 'error');
    for (const m of result.messages) {
      const severity = m === failure ? 'warning' : m.severity;
      const message = m === failure ? `${m.message}; it is written with a notice and its source as text (please report this)` : m.message;
      messages.push({ severity, message, file: path.resolve(docsDir, m.file), line: m.line, column: m.column });
    }
    // A snippet that was not there (a note without check_paths) is in `result.absent`, where it
    // was looked for: the cache makes the page again once it is there (render-cache.ts).
    const volatile = seen.templates.some((outcome) => outcome.volatile) || seen.included?.volatile === true || seen.dated?.undated === true ? true : undefined;
    if (failure) return { src, result: { ...result, html: failedPageHtml(failure.message, source.value), toc: [] }, messages, volatile };
    return { src, result, messages, volatile };
  } catch (cause) {
    const reason = `the renderer failed on this page: ${cause instanceof Error ? cause.message : String(cause)}`;
    messages.push({ severity: 'warning', message: `${reason}; it is written with a notice and its source as text (please report this)`, file });
    return { src, result: failedPage(reason, source.value), messages };
  }
}

/** A page's result with what its macros read (its includes) and made of its title; their messages join the page's. */
function withMacros(result: RenderResult, macros: MacrosOutcome, messages: SiteMessage[]): RenderResult {
  messages.push(...macros.messages);
  const includes = [...new Set([...result.includes, ...macros.includes])];
  return { ...result, includes, meta: macros.title === undefined ? result.meta : { ...result.meta, title: macros.title } };
}

/** A page's result with the table files it read among its includes; their messages join the page's, at the tags' lines. */
function withTables(result: RenderResult, tables: TableReaderOutcome, file: string, messages: SiteMessage[]): RenderResult {
  messages.push(...tables.problems.map((problem): SiteMessage => ({ severity: problem.severity, message: problem.message, file, line: problem.line })));
  return { ...result, includes: [...new Set([...result.includes, ...tables.read])] };
}

/** A page's meta with git-revision-date's `revision_date`; a page without a commit is told of it, as the plugin prints (not a warning MkDocs counts). */
function withRevisionDate(result: RenderResult, dated: RevisionDateOutcome | undefined, src: string, file: string, messages: SiteMessage[]): RenderResult {
  if (!dated) return result;
  if (dated.undated) messages.push({ severity: 'info', message: `git-revision-date plugin: ${src} has no git logs, revision date defaulting to today's date`, file });
  return { ...result, meta: { ...result.meta, revision_date: dated.date } };
}

/** A page's result with the files include-markdown read among its includes; its messages join the page's. */
function withIncludes(result: RenderResult, included: IncludeMarkdownOutcome | undefined, messages: SiteMessage[]): RenderResult {
  if (!included) return result;
  messages.unshift(...included.messages);
  return { ...result, includes: [...new Set([...included.includes, ...result.includes])] };
}

function failedPage(reason: string, source: string): RenderResult {
  return { html: failedPageHtml(reason, source), toc: [], title: undefined, meta: {}, includes: [], ids: [], links: [], messages: [] };
}
