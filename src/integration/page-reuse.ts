/**
 * Pages a build does not have Astro render again. A page's file is a function of our code, the
 * base path, the site-wide part of the model (`model.site`: config, nav, labels...) and its own
 * entry (content, ToC, meta, neighbours, dates, overrides, blog excerpts): the layout reads
 * nothing else (src/layouts/Page.astro takes `site` and `page`). Their hash is the page's view
 * key. When the last build in the output folder wrote the page with the same key, and its file
 * is still the one it wrote (same size and time), that file is taken as it is (hard-linked into
 * the workspace) instead of being rendered again: one page changed costs one page in Astro.
 *
 * A page's shell key is the same hash without its content: a page whose shell is as in the last
 * build only needs its content written into that build's file (content-patch.ts), which is where
 * the record keeps the content's place. The not-found pages (`404.html`, each language's) are
 * recorded too, under the key of what they draw.
 *
 * The keys of the last build are kept in `.mkdocs-astro-cache/views.json`, with the names of
 * the theme's bundled assets then (`_astro/`): a build whose bundle differs renders every page,
 * since reused pages would link to files that are gone. Their sizes and times are kept too: a
 * build without Astro takes those files as they are.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NOT_FOUND_SRC, type PageModel, type SiteModel } from '../site/model.ts';
import { CACHE_DIR } from '../shared/build-cache.ts';
import { keepFiles } from './copy-files.ts';
import { htmlPieces } from '../shared/page-html.ts';

const FILE = 'views.json';
const FORMAT = 2;

/** A written file, as a build left it. */
export interface WrittenFile {
  readonly size: number;
  readonly mtimeMs: number;
}

/** Where a page's content (its title heading and Markdown HTML) sits in its file, in bytes. */
export interface ContentPlace {
  readonly start: number;
  readonly length: number;
  /** SHA-1 of those bytes (base64url): the place is trusted only while they are the content. */
  readonly hash: string;
}

/** What a build records of each page it wrote. */
export interface WrittenView extends WrittenFile {
  readonly key: string;
  readonly shell: string;
  readonly content?: ContentPlace | undefined;
}

export interface ViewsFile {
  readonly format: number;
  /** The theme's bundled asset names the pages link to. */
  readonly assets: readonly string[];
  /** Those files as the build left them, by name: a build without Astro takes them as they are (content-patch.ts). */
  readonly bundle?: Readonly<Record<string, WrittenFile>> | undefined;
  readonly pages: Readonly<Record<string, WrittenView>>;
  /** The not-found pages: the key of what they draw, and their files by site-relative name. */
  readonly notFound?: { readonly key: string; readonly files: Readonly<Record<string, WrittenFile>> } | undefined;
  /** The search index's language, when the site had one index in one language (a rebuild starts it early: early-index.ts). */
  readonly search?: {
    readonly language: string;
    readonly pages?: string | undefined;
    /** Each part of the index and its pages (search/kept-parts.ts), recorded with `pages`; checked when read (isRecordedParts). */
    readonly parts?: unknown;
  } | undefined;
}

/**
 * Which pages a search index holds, as one key (ViewsFile.search.pages): recorded when the index
 * was written with every page it was handed, so that a rebuild knows the last bundle holds
 * exactly the pages it would index (src/search/kept-index.ts), not only as many.
 */
export function indexedPagesKey(dests: Iterable<string>): string {
  return createHash('sha256').update(JSON.stringify([...dests].sort())).digest('hex');
}

/** A page's keys: of its whole view, and of its view without its content. */
export interface PageKeys {
  readonly view: string;
  readonly shell: string;
}

/** The keys of a build's pages, by destination, and of its not-found pages. */
export interface ViewKeys {
  readonly pages: ReadonlyMap<string, PageKeys>;
  readonly notFound: string;
}

export interface ReusePlan {
  /** Pages Astro renders. */
  readonly render: PageModel[];
  /** Pages whose file of the last build is taken as it is. */
  readonly reused: PageModel[];
  /** Each page's keys, for the record of this build; undefined: no record is kept (no code key). */
  readonly keys: ViewKeys | undefined;
  /** The asset names the reused pages link to: the build must bundle exactly these. */
  readonly assets: readonly string[];
  /** The last build's record, when there is one this build can use. */
  readonly last?: ViewsFile | undefined;
}

/**
 * Which pages of `model` can be taken from the last build in `outDir`. `salt` stands for
 * everything else a page's file depends on: our code and the base path.
 */
export function planReuse(model: SiteModel, salt: string, outDir: string): ReusePlan {
  const keys = viewKeys(model, salt);
  const last = readViews(outDir);
  const render: PageModel[] = [];
  const reused: PageModel[] = [];
  for (const page of model.pages) {
    const view = last?.pages[page.dest];
    if (view && view.key === keys.pages.get(page.dest)?.view && isUnchanged(path.join(outDir, page.dest), view)) reused.push(page);
    else render.push(page);
  }
  return { render, reused, keys, assets: last?.assets ?? [], last };
}

