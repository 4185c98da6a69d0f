/**
 * Pages a build does not have Astro render again. A page's file is a function of our code, the
 * base path, the site-wide part of the model (`model.site`: config, nav, labels...) and its own
 * entry (content, ToC, meta, neighbours, dates, overrides, blog excerpts): the layout reads
 * nothing else (src/layouts/Page.astro takes `site` and `page`). Their hash is the page's view
 * key. When the last build in the output folder wrote the page with the same key, and its file
 * is still the one it wrote (same size and time), that file is taken as it is (hard-linked into
 * the workspace) instead of being rendered again: one page changed costs one page in Astro.
 *
 * The keys of the last build are kept in `.mkdocs-astro-cache/views.json`, with the names of
 * the theme's bundled assets then (`_astro/`): a build whose bundle differs renders every page,
 * since reused pages would link to files that are gone.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageModel, SiteModel } from '../site/model.ts';
import { CACHE_DIR } from './cache-file.ts';
import { makeFolders } from './copy-files.ts';
import { textSlices } from './text-slices.ts';

const FILE = 'views.json';
const FORMAT = 1;

/** What a build records of each page it wrote. */
interface WrittenView {
  readonly key: string;
  readonly size: number;
  readonly mtimeMs: number;
}

interface ViewsFile {
  readonly format: number;
  /** The theme's bundled asset names the pages link to. */
  readonly assets: readonly string[];
  readonly pages: Readonly<Record<string, WrittenView>>;
}

export interface ReusePlan {
  /** Pages Astro renders. */
  readonly render: PageModel[];
  /** Pages whose file of the last build is taken as it is. */
  readonly reused: PageModel[];
  /** Each page's view key, by destination, for the record of this build. */
  readonly keys: ReadonlyMap<string, string>;
  /** The asset names the reused pages link to: the build must bundle exactly these. */
  readonly assets: readonly string[];
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
    if (view && view.key === keys.get(page.dest) && isUnchanged(path.join(outDir, page.dest), view)) reused.push(page);
    else render.push(page);
  }
  return { render, reused, keys, assets: last?.assets ?? [] };
}

/** The view key of every page, by destination. */
export function viewKeys(model: SiteModel, salt: string): Map<string, string> {
  const site = createHash('sha256').update(salt).update('\0').update(JSON.stringify(model.site)).digest('hex');
  return new Map(model.pages.map((page) => [page.dest, pageKey(site, page)]));
}

/**
 * A page's view key: its entry but the route, which is only the name Astro writes the file under
 * (src/integration/routes.ts). The HTML is hashed apart, in slices (text-slices.ts): in the JSON it
 * was copied whole, then made UTF-8 whole (a 10 MB Markdown page: 160 MB, then 88 MB more).
 * The JSON has no NUL character (it writes one escaped), so the two cannot run together.
 */
function pageKey(site: string, page: PageModel): string {
  const hash = createHash('sha256').update(site).update(JSON.stringify({ ...page, route: undefined, html: undefined })).update('\0');
  for (const slice of textSlices(page.html)) hash.update(slice);
  return hash.digest('hex');
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
  makeFolders(reused.map((page) => path.dirname(path.join(out, ...page.dest.split('/')))));
  for (const page of reused) {
    const from = path.join(outDir, ...page.dest.split('/'));
    const to = path.join(out, ...page.dest.split('/'));
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

/** Records what the published site in `outDir` holds, for the next build's plan. */
export function writeViews(outDir: string, keys: ReadonlyMap<string, string>): void {
  const pages: Record<string, WrittenView> = {};
  for (const [dest, key] of keys) {
    try {
      const stat = statSync(path.join(outDir, ...dest.split('/')));
      pages[dest] = { key, size: stat.size, mtimeMs: stat.mtimeMs };
    } catch {
      // Not written (a page the build could not place): rendered again next time.
    }
  }
  const file: ViewsFile = { format: FORMAT, assets: bundledAssets(outDir), pages };
  const dir = path.join(outDir, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const partial = path.join(dir, `${FILE}.${process.pid}.partial`);
  writeFileSync(partial, JSON.stringify(file));
  renameSync(partial, path.join(dir, FILE));
}

function readViews(outDir: string): ViewsFile | undefined {
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

function isUnchanged(file: string, view: WrittenView): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size === view.size && stat.mtimeMs === view.mtimeMs;
  } catch {
    return false;
  }
}
