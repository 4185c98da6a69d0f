/**
 * The macros plugin's `on_page_markdown`: a page's Markdown, front matter stripped, rendered as a
 * Jinja template (nunjucks here, with the Jinja shims and the differences macros-template.ts
 * bridges) before any Markdown extension sees it. A page sees the site's variables
 * (src/site/macros.ts), `page` (title, url, file, meta...), `git` and `files`, its own front
 * matter at the top level, and the plugin's built-ins (macros-builtins.ts): `now()`, `fix_url()`,
 * `context()`, `macros_info()`, the `pretty` and `relative_url` filters.
 *
 * A page that fails (a syntax error, an undefined macro called, a missing include) is a warning
 * at `page.md:line` (and the included file's line), and keeps its Markdown as written; the
 * plugin instead replaces the page with a "Macro Rendering Error" notice, or stops the build
 * when `on_error_fail` is set (here: an error, so the build fails). Nothing here throws.
 *
 *   const macros = createMacros(settings, docsDir, links);
 *   macros.render({ src: 'index.md', meta: {}, markdown: 'v{{ version }}' }).markdown // 'v1.2'
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { createIgnoreMatcher } from '../config/gitignore.ts';
import type { LinkIndex } from './links.ts';
import type { MacrosSettings } from './macros.ts';
import { prepareTemplate, RAW_VARIABLE } from './macros-template.ts';
import { contextRows, fixUrl, nowValue, prettyTable, relativeUrl, siteFiles } from './macros-builtins.ts';
import { lazyGitInfo } from './macros-git.ts';
import type { SiteMessage } from './messages.ts';
import { locateError } from './templates/locate.ts';
import { addJinjaShims } from './templates/jinja-shims.ts';
import { titleFromFileName } from './titles.ts';
import { contains } from './output-dir.ts';

export interface MacrosPage {
  /** docs-relative, POSIX separators. */
  readonly src: string;
  readonly meta: Readonly<Record<string, unknown>>;
  /** The Markdown with its front matter stripped (blank lines in its place). */
  readonly markdown: string;
  /** Variables of this page only, over the settings' (git-revision-date's `git_revision_date`). */
  readonly variables?: Readonly<Record<string, unknown>> | undefined;
}

export interface MacrosOutcome {
  readonly markdown: string;
  /** The front matter `title` with its macros rendered, when it had any. */
  readonly title?: string | undefined;
  /** Absolute paths of the files `{% include %}` and `{% import %}` read. */
  readonly includes: string[];
  readonly messages: SiteMessage[];
  /** The page read the clock (`now()`): its rendering must not be reused by a later build. */
  readonly volatile: boolean;
}

export interface Macros {
  render(page: MacrosPage): MacrosOutcome;
}

/** What a function another plugin gives the macros (table-reader's readers) returns for one call. */
export interface MacrosCall {
  /** The text the call prints; undefined prints `name(...)`. */
  readonly text: string | undefined;
  /** Absolute paths of the files it read (the page's includes). */
  readonly read: readonly string[];
  readonly messages: readonly SiteMessage[];
}

/** Such a function, by name: called with the page's absolute file, its positional and its keyword arguments. */
export type MacrosFunctions = Readonly<Record<string, (pageFile: string, args: unknown[], kwargs: Readonly<Record<string, unknown>>) => MacrosCall>>;

/** What one page's rendering collects while nunjucks runs (synchronously). */
interface Run {
  readonly src: string;
  readonly url: string;
  readonly includes: Set<string>;
  readonly sources: Map<string, string>;
  readonly raws: string[];
  /** What the functions of other plugins said. */
  readonly messages: SiteMessage[];
  volatile: boolean;
}

