/**
 * The end of a build, once its pages are drawn (by Astro, or written without it:
 * content-patch.ts): the pages placed at MkDocs' names, the reused ones taken from the last
 * build, static files, the search index, the theme's assets, the plugins' files and the social
 * plugin's cards written, then
 * the site published into the output folder with the records the next build reads (the render
 * cache, each page's view and content place).
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { indexWrittenPages, type BuildEmit, type ModelIndex } from './emit.ts';
import type { SearchIndexResult } from '../search/index.ts';
import { placeRenderCache, writeRenderCacheFile } from './cache-file.ts';
import { copyFilesInto, moveInto } from './copy-files.ts';
import { indexedPagesKey, notFoundFiles, recordViews, saveViews, takeReusedPages, type FoundContent, type ViewsFile } from './page-reuse.ts';
import { pluginFiles, writePluginFiles } from './plugin-files.ts';
import { saveCardCache, writeSocialCards } from './social-files.ts';
import { placePages, ROUTE_DIR } from './routes.ts';
import { publishSite } from './workspace.ts';
import type { SiteMessage } from '../site/messages.ts';
import type { PageModel } from '../site/model.ts';
import type { PreparedSite } from '../site/session.ts';
import type { StaticFile } from '../site/static-files.ts';
import type { BuildPhase } from '../site/timings.ts';
import { siteStylesheets, themeAssets, writeThemeAssets, type ThemeParts } from '../theme/assets.ts';

export interface PublishInput {
  readonly site: PreparedSite;
  /** The build's new site (its workspace's `out`). */
  readonly out: string;
  /** Where the old site's entries are put aside when the new one is published (its workspace's `previous`). */
  readonly previous: string;
  readonly emit: BuildEmit;
  /** The pages Astro rendered. */
  readonly drawn: readonly PageModel[];
  /** How many pages were written without Astro (content-patch.ts). */
  readonly patched: number;
  readonly report: (messages: readonly SiteMessage[]) => void;
  /** Whether the last build's files may be reused (`--no-cache` says no): the social plugin's cards. */
  readonly cache: boolean;
  /** Ends a phase of the build's timings. */
  readonly lap: (phase: BuildPhase) => void;
  /** Told when the search index is done, before the late messages are reported (they may stop the build). */
  readonly indexed: () => void;
  /** Static files copied while the pages rendered (copyStaticEarly). */
  readonly earlyCopies?: EarlyCopies | undefined;
  /** The theme's parts alike for every site, made while the pages rendered. */
  readonly themeParts?: ThemeParts | undefined;
}

/** Static files being copied into a cold build's new site while its pages render (copyStaticEarly). */
export interface EarlyCopies {
  readonly files: readonly StaticFile[];
  readonly done: Promise<unknown>;
}

/**
 * Starts copying a cold build's static files into its new site `out` while the pages render
 * (src/integration/site-arrival.ts: this thread has little to do then, and the disk is idle). After
 * Astro, the corpus's ~450 files took 0.1-0.4 s of a build into an empty folder, with nothing
 * else to do. Only files at names Astro never writes or removes (mayCopyEarly). They are copied,
 * never linked from the last site: a file written there later would be written into that site's
 * file. publishBuild copies the others, and again those a page's file took the place of (the
 * static file wins, as it always has).
 */
export function copyStaticEarly(out: string, files: readonly StaticFile[]): EarlyCopies {
  const early = files.filter((file) => mayCopyEarly(file.to));
  const done = copyFilesInto(out, early);
  // Awaited by publishBuild, or by the build's disposal.
  done.catch(() => undefined);
  return { files: early, done };
}

/**
 * Whether a static file may be copied into the new site before Astro has drawn the pages: not at
 * the top (Astro writes the 404 page there), not a language's `404.html` (Astro writes those
 * too), not under Astro's bundle, the page route's folder, a dot folder (Astro's `.prerender/`,
 * which it removes) or the search index's folder.
 */
export function mayCopyEarly(to: string): boolean {
  const parts = to.split('/');
  const top = parts[0] ?? '';
  return parts.length > 1 && parts.at(-1) !== '404.html' && !top.startsWith('.') && top !== '_astro' && top !== ROUTE_DIR && top !== 'pagefind';
}

