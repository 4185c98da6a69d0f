/**
 * Big pages are parsed in pieces. micromark holds every event of a document until it has
 * compiled the whole of it (about 1 KB of memory per event, several events per word): a 10 MB
 * page needed gigabytes and spent most of its time in the garbage collector. Cut at places
 * where no block can be open, the pieces parse to the same nodes as the whole page does, so
 * each piece is parsed on its own, its positions moved to the page's, and the roots' children
 * joined.
 *
 * A cut goes before an ATX heading at column 1 that follows a blank line: in Python-Markdown
 * that line ends every list, quote, indented block (admonition, details, tab, footnote) and
 * paragraph before it, and nothing after it joins what came before. It may not fall inside a
 * fenced code block (fences are followed line by line), nor after anything that can hold blank
 * lines we do not follow here: raw HTML, comments, `///` blocks and `:::` containers (the rest
 * of the page stays one piece). A piece whose last block still runs at its end gives the page
 * back to a whole parse. References resolve against the page's definitions (core/label-end.ts)
 * whatever the piece, but for a definition that scan misses (in a list or quote): the page is
 * then parsed whole; footnote calls only resolve against the definitions of their own parse, so
 * a page with `[^` is parsed whole.
 */
import type { Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import { walkMdast } from './walk.ts';

/** Pages shorter than this are parsed whole; so is each piece at least this long. */
export const PIECE_CHARS = 64 * 1024;

// `#` and a space: a heading with or without pymdownx.saneheaders, never fancylists' `#.` item.
const HEADING = /^#{1,6} /;
const FENCE = /^[ ]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ ]*(`{3,}|~{3,})[ ]*$/;
// Raw HTML and comments (Python-Markdown's HTML preprocessor), PyMdown Blocks, `:::` aliases.
const UNFOLLOWED = /^[ ]*(?:<|\/\/\/|:::)|<!--|<\?/;

/**
 * Offsets where a piece starts (the first piece, at 0, is not listed); empty when the page is
 * parsed whole.
 *
 * ```ts
 * pieceStarts('a\n\n# b\n', 1) // [3]
 * ```
 */
export function pieceStarts(document: string, pieceChars = PIECE_CHARS): number[] {
  const starts: number[] = [];
  if (document.length < 2 * pieceChars || document.includes('[^')) return starts;
  let fence: Fence | undefined;
  let previousBlank = false;
  let pieceStart = 0;
  for (let at = 0; at < document.length;) {
    const newline = document.indexOf('\n', at);
    const end = newline === -1 ? document.length : newline;
    const line = document.slice(at, end);
    const inFence = fence !== undefined;
    fence = nextFence(fence, line);
    if (!inFence && fence === undefined) {
      if (UNFOLLOWED.test(line)) break;
      else if (previousBlank && HEADING.test(line) && at - pieceStart >= pieceChars && document.length - at >= pieceChars) {
        starts.push(at);
        pieceStart = at;
      }
    }
    previousBlank = line === '';
    at = end + 1;
  }
  return starts;
}

interface Fence {
  readonly marker: string;
  readonly length: number;
}

/** The fenced block open after `line`: `fence` until its closing line, or one `line` opens. */
function nextFence(fence: Fence | undefined, line: string): Fence | undefined {
  if (fence) {
    const close = FENCE_CLOSE.exec(line)?.[1];
    return close !== undefined && close[0] === fence.marker && close.length >= fence.length ? undefined : fence;
  }
  const open = FENCE.exec(line)?.[1];
  return open === undefined ? undefined : { marker: open[0] ?? '`', length: open.length };
}

/**
 * Parses `document` piece by piece (cut at `starts`) and joins the trees. Returns undefined when
 * a piece did not end where it was cut (a block we did not follow ran to its end): the caller
 * parses the page whole.
 */
