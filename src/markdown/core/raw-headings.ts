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
import type { Heading, Html } from 'mdast';
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

/**
 * The hast property on a Markdown heading counting the raw start tags its text leaves open
 * (`data-python-markdown-open`). Python-Markdown writes toc's permalink after them, so a
 * browser reads it inside the innermost one; rehype-raw closes them at the heading's end
 * instead, and toc puts the permalink back where the browser finds it:
 *
 * ```
 * ## Install <name>  ->  <h2 id="install">Install <name><a class="headerlink" href="#install">¶</a></h2>
 * ```
 */
export const OPEN_TAGS_PROPERTY = 'dataPythonMarkdownOpen';
/** HTML's void elements: never open. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function markOpenTags(node: Heading): void {
  const open: string[] = [];
  for (const child of node.children) {
    if (child.type !== 'html') continue;
    for (const tag of tags(child.value)) {
      if (tag.kind === 'start' && !tag.selfClosing && !VOID.has(tag.name)) open.push(tag.name);
      // An end tag closes its element and any left open inside it; a stray one nothing.
      else if (tag.kind === 'end' && open.includes(tag.name)) open.length = open.lastIndexOf(tag.name);
    }
  }
  if (open.length === 0) return;
  const data = node.data ?? (node.data = {});
  data.hProperties = { ...data.hProperties, [OPEN_TAGS_PROPERTY]: open.length };
}
