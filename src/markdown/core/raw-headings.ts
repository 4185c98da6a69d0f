/**
 * Headings written as raw HTML are not Markdown headings for Python-Markdown: the toc extension
 * only sees the headings of its element tree, and raw HTML is stashed as text. So they get no
 * id, no permalink and no ToC entry:
 *
 * ```
 * <h3>Raw</h3>   ->  <h3>Raw</h3>        (## Raw  ->  <h2 id="raw">Raw</h2>)
 * ```
 *
 * After rehype-raw the two look alike, so their start tags carry a marker attribute that the
 * toc pass skips them by (and removes).
 */
import type { Html } from 'mdast';
import { tags } from './html-scan.ts';

/** The hast property of the marker (`data-python-markdown-raw`). */
export const RAW_HEADING_PROPERTY = 'dataPythonMarkdownRaw';
const MARKER = ' data-python-markdown-raw=""';

export function markRawHeadings(node: Html): void {
  if (!/<h[1-6]/i.test(node.value)) return;
  let value = '';
  let last = 0;
  // Start tags only: a heading inside a comment or a script stays as written.
  for (const tag of tags(node.value)) {
    if (tag.kind !== 'start' || !/^h[1-6]$/.test(tag.name)) continue;
    const after = tag.start + 1 + tag.name.length;
    value += node.value.slice(last, after) + MARKER;
    last = after;
  }
  if (last > 0) node.value = value + node.value.slice(last);
}
