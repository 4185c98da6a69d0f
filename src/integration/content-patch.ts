/**
 * A build without Astro. When every page either keeps its last file (page-reuse.ts) or differs
 * from it only in its content — the edit an author makes most: a paragraph added, a typo fixed —
 * the new content is written into the last build's file of the page, in the place the last build
 * recorded, and Astro is not started: its setup and the theme's bundle cost most of such a
 * rebuild (Privacy Guides: ~0.7 s of CPU, for one page).
 *
 * Everything else in a page's file is a function of its shell key (page-reuse.ts: the page's
 * entry but its content, the site-wide model, our code, the base path) and of the feature sheets
 * its content asks for (the only part of the head the content decides): both must be as in the
 * last build. So must the theme's bundle (`_astro/`, kept as it is), the not-found pages (kept),
 * each of these files and each page's (same size and time as that build wrote), and the bytes at
 * the recorded place (their SHA-1 as recorded). Anything else, and the build draws its pages with
 * Astro as always.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIG_PAGE_CHARS, siteOf, type PageModel, type SiteModel } from '../site/model.ts';
import { titledContent } from '../shared/title-heading.ts';
import { htmlChars } from '../shared/page-html.ts';
import { featureSheetPath, featureSheets, pageSheetInput } from '../theme/feature-sheets.ts';
import { contentIsOurs } from './content-splice.ts';
import { keepFiles, makeFolders } from './copy-files.ts';
import { isUnchanged, notFoundFiles, type FoundContent, type ReusePlan, type WrittenView } from './page-reuse.ts';

/** A page whose new file is its last one with the new content in place. */
export interface PatchedPage {
  readonly page: PageModel;
  /** The page's new file, whole. */
  readonly html: string;
}

/**
 * Where `titled` (titledContent) is in a page's HTML, when it is there exactly once: the place the
 * next build may write the page's new content into. Nothing for an empty content (no place to tell).
 * `bytes`, the HTML's UTF-8 when the caller has it (Astro's response), spares encoding the page
 * and its content again to measure and hash them (~20 ms of the corpus's 123 pages).
 */
export function contentPlace(html: string, titled: string, bytes?: Uint8Array): FoundContent | undefined {
  if (titled === '') return undefined;
  const at = html.indexOf(titled);
  if (at < 0 || html.indexOf(titled, at + 1) >= 0) return undefined;
  const start = Buffer.byteLength(html.slice(0, at));
  const length = Buffer.byteLength(titled);
  if (!bytes) return { start, length, hash: sha1(titled), fileSize: Buffer.byteLength(html) };
  return { start, length, hash: sha1(bytes.subarray(start, start + length)), fileSize: bytes.byteLength };
}

/**
 * The new files of the pages `plan` renders, each its last file with its new content in place,
 * when every one of them can be made so (see the file's comment); undefined otherwise.
 */
export function patchPages(model: SiteModel, outDir: string, plan: ReusePlan): PatchedPage[] | undefined {
  const last = plan.last;
  if (!last || !plan.keys || plan.assets.length === 0) return undefined;
  // The bundle is linked as it is: each file as that build wrote it (not edited since, as by a
  // tool run over the site), as a build with Astro would write it again.
  if (!plan.assets.every((name) => isUnchanged(path.join(outDir, '_astro', name), last.bundle?.[name]))) return undefined;
  const notFound = last.notFound;
  if (notFound?.key !== plan.keys.notFound) return undefined;
  if (!notFoundFiles(model).every((name) => isUnchanged(path.join(outDir, ...name.split('/')), notFound.files[name]))) return undefined;
  const patched: PatchedPage[] = [];
  for (const page of plan.render) {
    const view = last.pages[page.dest];
    const html = view?.shell === plan.keys.pages.get(page.dest)?.shell ? patchPage(model, outDir, page, view) : undefined;
    if (html === undefined) return undefined;
    patched.push({ page, html });
  }
  return patched;
}

/**
 * Puts what the pages of a patched build take from the last build into its new site `out`:
 * the theme's bundle and the not-found pages (linked), and the patched pages' new files.
 */
export function writePatchedSite(model: SiteModel, outDir: string, out: string, plan: ReusePlan, patched: readonly PatchedPage[]): void {
  keepFiles(outDir, out, [...plan.assets.map((name) => `_astro/${name}`), ...notFoundFiles(model)]);
  const targets = patched.map((entry) => ({ html: entry.html, to: path.join(out, ...entry.page.dest.split('/')) }));
  makeFolders(targets.map((target) => path.dirname(target.to)));
  for (const target of targets) writeFileSync(target.to, target.html);
}

/** The page's last file with its new content in place, or undefined when that file cannot be trusted to be one. */
function patchPage(model: SiteModel, outDir: string, page: PageModel, view: WrittenView | undefined): string | undefined {
  const place = view?.content;
  // A big page's content is written after Astro (content-splice.ts); a template's content is not ours to place.
  if (!view || !place || htmlChars(page.html) >= BIG_PAGE_CHARS || !contentIsOurs(page)) return undefined;
  const file = path.join(outDir, ...page.dest.split('/'));
  if (!isUnchanged(file, view)) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const end = place.start + place.length;
  if (end > bytes.length || sha1(bytes.subarray(place.start, end)) !== place.hash) return undefined;
  const before = bytes.subarray(0, place.start).toString('utf8');
  if (!sameSheets(before, featureSheets(pageSheetInput(siteOf(model.site, page), page)).map(featureSheetPath))) return undefined;
  return `${before}${titledContent(page)}${bytes.subarray(end).toString('utf8')}`;
}

/** Whether the page's head (the part of its file before the content) links exactly these feature sheets, in order. */
function sameSheets(head: string, sheets: readonly string[]): boolean {
  const linked = [...head.matchAll(/<link rel="stylesheet" href="[^"]*?(assets\/theme\/features\/[\w-]+\.css)"/g)].map((match) => match[1]);
  return linked.length === sheets.length && linked.every((sheet, at) => sheet === sheets[at]);
}

/** Whether `file` is there as the last build recorded it (`written`), when it recorded it. */
function sha1(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('base64url');
}
