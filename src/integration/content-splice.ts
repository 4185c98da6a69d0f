/**
 * A big page's content (model.ts BIG_PAGE_CHARS of HTML) is not drawn by Astro: Astro draws the
 * page around a marker, and the content is written into the file at the marker once the file is
 * in place. So is its toc, drawn twice (the secondary sidebar, the nav's integrated toc): the 10 MB
 * page's 47,000 headings made a 10 MB page around the content, which Astro held as a 20 MB string
 * (UTF-16 from its first character beyond Latin-1), then as its UTF-8 twice, on the build's peak;
 * written here, the toc is never held whole (src/theme/toc-html.ts tocItemPieces). Rendering it, Astro held the HTML several times over (its chunks as UTF-8, the joined
 * body, the copy it writes): for a 10 MB Markdown page, 80 million characters of HTML, the build's
 * main process went from ~800 MB to 1.25 GB in Astro's phase, held mostly in buffers. Here the
 * HTML is written in slices and never copied whole: from the model's string, or copied from the
 * file a render worker wrote it to (src/shared/page-html.ts), which this process never reads whole.
 *
 * Only in a build (`serve` draws every page whole), and only where the page's content is ours to
 * place: a site's custom_dir template that draws the content itself (Material's `content` block
 * or `partials/content.html`) or a blog view gets it from Astro as any page does. A spliced page
 * must be indexed from its file (emit.ts readFromFile), as the HTML Astro hands back has no content.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PageModel } from '../site/model.ts';
import { titleHeading } from '../shared/title-heading.ts';
import { writeHtml } from '../shared/page-html.ts';
import { writeBytes } from '../shared/text-slices.ts';
import { tocEntries } from '../theme/toc.ts';
import { tocItemPieces } from '../theme/toc-html.ts';

/** What Astro draws in place of a spliced page's parts, which are written in after. */
export interface SpliceMarkers {
  /** In place of the page's content (its title heading, then its HTML). */
  readonly content: string;
  /** In place of its toc's entries (toc-html.ts tocItemsHtml), wherever they are drawn; drawn only for a toc with entries. */
  readonly toc: string;
}

export interface ContentSplice {
  /** The markers Astro draws in place of the page's parts (by route id), when they are spliced in after. */
  readonly markers: (route: string) => SpliceMarkers | undefined;
  /**
   * Writes the parts of every page whose markers were asked for into its file under `out`. A file
   * without a marker is left as it is: a site's template for Material's `container` block that
   * draws no content.
   */
  readonly apply: (out: string) => void;
}

/** What the splice reads of a page. */
type SplicedPage = Pick<PageModel, 'route' | 'dest' | 'title' | 'html' | 'toc'>;

/**
 * `spliced(page)`: whether this page's parts are written after Astro (see the file's comment);
 * `token` makes the markers of this build, which no page or template can have written.
 */
export function contentSplice<P extends SplicedPage>(pages: readonly P[], spliced: (page: P) => boolean, token: string): ContentSplice {
  const byRoute = new Map(pages.map((page) => [page.route, page]));
  const drawn = new Map<string, P>();
  return {
    markers: (route) => {
      const page = byRoute.get(route);
      if (!page || !spliced(page)) return undefined;
      drawn.set(route, page);
      return markersOf(token, route);
    },
    apply: (out) => {
      for (const [route, page] of drawn) spliceInto(path.join(out, ...page.dest.split('/')), markersOf(token, route), page);
      drawn.clear();
    },
  };
}

/** Whether a page's content may be spliced: no custom_dir template draws it, and it is not a blog view. */
export function contentIsOurs(page: Pick<PageModel, 'overrides' | 'blog'>): boolean {
  return page.overrides?.blocks.content === undefined && page.overrides?.partials.content === undefined && page.blog?.kind !== 'view';
}

function markersOf(token: string, route: string): SpliceMarkers {
  return { content: `<!--mkdocs-astro-content:${token}:${route}-->`, toc: `<!--mkdocs-astro-toc:${token}:${route}-->` };
}

/** A marker found in the page Astro drew (its byte offset and length), and what is written in its place. */
interface Place {
  readonly at: number;
  readonly bytes: number;
  readonly write: (fd: number) => void;
}

/**
 * Replaces each marker in `file` by its part of the page. The page Astro drew around them is
 * copied as bytes, never decoded (as a string, the 10 MB page's was UTF-16, then encoded again
 * for each piece written).
 */
function spliceInto(file: string, markers: SpliceMarkers, page: SplicedPage): void {
  const around = readFileSync(file);
  const places = [
    ...placesOf(around, markers.content, (fd) => {
      writeSync(fd, titleHeading(page));
      writeHtml(fd, page.html);
    }),
    ...placesOf(around, markers.toc, (fd) => writeToc(fd, page)),
  ].sort((a, b) => a.at - b.at);
  if (places.length === 0) return;
  const fd = openSync(file, 'w');
  try {
    let from = 0;
    for (const place of places) {
      writeBytes(fd, around.subarray(from, place.at));
      place.write(fd);
      from = place.at + place.bytes;
    }
    writeBytes(fd, around.subarray(from));
  } finally {
    closeSync(fd);
  }
}

function placesOf(around: Buffer, marker: string, write: (fd: number) => void): Place[] {
  const bytes = Buffer.byteLength(marker);
  const places: Place[] = [];
  for (let at = around.indexOf(marker); at >= 0; at = around.indexOf(marker, at + bytes)) places.push({ at, bytes, write });
  return places;
}

/** Characters of toc markup gathered before a write: one write per entry would be 100,000 writes for the 10 MB page. */
const TOC_WRITE_CHARS = 1 << 16;

/** Writes the page's toc entries as tocItemsHtml draws them, a batch of pieces at a time. */
function writeToc(fd: number, page: SplicedPage): void {
  let batch = '';
  for (const piece of tocItemPieces(tocEntries(page))) {
    batch += piece;
    if (batch.length < TOC_WRITE_CHARS) continue;
    writeSync(fd, batch);
    batch = '';
  }
  if (batch !== '') writeSync(fd, batch);
}