export function parseInPieces(document: string, starts: readonly number[], parse: (text: string, from: number) => Root | undefined): Root | undefined {
  const bounds = [0, ...starts, document.length];
  const children: RootContent[] = [];
  let line = 0;
  let end: Point = { line: 1, column: 1, offset: 0 };
  for (let piece = 0; piece + 1 < bounds.length; piece++) {
    const from = bounds[piece] ?? 0;
    const to = bounds[piece + 1] ?? document.length;
    const tree = parseSlice(document, { from, to, line, last: piece + 2 === bounds.length }, parse);
    if (!tree) return undefined;
    children.push(...tree.children);
    if (tree.position) end = tree.position.end;
    line += countLines(document, from, to);
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** Where a slice of the page is, for `parseSlice`. */
export interface SliceBounds {
  readonly from: number;
  readonly to: number;
  /** Lines of the page before `from`. */
  readonly line: number;
  /** The page's last slice: its last block may run to its end. */
  readonly last: boolean;
}

/**
 * Parses the page's text from `from` to `to` on its own, positions moved to the page's. Returns
 * undefined when a slice other than the last did not end where it was cut (see parseInPieces).
 */
export function parseSlice(document: string, slice: SliceBounds, parse: (text: string, from: number) => Root | undefined): Root | undefined {
  const text = document.slice(slice.from, slice.to);
  const tree = parse(text, slice.from);
  if (!tree) return undefined;
  // A slice other than the last ends with a blank line: nothing of it may reach into that line.
  const last = tree.children.at(-1)?.position?.end.offset;
  if (!slice.last && (last === undefined || last > text.length - 2)) return undefined;
  moveBy(tree, slice.line, slice.from);
  return tree;
}

/** HTML's void elements: a start tag that never needs an end. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// A tag's name ends at a space, `/` or `>`: `<https://x>` and `<me@x.org>` are autolinks, not tags.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*?(\/?)>/g;

/**
 * Whether `text` (a piece's source) may leave a raw element open: more start tags of a name than
 * end tags. A page's raw HTML is parsed as a browser parses it, so an element a piece leaves open
 * (`## Install <name>`, `a <b> b`) holds or reopens in what comes after it in the page, which a
 * piece rendered on its own cannot know. Read from the source: a tag in a code span counts too,
 * which only renders a page whole that pieces would have rendered the same.
 *
 * ```ts
 * leavesTagsOpen('a <b>b</b> <br>') // false
 * leavesTagsOpen('## Install <name>') // true
 * ```
 */
export function leavesTagsOpen(text: string): boolean {
  if (!text.includes('<')) return false;
  const balance = new Map<string, number>();
  let fence: Fence | undefined;
  for (const line of text.split('\n')) {
    // Fenced code and code spans hold no HTML (`std::vector<T>`); an indented code block is not
    // told from a container's content here, and counts.
    const inFence = fence !== undefined;
    fence = nextFence(fence, line);
    if (inFence || fence !== undefined || !line.includes('<')) continue;
    for (const [, end, name = '', selfClosing] of line.replace(CODE_SPAN, '').matchAll(TAG)) {
      const key = name.toLowerCase();
      if (VOID_ELEMENTS.has(key) || selfClosing === '/') continue;
      balance.set(key, (balance.get(key) ?? 0) + (end === '/' ? -1 : 1));
    }
  }
  for (const count of balance.values()) if (count > 0) return true;
  return false;
}

const CODE_SPAN = /(`+)(?!`).*?(?<!`)\1(?!`)/g;

/** Line endings in `text` from `from` up to `to` (the whole text without them). */
export function countLines(text: string, from = 0, to = text.length): number {
  let lines = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/**
 * Moves every position of `tree` down `lines` lines and on `offset` characters. The points are
 * new objects (a piece's points may be shared with what parsed it), one per place: a node's start
 * is often its first child's start and its end its last child's end, so sharing them keeps a big
 * page's tree about a tenth smaller while the rest of it is parsed. Nothing changes a point in
 * place: passes that move a node give it a new position.
 */
function moveBy(tree: Root, lines: number, offset: number): void {
  const points = new Map<number, Point>();
  const move = (point: Point): Point => {
    if (point.offset === undefined) return { line: point.line + lines, column: point.column };
    const at = point.offset + offset;
    let moved = points.get(at);
    if (moved === undefined) points.set(at, (moved = { line: point.line + lines, column: point.column, offset: at }));
    return moved;
  };
  const moved = (position: Position): Position => ({ start: move(position.start), end: move(position.end) });
  walkMdast(tree, (node) => {
    if (node.position) node.position = moved(node.position);
  });
}