/** Places, indexes, writes and publishes a build's site (see the file's comment); says how many pages and search entries it has. */
export async function publishBuild(input: PublishInput): Promise<{ readonly pages: number; readonly searchPages: number }> {
  const { site, out, emit, drawn, patched, report, lap } = input;
  const { plan } = emit;
  // Settled before anything is written: a failed copy fails the build here, and no copy is left
  // running into a workspace that a failure below would remove.
  await input.earlyCopies?.done;
  const reused = emit.stale ? [] : plan.reused;
  // Static files are copied on libuv's threads while Pagefind's process writes the index
  // (the main thread only waits for it). A static file under pagefind/ goes first, as
  // Pagefind's own files replace it; the theme's files and the sitemap are written after
  // the copies, replacing a static file of the same name, as they always have.
  const underIndex = (file: { readonly to: string }) => file.to.startsWith('pagefind/');
  // An index made from the model has them in its own folder already (emit.ts).
  const model = emit.modelIndex();
  if (!model) await copyFilesInto(out, site.staticFiles.filter(underIndex));
  // An index that has every page it takes is written while this thread places the pages (the
  // corpus's 123: ~50 ms of folders and renames that came before it); one that reads big pages
  // from their placed files, or is made again from the files (stale), waits for them.
  const early = model ? modelIndexIn(model, out, () => copyFilesInto(out, site.staticFiles.filter(underIndex)).then(() => indexWrittenPages(site, out))) : !emit.stale && !emit.waitsForPlacedPages() ? emit.search.finish(out) : undefined;
  early?.catch(() => undefined);
  const placed = placePages(out, path.dirname(out), drawn) + reused.length + patched;
  emit.splice.apply(out);
  takeReusedPages(site.outDir, out, reused);
  // A rebuild links the files its last site has as they are (copy-files.ts); --no-cache copies them all.
  // Those copied early are copied again only where a page's file took their place.
  const copiedEarly = input.earlyCopies;
  const keyOf = (file: StaticFile) => `${file.from}\0${file.to}`;
  const copied = new Set(copiedEarly?.files.map(keyOf));
  const pageFiles = new Set(copiedEarly ? [...site.model.pages.map((page) => page.dest), ...notFoundFiles(site.model)] : []);
  const later = site.staticFiles.filter((file) => !underIndex(file) && (!copied.has(keyOf(file)) || pageFiles.has(file.to)));
  // The link check's asset aliases are linked to the copies made early of their sources.
  const made = new Map<string, string>();
  for (const file of copiedEarly?.files ?? []) if (!pageFiles.has(file.to) && !made.has(file.from)) made.set(file.from, path.join(out, ...file.to.split('/')));
  const copying = copyFilesInto(out, later, input.cache ? site.outDir : undefined, made);
  // Not left unhandled while the index is awaited; its failure is thrown below.
  copying.catch(() => undefined);
  // The social plugin's cards are drawn while Pagefind indexes, written after the static files.
  const cards = writeSocialCards(site, out, input.cache, copying.catch(() => undefined));
  cards.catch(() => undefined);
  // The index was filled while Astro rendered; a bundle that changed under the reused pages
  // (see pagesToRender) had them all rendered again, and the index is made from the files.
  if (emit.stale) await emit.search.cancel();
  if (!emit.stale) emit.addPlacedPages(out);
  const indexing = early ?? (emit.stale ? indexWrittenPages(site, out) : emit.search.finish(out));
  indexing.catch(() => undefined);
  // The theme's fonts and generated stylesheet depend on mkdocs.yml (theme.font), Mermaid on
  // the pages, the admonition icons on the pages and the site's own stylesheets. Read while
  // Pagefind indexes, once the last pages have been sent to it: a page's HTML in a file is
  // scanned a slice at a time (page-html.ts), a few passes over a 10 MB Markdown page's 80
  // million characters, ~1.5 s that came after the index.
  await new Promise((resolve) => setImmediate(resolve));
  const theme = themeAssets({ ...site.model, pages: [...site.model.pages, ...(site.model.notFound ?? [])], siteCss: siteStylesheets(site.staticFiles) }, {}, input.themeParts);
  // The render cache, written in the workspace meanwhile too, is put in place once the site is published.
  const renderCache = path.join(path.dirname(out), 'render-cache.v8');
  writeRenderCacheFile(renderCache, site.renderCache);
  const search = await indexing;
  await copying;
  const social = await cards;
  lap('pagefind');
  const late: SiteMessage[] = theme.warnings.map((warning) => ({ severity: 'warning', message: warning.message, ...(warning.at ? site.placeOf(warning.at) : { file: site.config.config_file_path }) }));
  if (reused.length > 0) late.push({ severity: 'info', message: `${reused.length} of ${site.model.pages.length} pages look as they did in the last build: their files were kept, not drawn again` });
  if (patched > 0) late.push({ severity: 'info', message: `${patched} of ${site.model.pages.length} pages changed only in their content: it was written into their last files, and Astro was not started` });
  writeThemeAssets(out, theme.assets);
  // After the pages and the index, as MkDocs' plugins write them on_post_build: the feeds
  // read every page's content and meta, and redirect pages are no pages to find.
  const plugin = pluginFiles(site);
  writePluginFiles(out, plugin.files);
  late.push(...plugin.messages, ...social.messages);
  if (social.drawn + social.reused > 0) late.push({ severity: 'info', message: `social plugin: ${social.drawn} cards drawn, ${social.reused} kept from the last build` });
  lap('write');
  const { contents } = emit;
  input.indexed();
  // A failed index is a warning: the site works, and the search dialog says it is unavailable.
  for (const message of search.messages) late.push({ severity: 'warning', message: `search: ${message}` });
  // Reported before publishing: with --strict a late warning stops the build and the old site stays.
  report(late);
  // Taken from the workspace: the files this build wrote, whatever another build publishes meanwhile.
  // Which pages the index holds, when it was written with every page it takes (kept-index.ts).
  const whole = search.messages.length === 0 && search.pages === emit.searched.size;
  const searchRecord = site.model.site.search && site.model.site.languages === undefined ? { language: site.model.site.language, ...(whole ? { pages: indexedPagesKey(emit.searched.keys()), ...(search.parts ? { parts: search.parts } : {}) } : {}) } : undefined;
  const views = plan.keys ? recordViews(out, plan.keys, contentPlaces(contents, reused, plan.last), notFoundFiles(site.model), searchRecord) : undefined;
  publishSite(out, site.outDir, input.previous);
  placeRenderCache(renderCache, site.outDir);
  if (site.social) saveCardCache(site.outDir, social.keys);
  if (views) saveViews(site.outDir, views);
  return { pages: placed, searchPages: search.pages };
}

