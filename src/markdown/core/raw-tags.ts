/**
 * Raw HTML is stashed as text by Python-Markdown, so the passes that walk its element tree never
 * see the elements written in it. Two of those passes matter here:
 *
 * - toc: a heading written as raw HTML gets no id, no permalink and no ToC entry;
 * - MkDocs' link pass (structure/pages.py `_RelativePathTreeprocessor`): a raw `<a href>` or
 *   `<img src>` is neither rewritten (`x.md` stays `x.md`) nor validated (no message, so no
 *   `--strict` failure for a URL written for the built site).
 *
 * ```
 * <h3>Raw</h3>                 ->  <h3>Raw</h3>          (## Raw      ->  <h2 id="raw">Raw</h2>)
 * <a href="other.md">x</a>     ->  <a href="other.md">   ([x](other.md)  ->  <a href="../other/">)
 * ```
 *
 * After rehype-raw the raw elements look like the Markdown ones, so their start tags carry a
 * marker attribute: toc skips headings by it, rehypeCollect links and images, and both remove
 * it. parse5's copies of a formatting element it reopens (an `<a>` left open across blocks)
 * keep the marker with the other attributes.
 */
import type { Heading, Html } from 'mdast';
import { tags } from './html-scan.ts';

/** The hast property of the marker (`data-python-markdown-raw`). */
export const RAW_TAG_PROPERTY = 'dataPythonMarkdownRaw';
const MARKER = ' data-python-markdown-raw=""';
/** The raw start tags that get the marker. */
const MARKED = /^(?:h[1-6]|a|img)$/;

export function markRawTags(node: Html): void {
  if (!/<(?:h[1-6]|a|img)[\s/>]/i.test(node.value)) return;
  let value = '';
  let last = 0;
  // Start tags only: a tag inside a comment or a script stays as written.
  for (const tag of tags(node.value)) {
    if (tag.kind !== 'start' || !MARKED.test(tag.name)) continue;
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