export function createMacros(settings: MacrosSettings, docsDir: string, links: Pick<LinkIndex, 'pages'> & Partial<Pick<LinkIndex, 'docsFiles'>>, functions: MacrosFunctions = {}): Macros {
  let run: Run | undefined;
  // markdownextradata's and git-revision-date's Jinja environments have no loader and no globals of their own: only their variables.
  const extraData = settings.plugin !== undefined && settings.plugin !== 'macros';
  const label = `${settings.plugin ?? 'macros'} plugin`;
  const forced = createIgnoreMatcher(settings.forceRenderPaths);
  const loader: nunjucks.ILoaderAsync = {
    async: true,
    // Answered at once, so rendering stays synchronous; `null` is nunjucks' "not found".
    getSource(name, done) {
      const file = path.resolve(settings.includeDir, name);
      if (extraData || file === path.resolve(settings.includeDir) || !contains(settings.includeDir, file)) {
        done(null, null);
        return;
      }
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        done(null, null);
        return;
      }
      run?.includes.add(file);
      run?.sources.set(file, text);
      const src = prepareTemplate(text, settings.delimiters, settings.onUndefined, run?.raws ?? []);
      // Compiled here so that a syntax error comes back now: nunjucks reports an included
      // template's compile error on a later tick (callbackAsap), after the page has returned.
      try {
        new nunjucks.Template(src, env, file, true);
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)), null);
        return;
      }
      // Not cached: the raw blocks' numbers belong to the page being rendered.
      done(null, { src, path: file, noCache: true });
    },
  };
  const { delimiters: tags } = settings;
  const env = addJinjaShims(
    new nunjucks.Environment(loader, {
      autoescape: false,
      throwOnUndefined: settings.onUndefined === 'strict',
      trimBlocks: settings.trimBlocks === true,
      lstripBlocks: settings.lstripBlocks === true,
      tags: { blockStart: tags.blockStart, blockEnd: tags.blockEnd, variableStart: tags.variableStart, variableEnd: tags.variableEnd, commentStart: tags.commentStart, commentEnd: tags.commentEnd },
    }),
  );
  if (!extraData) {
    env.addGlobal('now', () => {
      if (run) run.volatile = true;
      return nowValue(new Date());
    });
    env.addGlobal('fix_url', fixUrl);
    env.addGlobal('context', (obj?: unknown) => contextRows(obj ?? settings.variables));
    env.addGlobal('macros_info', () => prettyTable(contextRows(settings.variables)));
    env.addFilter('pretty', prettyTable);
    env.addFilter('relative_url', (value: unknown) => relativeUrl(String(value ?? ''), run?.url ?? ''));
    for (const [name, call] of Object.entries(functions)) env.addGlobal(name, (...given: unknown[]) => callFunction(name, call, given));
  }
  /** A function of another plugin: nunjucks hands keyword arguments as a last object marked `__keywords`. */
  const callFunction = (name: string, call: MacrosFunctions[string], given: unknown[]): string => {
    const current = run;
    if (!current) return '';
    const last = given.at(-1);
    const keywords = typeof last === 'object' && last !== null && Reflect.get(last, '__keywords') === true ? Object.fromEntries(Object.entries(last).filter(([key]) => key !== '__keywords')) : undefined;
    const file = path.join(docsDir, current.src);
    const args = keywords ? given.slice(0, -1) : given;
    const outcome = call(file, args, keywords ?? {});
    for (const read of outcome.read) current.includes.add(read);
    // nunjucks does not say where a call is: the first line of the page that calls it so, with its first argument.
    const first = typeof args[0] === 'string' ? args[0] : '';
    const at = (current.sources.get(file) ?? '').split('\n').findIndex((text) => text.includes(`${name}(`) && text.includes(first));
    current.messages.push(...outcome.messages.map((message) => (message.file === file && message.line === undefined && at >= 0 ? { ...message, line: at + 1 } : message)));
    return outcome.text ?? `${name}(...)`;
  };
  // Site-wide values made here rather than in the settings: functions and lazy reads do not cross threads.
  const shared = {
    git: lazyGitInfo(settings.projectDir, () => {
      if (run) run.volatile = true;
    }),
    files: siteFiles(links),
  };

  const renderText = (text: string, file: string, context: Record<string, unknown>, current: Run): string => {
    const template = new nunjucks.Template(prepareTemplate(text, tags, settings.onUndefined, current.raws), env, file);
    // A global, not a context variable: `{% import %}`ed templates see globals only.
    env.addGlobal(RAW_VARIABLE, current.raws);
    return template.render(context);
  };

  return {
    render(page) {
      const file = path.join(docsDir, page.src);
      const skip = (messages: SiteMessage[] = []): MacrosOutcome => ({ markdown: page.markdown, includes: [], messages, volatile: false });
      const switchValue = extraData ? true : page.meta['render_macros'];
      if (switchValue === false) return skip();
      if (!extraData && page.meta['ignore_macros'] === true) {
        return skip([{ severity: 'warning', message: 'macros plugin: `ignore_macros` is refused by the plugin since 1.1 (the page fails there); write `render_macros: false`. The page is not rendered', file }]);
      }
      if (!settings.renderByDefault && switchValue !== true && !forced.ignores(page.src)) return skip();

      // Text without a marker renders as itself: no template to make (most pages of most sites).
      const rawTitle = page.meta['title'];
      const hasTitleMacro = typeof rawTitle === 'string' && rawTitle.includes('{');
      if (!hasTitleMacro && ![tags.blockStart, tags.variableStart, tags.commentStart].some((marker) => page.markdown.includes(marker))) return skip();
      const url = links.pages.get(page.src)?.url ?? '';
      const current: Run = { src: page.src, url, includes: new Set(), sources: new Map([[file, page.markdown]]), raws: [], messages: [], volatile: false };
      const context = extraData ? { ...settings.variables, ...page.variables } : { ...shared, ...pageContext(settings, page, url, pageTitleOf(page), Object.keys(functions)) };
      run = current;
      try {
        const markdown = renderText(page.markdown, file, context, current);
        const title = hasTitleMacro ? renderText(rawTitle, file, context, current) : undefined;
        return { markdown, title, includes: [...current.includes], messages: current.messages, volatile: current.volatile };
      } catch (error) {
        const problem = locateError(error, (name) => current.sources.get(name));
        const where = problem.file ?? file;
        const explained = explain(problem.reason, current.sources.get(where) ?? '', problem.line, problem.column, settings);
        const outer = problem.chain.filter((place) => place.file !== where);
        const chain = outer.length > 0 ? ` (included from ${outer.map((place) => `${path.relative(docsDir, place.file)}:${place.line ?? '?'}`).join(' < ')})` : '';
        const message = `${label}: ${explained.reason}${chain}; the page is kept as written, its ${extraData ? 'templates' : 'macros'} not rendered`;
        const line = explained.line ?? problem.line;
        return { markdown: page.markdown, includes: [...current.includes], messages: [{ severity: settings.onErrorFail ? 'error' : 'warning', message, file: where, line, column: explained.line === undefined ? problem.column : explained.column }], volatile: current.volatile };
      } finally {
        run = undefined;
      }
    },
  };
}

