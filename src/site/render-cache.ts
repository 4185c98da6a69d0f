/**
 * What the render stage may reuse from the last build: a page whose source, included files and
 * render settings are byte-for-byte what they were is not rendered again. The key covers
 * everything a page's HTML depends on: its own bytes, every file it included (snippets, the
 * glossary), the markdown_extensions settings, what its links resolve to against the site's
 * pages and docs_dir files (settingsKey, LinkCheck), and the renderer's own code (so an upgrade or
 * a local change of src/markdown starts afresh).
 *
 * Conservative by design: a page whose rendering said anything at warning level or above is never
 * reused. A snippet that was not there (a note without check_paths) is recorded as absent where it
 * was looked for: the page is made again once a file is there.
 *
 * Builds keep the cache in their output folder (`.mkdocs-astro-cache/`, a dot-folder that
 * publishing keeps, like `.git`); `serve` keeps it in memory between saves.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RenderedPage, RenderSettings } from './render-pages.ts';
import type { RendererNotes } from './render-process.ts';
import { createLinkResolver } from './links.ts';

/** One reusable page: what it was made from, and what it made. */
export interface CachedPage {
  readonly source: string;
  /** Each included file and the hash of its content then (ABSENT: a file it looked for and did not find). */
  readonly includes: ReadonlyArray<readonly [file: string, hash: string]>;
  /** What its links resolved to against the site's pages and files then (LinkCheck.of); absent in a cache from before it was kept. */
  readonly linked?: string | undefined;
  readonly page: RenderedPage;
}

export interface RenderCache {
  /** Hash of the settings and renderer code the pages were rendered with. */
  readonly settings: string;
  readonly pages: ReadonlyMap<string, CachedPage>;
  /** The pages and docs_dir files the links resolved against (linkIndexKey), when only the links read them. */
  readonly links?: string | undefined;
  /**
   * What a renderer made with those settings said of them (unsupported extensions, option
   * problems): a build that takes every page from the cache says it again without making a
   * renderer (~0.25 s of loading it). Absent in a cache written before it was kept.
   */
  readonly notes?: RendererNotes | undefined;
}

/** The notes as plain data (a renderer's own are fields of the renderer), to be cached. */
export function plainNotes(notes: RendererNotes): RendererNotes {
  return { unsupported: [...notes.unsupported], optionWarnings: notes.optionWarnings.map(({ extension, message }) => ({ extension, message })) };
}

export function hashOf(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('base64url');
}

/**
 * The code that makes a cached page: every source file under src/markdown, and the files of
 * src/site the render stage runs around it. Hashed once per build (`serve`: once per session,
 * since the running process keeps the code it loaded whatever happens to the files).
 */
export function rendererCode(): string {
  const hash = createHash('sha256');
  // The renderer, and the Python analysis mkdocstrings' blocks are drawn from.
  for (const folder of ['../markdown', '../python']) {
    const root = path.resolve(import.meta.dirname, folder);
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|json)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(folder).update(file.slice(root.length)).update(readFileSync(file));
  }
  // Decoding the page, the failed-page notice, the tags, macros and include-markdown plugins' Markdown passes and mkdocs-jupyter's conversion shape what is cached too.
  const passes = ['tags-listing.ts', 'macros-render.ts', 'macros-template.ts', 'macros-builtins.ts', 'macros-git.ts', 'templates/jinja-shims.ts', 'include-markdown-render.ts', 'include-markdown-directive.ts', 'include-markdown-files.ts', 'include-markdown-text.ts', 'notebook-page.ts', 'notebook-html.ts', 'notebook-read.ts', 'notebook-outputs.ts', 'notebook-ansi.ts'];
  // The link resolver rewrites every page's links, and this file says what a cached page depends on.
  for (const file of ['page-source.ts', 'render-pages.ts', 'links.ts', 'render-cache.ts', ...passes]) hash.update(readFileSync(path.join(import.meta.dirname, file)));
  return hash.digest('base64url');
}

/**
 * The hash pages are cached under: settings and renderer code. The pages and docs_dir files links
 * resolve against (src/site/links.ts createLinkResolver) are in it only when more than the links
 * read them (wholeIndexRead); else each page keeps what its own links resolved to (LinkCheck), so
 * an image or a page added to docs_dir renders again only the pages that link to it. Not the
 * site's other files (custom_dir's, the project's assets/): only the link check and the asset
 * aliases read those, after rendering and in every build.
 */
