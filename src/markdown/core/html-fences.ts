/**
 * Fenced code inside a raw HTML block, as Python-Markdown renders it: its fence preprocessor
 * (fenced_code's or superfences') runs before raw HTML blocks are extracted, so a fence that
 * starts a document line becomes code even between `<div>` and `</div>`:
 *
 * ```
 * <details>                <details>
 * ```js           ->       <pre><code class="language-js">x
 * x                        </code></pre>
 * ```                      </details>
 * </details>
 * ```
 *
 * The raw node is split around each fence into raw parts and an mdast `code` node at the fence's
 * place in the page, which fenced_code / superfences then handle like any fence (rehype-raw
 * puts the parts back together around the code).
 *
 * superfences counts `>` as indent too (its `PREFIX_CHARS`), so a fence in a quote written inside
 * raw HTML (`> ```sh` … `> ````) is code as well; the `> ` before it stays raw HTML.
 */
import type { Code, Html, Parent, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { readTag } from './html-scan.ts';

/**
 * `^(indent)(fence)[ ]*info\n code (?<=\n)(indent)(fence)[ ]*$`: the closing fence repeats the
 * opening one, at the same indent. fenced_code's fences start their line; superfences' scan takes
 * them at any indent (quote markers included), code lines dedented by it (a less indented line
 * ends no fence: it drops it).
 */
const FENCE = /^([ >]*)(`{3,}|~{3,})([^\n]*)\n([\s\S]*?)(?<=\n)\1\2[ \t]*$/gm;

export interface HtmlFenceOptions {
  /** md_in_html is on: `markdown` blocks are parsed by it, fences and all. */
  readonly mdInHtml: boolean;
  /** pymdownx.superfences is on: indented fences are fences too. */
  readonly indented?: boolean | undefined;
  /**
   * Whether a fence's opening line (fence and info) opens one (the extensions' `pythonFenceHeader`
   * tests): one that superfences refuses stays raw HTML, its backticks and all.
   */
  readonly accepts?: ((line: string) => boolean) | undefined;
}

export function splitFencesInRawHtml(tree: Root | Parent, options: HtmlFenceOptions): void {
  for (let index = tree.children.length - 1; index >= 0; index--) {
    const node = tree.children[index];
    // A `///` block's body is not indented: its raw blocks start document lines too, and the
    // fence preprocessor ran over them before the block was parsed.
    if (node?.type === 'blockFence') splitFencesInRawHtml(node, options);
    const start = node?.position?.start;
    if (node?.type !== 'html' || start?.column !== 1 || start.offset === undefined || !node.value.includes('\n')) continue;
    if (options.mdInHtml && hasMarkdownAttribute(node.value)) continue;
    const parts = split(node, start, options);
    if (parts.length > 1) tree.children.splice(index, 1, ...parts);
  }
}

function split(node: Html, start: Point, options: HtmlFenceOptions): RootContent[] {
  const parts: RootContent[] = [];
  const value = node.value;
  let last = 0;
  FENCE.lastIndex = 0;
  // The block's first line is its tag: a fence can only start on a later line.
  for (let match = FENCE.exec(value); match; match = FENCE.exec(value)) {
    const [whole, indent = '', fenceChars = '', info = '', code = ''] = match;
    const lines = code.replace(/\n$/, '').split('\n');
    const misplaced = indent !== '' && (options.indented !== true || !linesFit(lines, indent));
    if (match.index === 0 || misplaced || options.accepts?.(fenceChars + info) === false) {
      FENCE.lastIndex = match.index + indent.length + 1;
      continue;
    }
    // The indent stays raw HTML before the code, as superfences leaves it before its placeholder.
    const at = match.index + indent.length;
    if (at > last) parts.push(raw(value.slice(last, at), pointAt(value, last, start), pointAt(value, at, start)));
    const words = info.trim().split(/\s+/);
    const lang = info.trim() === '' ? null : (words[0] ?? null);
    const fence: Code = {
      type: 'code',
      lang,
      meta: words.length > 1 ? words.slice(1).join(' ') : null,
      value: lines.map((line) => line.slice(indent.length)).join('\n'),
      position: { start: pointAt(value, at, start), end: pointAt(value, match.index + whole.length, start) },
    };
    parts.push(fence);
    last = match.index + whole.length;
  }
  if (parts.length === 0) return [node];
  if (last < value.length) parts.push(raw(value.slice(last), pointAt(value, last, start), pointAt(value, value.length, start)));
  return parts;
}

/**
 * Whether superfences keeps every code line of a fence opened at `indent` (its `eval_fence` /
 * `eval_quoted`): a line must repeat the indent (blank lines aside). Under a quote marker the
 * indent is any run of `>`, spaces and tabs as long as it, with no deeper quote, and a line
 * after an empty one must keep the quote level.
 */
function linesFit(lines: readonly string[], indent: string): boolean {
  const level = countQuotes(indent);
  if (level === 0) return lines.every((line) => line.trim() === '' || line.startsWith(indent));
  let afterEmpty = false;
  for (const line of lines) {
    const prefix = /^[ \t>]*/.exec(line.slice(0, indent.length))?.[0] ?? '';
    const quotes = countQuotes(prefix);
    if (quotes > level) return false;
    if (line.length === prefix.length) {
      afterEmpty = true;
      continue;
    }
    if (prefix.length < indent.length || (afterEmpty && quotes < level)) return false;
    afterEmpty = false;
  }
  return true;
}

function countQuotes(prefix: string): number {
  return prefix.split('>').length - 1;
}

function raw(value: string, from: Point, to: Point): Html {
  return { type: 'html', value, position: { start: from, end: to } };
}

/** The page point of `offset` in `value`, which starts at `start` (column 1). */
function pointAt(value: string, offset: number, start: Point): Point {
  const before = value.slice(0, offset);
  const lines = before.split('\n');
  const column = (lines[lines.length - 1] ?? '').length + 1;
  return { line: start.line + lines.length - 1, column, ...(start.offset === undefined ? {} : { offset: start.offset + offset }) };
}

/** The block's first tag has a `markdown` attribute (md_in_html parses such blocks). */
export function hasMarkdownAttribute(value: string): boolean {
  const at = value.indexOf('<');
  const tag = at < 0 ? undefined : readTag(value, at);
  return tag?.kind === 'start' && tag.attributes.has('markdown');
}