/**
 * nunjucks' reason made to say what Jinja would, where it says too little: the expression that is
 * undefined under `strict`, and the comment marker left open (often attr_list's `{#id}`), at its line.
 */
function explain(reason: string, source: string, line: number | undefined, column: number | undefined, settings: MacrosSettings): { reason: string; line?: number | undefined; column?: number | undefined } {
  const tags = settings.delimiters;
  const called = /^Unable to call `(.+?)`, which is undefined or falsey/.exec(reason)?.[1];
  if (called !== undefined) {
    const name = called.replace(/\["([^"]+)"\]/g, '.$1');
    const python = settings.python.length > 0 ? ` (a macro of ${settings.python.join(' or ')}? Python cannot run here)` : '';
    return { reason: `'${name}' is undefined: no variable or macro has that name${python}` };
  }
  if (/attempted to output null or undefined/.test(reason)) {
    const text = line === undefined ? '' : (source.split('\n')[line - 1] ?? '').slice(Math.max(0, (column ?? 1) - 1));
    const start = text.indexOf(tags.variableStart);
    const end = text.indexOf(tags.variableEnd, start);
    const expression = start < 0 || end < 0 ? undefined : text.slice(start + tags.variableStart.length, end).replace(/^-|-$/g, '').trim();
    return { reason: expression ? `'${expression}' is undefined (on_undefined: strict)` : `${reason} (on_undefined: strict)` };
  }
  if (/end of comment/.test(reason)) {
    // The first comment marker with no end after it (closed comments are skipped, as the lexer does).
    let open = source.indexOf(tags.commentStart);
    while (open >= 0) {
      const end = source.indexOf(tags.commentEnd, open + tags.commentStart.length);
      if (end < 0) break;
      open = source.indexOf(tags.commentStart, end + tags.commentEnd.length);
    }
    if (open < 0) return { reason };
    const before = source.slice(0, open).split('\n');
    const hint = `'${tags.commentStart}' opens a Jinja comment that is never closed; for attr_list's {#id}, set j2_comment_start_string or wrap it in {% raw %}`;
    return { reason: hint, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  }
  if (line === undefined && /end of file/.test(reason)) return { reason, line: source.split('\n').length };
  return { reason };
}

/** The functions every page has: the plugin's built-ins, nunjucks' own, the Python literals of jinja-shims.ts. */
const GLOBALS: ReadonlySet<string> = new Set(['now', 'fix_url', 'context', 'macros_info', 'range', 'cycler', 'joiner', 'True', 'False', 'None']);

/** The variables a page sees: the site's, lax mode's stand-ins, `page`, then its front matter on top. */
function pageContext(settings: MacrosSettings, page: MacrosPage, url: string, title: string, functions: readonly string[]): Record<string, unknown> {
  const site = settings.siteUrl;
  const absUrl = `${site && URL.canParse(site) ? new URL(site).pathname : '/'}${url}`;
  const pageVariable = {
    title,
    url,
    abs_url: absUrl,
    canonical_url: site ? site + url : undefined,
    is_homepage: page.src === 'index.md' || page.src === 'README.md',
    meta: page.meta,
    file: { src_path: page.src, src_uri: page.src, name: path.posix.basename(page.src).replace(/\.md$/i, ''), url },
  };
  const lax = settings.onUndefined === 'lax' ? laxStandIns(page.markdown, settings.variables, page.meta, functions) : {};
  return { ...lax, ...settings.variables, page: pageVariable, ...page.meta };
}

/**
 * `on_undefined: lax` passes "anything wrong as blank", calls included: each name called in the
 * page (`name(`) that nothing defines becomes a function that returns ''.
 */
function laxStandIns(markdown: string, variables: Readonly<Record<string, unknown>>, meta: Readonly<Record<string, unknown>>, functions: readonly string[]): Record<string, unknown> {
  const standIns: Record<string, unknown> = {};
  for (const match of markdown.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*\(/g)) {
    const name = match[1] ?? '';
    if (!(name in variables) && !(name in meta) && !GLOBALS.has(name) && !functions.includes(name)) standIns[name] = () => '';
  }
  return standIns;
}

/** The title MkDocs gives a page before rendering: front matter `title`, the first `# ` heading, the file name. */
function pageTitleOf(page: MacrosPage): string {
  const fromMeta = page.meta['title'];
  if (typeof fromMeta === 'string' && fromMeta.trim() !== '') return fromMeta.trim();
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(page.markdown)?.[1];
  return heading ?? titleFromFileName(page.src);
}