export function settingsKey(settings: RenderSettings, code: string = rendererCode()): string {
  const links = { i18n: settings.links.i18n, ...(wholeIndexRead(settings) ? { index: linkIndexKey(settings) } : {}) };
  return hashOf(JSON.stringify({ code, ...settings, links }));
}

/**
 * Whether a page's rendering may read the pages and docs_dir files beyond the links it records:
 * the macros and markdownextradata templates (their `files`, each page's URL), git-revision-date's
 * templates (rendered by the same engine), material.extensions.preview (it asks whether any
 * link's target is a page), and mkdocstrings (a docstring's links are resolved in its own
 * rendering, whose record is not the page's).
 */
function wholeIndexRead(settings: RenderSettings): boolean {
  return settings.macros !== undefined || settings.extraData !== undefined || settings.gitRevisionDate?.mode === 'render' || settings.python !== undefined || settings.extensions.some((spec) => spec.name === 'material.extensions.preview');
}

/** A key of the pages (with their URLs) and docs_dir files links resolve against. */
export function linkIndexKey(settings: Pick<RenderSettings, 'links'>): string {
  const pages = [...settings.links.pages].map(([src, page]) => [src, page.url]).sort(([a = ''], [b = '']) => (a < b ? -1 : a > b ? 1 : 0));
  return hashOf(JSON.stringify([pages, [...settings.links.docsFiles].sort()]));
}

/**
 * What a page's links resolve to (each `href` it recorded, through the link resolver, from the
 * page's own URL) against a link index, as one key: a cached page made against another index is
 * reused when its key against this one is the same.
 */
export interface LinkCheck {
  /** The current index's key (linkIndexKey). */
  readonly index: string;
  readonly of: (page: RenderedPage) => string;
}

/** The check of each page's links against `settings.links`; undefined when the settings key covers the whole index (wholeIndexRead). */
export function linkCheck(settings: RenderSettings): LinkCheck | undefined {
  if (wholeIndexRead(settings)) return undefined;
  const resolve = createLinkResolver(settings.links);
  return {
    index: linkIndexKey(settings),
    of: (page) => hashOf(JSON.stringify([settings.links.pages.get(page.src)?.url ?? null, page.result.links.map((link) => resolve(link.href, page.src) ?? null)])),
  };
}

/** Hashes files, each read once per build however many pages include it. */
export class FileHashes {
  readonly #known = new Map<string, string | undefined>();

  of(file: string): string | undefined {
    if (!this.#known.has(file)) {
      let hash: string | undefined;
      try {
        hash = hashOf(readFileSync(file));
      } catch {
        hash = undefined;
      }
      this.#known.set(file, hash);
    }
    return this.#known.get(file);
  }
}

/**
 * The hash an absent file is recorded with (RenderResult.absent: where a missing snippet was
 * looked for): no file's hash is empty, so the page is made again once a file is there.
 */
const ABSENT = '';

/** Whether a file is at `file` (a path through a file, ENOTDIR, has none). */
function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/**
 * The cached page for `src` when nothing it was made from has changed. `links`: when the cache was
 * made against another link index, each page's links must resolve as they did.
 */
export function reusable(cache: RenderCache | undefined, settings: string, src: string, sourceHash: string, files: FileHashes, links?: LinkCheck): RenderedPage | undefined {
  if (!cache || cache.settings !== settings) return undefined;
  const cached = cache.pages.get(src);
  if (!cached || cached.source !== sourceHash) return undefined;
  if (links && cache.links !== links.index && (cached.linked === undefined || cached.linked !== links.of(cached.page))) return undefined;
  for (const [file, hash] of cached.includes) {
    // An absent place holds while no file is there, readable or not (one that is not readable is an error to report).
    if (hash === ABSENT ? isFile(file) : files.of(file) !== hash) return undefined;
  }
  return cached.page;
}

/** What to remember of a freshly rendered page (`linked`: LinkCheck.of), or undefined when it must not be reused. */
export function cacheEntry(page: RenderedPage, sourceHash: string, files: FileHashes, linked?: string): CachedPage | undefined {
  if (page.messages.some((m) => m.severity !== 'info') || page.volatile === true) return undefined;
  const includes: Array<readonly [string, string]> = [];
  for (const file of page.result.includes) {
    const hash = files.of(file);
    if (hash === undefined) return undefined;
    includes.push([file, hash]);
  }
  for (const file of page.result.absent ?? []) {
    // There now: the page may have been made from it.
    if (isFile(file)) return undefined;
    includes.push([file, ABSENT]);
  }
  return { source: sourceHash, includes, ...(linked === undefined ? {} : { linked }), page };
}