/**
 * The index made from the model (emit.ts), moved into the site once written when every drawn page
 * held to it; else dropped once Pagefind is done with it, and made `again` from the written pages.
 * An index Pagefind could not write is what it was: the site without search, and a warning.
 */
export async function modelIndexIn(model: Pick<ModelIndex, 'dir' | 'result' | 'holds'>, out: string, again: () => Promise<SearchIndexResult>): Promise<SearchIndexResult> {
  const result = await model.result;
  const written = path.join(model.dir, 'pagefind');
  if (!model.holds()) {
    rmSync(model.dir, { recursive: true, force: true });
    return again();
  }
  if (!existsSync(written)) return result;
  const outputPath = path.join(out, 'pagefind');
  moveInto(written, outputPath);
  return { ...result, outputPath };
}

/**
 * Where each page's content is in its file, for the record of the build: as found in the pages it
 * drew (`drawn`), as the last build recorded for the pages it kept.
 */
function contentPlaces(drawn: ReadonlyMap<string, FoundContent>, kept: readonly PageModel[], last: ViewsFile | undefined): Map<string, FoundContent> {
  const places = new Map(drawn);
  for (const page of kept) {
    const view = last?.pages[page.dest];
    if (view?.content) places.set(page.dest, { ...view.content, fileSize: view.size });
  }
  return places;
}
