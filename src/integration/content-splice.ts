/**
 * A big page's content (model.ts BIG_PAGE_CHARS of HTML) is not drawn by Astro: Astro draws the
 * page around a marker, and the content is written into the file at the marker once the file is
 * in place. Rendering it, Astro held the HTML several times over (its chunks as UTF-8, the joined
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

export interface ContentSplice {
  /** The marker Astro draws in place of the page's content (by route id), when it is spliced in after. */
  readonly marker: (route: string) => string | undefined;
  /**
   * Writes the content of every page whose marker was drawn into its file under `out`. A file
   * without its marker is left as it is: a site's template for Material's `container` block that
   * draws no content.
   */
  readonly apply: (out: string) => void;
}

/** What the splice reads of a page. */
type SplicedPage = Pick<PageModel, 'route' | 'dest' | 'title' | 'html'>;

/**
 * `spliced(page)`: whether this page's content is written after Astro (see the file's comment);
 * `token` makes the markers of this build, which no page or template can have written.
 */
export function contentSplice<P extends SplicedPage>(pages: readonly P[], spliced: (page: P) => boolean, token: string): ContentSplice {
  const byRoute = new Map(pages.map((page) => [page.route, page]));
  const drawn = new Map<string, P>();
  return {
    marker: (route) => {
      const page = byRoute.get(route);
      if (!page || !spliced(page)) return undefined;
      drawn.set(route, page);
      return markerOf(token, route);
    },
    apply: (out) => {
      for (const [route, page] of drawn) spliceInto(path.join(out, ...page.dest.split('/')), markerOf(token, route), page);
      drawn.clear();
    },
  };
}

/** Whether a page's content may be spliced: no custom_dir template draws it, and it is not a blog view. */
export function contentIsOurs(page: Pick<PageModel, 'overrides' | 'blog'>): boolean {
  return page.overrides?.blocks.content === undefined && page.overrides?.partials.content === undefined && page.blog?.kind !== 'view';
}

function markerOf(token: string, route: string): string {
  return `<!--mkdocs-astro-content:${token}:${route}-->`;
}

/**
 * Replaces `marker` in `file` by the page's content, titled. The page Astro drew around
 * it is copied as bytes, never decoded: the 10 MB page's is 10 MB of UTF-8 (its toc twice), which
 * as a string was 20 MB (UTF-16, from its first character beyond Latin-1), then encoded again for
 * each half written.
 */
function spliceInto(file: string, marker: string, page: SplicedPage): void {
  const around = readFileSync(file);
  const at = around.indexOf(marker);
  if (at < 0) return;
  const fd = openSync(file, 'w');
  try {
    writeBytes(fd, around.subarray(0, at));
    writeSync(fd, titleHeading(page));
    writeHtml(fd, page.html);
    writeBytes(fd, around.subarray(at + Buffer.byteLength(marker)));
  } finally {
    closeSync(fd);
  }
}