/** The keys of every page, by destination, and of the not-found pages. */
export function viewKeys(model: SiteModel, salt: string): ViewKeys {
  const site = createHash('sha256').update(salt).update('\0').update(JSON.stringify(model.site)).digest('hex');
  const pages = new Map<string, PageKeys>();
  for (const page of model.pages) {
    // The route is only the name Astro writes the file under (src/integration/routes.ts).
    const shell = createHash('sha256').update(site).update(JSON.stringify({ ...page, route: undefined, html: undefined })).digest('hex');
    // The HTML is hashed apart, its UTF-8 in pieces (page-html.ts): whole, it was made UTF-8 at
    // once (a 10 MB Markdown page: 88 MB more); in a file, it is hashed as read.
    const view = createHash('sha256').update(shell).update('\0');
    for (const piece of htmlPieces(page.html)) view.update(piece);
    pages.set(page.dest, { shell, view: view.digest('hex') });
  }
  // What src/pages/404.astro and [locale]/404.astro draw: the site, 404.md's entry, each language's.
  const own = model.pages.find((page) => page.src === NOT_FOUND_SRC);
  const notFound = createHash('sha256').update(site).update(JSON.stringify([own ?? null, model.notFound ?? null])).digest('hex');
  return { pages, notFound };
}

/** The site-relative names of the not-found pages Astro writes: the site's, and each other language's. */
export function notFoundFiles(model: Pick<SiteModel, 'notFound'>): string[] {
  return ['404.html', ...(model.notFound ?? []).flatMap((page) => (page.language === undefined ? [] : [`${page.language}/404.html`]))];
}

/** The sorted names of the theme's bundled assets in a site folder (`_astro/`). */
export function bundledAssets(siteDir: string): string[] {
  try {
    return readdirSync(path.join(siteDir, '_astro')).sort();
  } catch {
    return [];
  }
}

/** Links (or copies) each reused page's file from the last build in `outDir` into the new site `out`. */
export function takeReusedPages(outDir: string, out: string, reused: readonly PageModel[]): void {
  keepFiles(outDir, out, reused.map((page) => page.dest));
}

/** A page's content place, with the size of the HTML it was found in (a file of another size is not that HTML). */
export interface FoundContent extends ContentPlace {
  readonly fileSize: number;
}

/**
 * Records what the published site in `outDir` holds, for the next build's plan: each page's keys,
 * and where its content is (`contents`, by destination) when it is known; the not-found pages'
 * key when `notFound` lists their files.
 */
export function writeViews(outDir: string, keys: ViewKeys, contents: ReadonlyMap<string, FoundContent> = new Map(), notFound: readonly string[] = []): void {
  saveViews(outDir, recordViews(outDir, keys, contents, notFound));
}

/**
 * The record of the site in `siteDir` (see writeViews). A build takes it from its workspace before
 * publishing (renaming keeps each file's size and time) and saves it after: what it records are
 * its own files, even when another build publishes into the same folder in between.
 */
export function recordViews(siteDir: string, keys: ViewKeys, contents: ReadonlyMap<string, FoundContent> = new Map(), notFound: readonly string[] = [], search?: ViewsFile['search']): ViewsFile {
  const pages: Record<string, WrittenView> = {};
  for (const [dest, key] of keys.pages) {
    const stat = written(path.join(siteDir, ...dest.split('/')));
    // Not written (a page the build could not place): rendered again next time.
    if (!stat) continue;
    const found = contents.get(dest);
    const content = found && found.fileSize === stat.size ? { start: found.start, length: found.length, hash: found.hash } : undefined;
    pages[dest] = { key: key.view, shell: key.shell, ...stat, ...(content ? { content } : {}) };
  }
  const files: Record<string, WrittenFile> = {};
  for (const name of notFound) {
    const stat = written(path.join(siteDir, ...name.split('/')));
    if (stat) files[name] = stat;
  }
  const assets = bundledAssets(siteDir);
  const bundle: Record<string, WrittenFile> = {};
  for (const name of assets) {
    const stat = written(path.join(siteDir, '_astro', name));
    if (stat) bundle[name] = stat;
  }
  return { format: FORMAT, assets, bundle, pages, ...(notFound.length > 0 ? { notFound: { key: keys.notFound, files } } : {}), ...(search ? { search } : {}) };
}

/** Saves a record (recordViews) as the last build's of the output folder `outDir`. */
export function saveViews(outDir: string, file: ViewsFile): void {
  const dir = path.join(outDir, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const partial = path.join(dir, `${FILE}.${process.pid}.partial`);
  writeFileSync(partial, JSON.stringify(file));
  renameSync(partial, path.join(dir, FILE));
}

function written(file: string): WrittenFile | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a build that may `reuse` the last build in `outDir` has one it could patch: the views
 * record it left (which may still prove unreadable). A build without is cold: Astro draws every
 * page, so it starts as soon as the config is read (src/integration.ts, src/cli/commands.ts).
 */
export function mayPatchLastBuild(outDir: string, reuse: boolean): boolean {
  return reuse && existsSync(path.join(outDir, CACHE_DIR, FILE));
}

/** The last build's record in `outDir`; undefined when there is none this code can read. */
export function readViews(outDir: string): ViewsFile | undefined {
  try {
    const file: unknown = JSON.parse(readFileSync(path.join(outDir, CACHE_DIR, FILE), 'utf8'));
    if (typeof file !== 'object' || file === null || !('format' in file) || file.format !== FORMAT) return undefined;
    if (!('pages' in file) || typeof file.pages !== 'object' || file.pages === null) return undefined;
    if (!('assets' in file) || !Array.isArray(file.assets)) return undefined;
    return file as ViewsFile;
  } catch {
    // None, unreadable or not ours: nothing is reused.
    return undefined;
  }
}

/** Whether `file` is still the one a build wrote (same size and time); never when the build recorded none. */
export function isUnchanged(file: string, view: WrittenFile | undefined): boolean {
  const stat = written(file);
  return view !== undefined && stat !== undefined && stat.size === view.size && stat.mtimeMs === view.mtimeMs;
}
