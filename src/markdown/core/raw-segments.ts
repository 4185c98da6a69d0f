/**
 * Where a page's parse5 pass may stop. rehype-raw re-parses a whole tree to splice its raw HTML
 * in, but parse5's state at the top level of a page is the same before and after a top-level
 * block whose raw tags close everything they open: the block can be parsed alone, and the
 * blocks around it, Markdown's own elements, need no parse at all (raw-when-needed.ts). On the
 * Privacy Guides corpus that was most of the pass: a page with one raw block went through
 * parse5 whole. Inside a block, a run of children that closes what it opens and ends nothing
 * it did not open (`<small>`, text, `</small>`) is parsed alone too (runEnd).
 *
 * What carries state past a block, and so joins it to the next one until the state settles: a
 * raw start tag left open (`<div>` here, `</div>` three blocks later), a formatting element
 * parse5 would reopen (an `<a>` or `<b>` left open, closed out of order), a comment, tag or
 * `<script>` left unterminated, a start tag that first closes something open (a `<div>` after
 * an open `<p>`), an end tag reaching past a scope, and any raw tag left open inside one of
 * Markdown's elements (its end tag may then close nothing, or something else). When unsure,
 * the block joins: a longer parse gives the same HTML, only slower. tests/markdown/
 * raw-when-needed.test.ts compares generated pages with rehype-raw over the whole page.
 */
import type { Nodes, RootContent } from 'hast';
import { readTag } from './html-scan.ts';

/** HTML's void elements: a start tag opens nothing. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'image']);
/** parse5's formatting elements: reopened after a block when left open, moved by the adoption agency. */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** Elements whose content is text to parse5 up to their end tag (`plaintext` has none). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'iframe', 'noembed', 'noframes', 'noscript']);
/** Where parse5's element scopes stop, and elements with parsing modes of their own. */
const BOUNDARY = new Set([
  'applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'select', 'button', 'ol', 'ul',
  'math', 'svg', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title', 'tbody', 'thead', 'tfoot', 'tr', 'colgroup', 'frameset',
]);
/**
 * In an `<svg>` or `<math>`: HTML's breakout tags (parse5 leaves foreign content at them) and the
 * elements that hold HTML (`foreignObject`, `desc`, `title`), which are read by other rules.
 */
export const FOREIGN_BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strike', 'strong', 'sub',
  'sup', 'table', 'tt', 'u', 'ul', 'var', 'foreignObject', 'foreignobject', 'desc', 'title', 'svg', 'math',
]);
/** Start tags that close an open `<p>` first (parse5's "close a p element"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing',
  'form', 'plaintext', 'table', 'hr', 'xmp', 'li', 'dd', 'dt',
]);
/** Start tags that close an open one of their group first (list items, options, ruby, links, buttons). */
const SELF_CLOSING_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['li']), new Set(['dd', 'dt']), new Set(['option', 'optgroup']), new Set(['rb', 'rp', 'rt', 'rtc']), new Set(['a']), new Set(['nobr']), new Set(['button']),
];
/** Parts of a table: only inside a raw `<table>` (closed by its `</table>`, whatever they left open). */
const TABLE_PART = new Set(['caption', 'colgroup', 'col', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);
/** The document's own elements: merged into, or moving parse5 to other modes. */
const DOCUMENT = new Set(['html', 'head', 'body', 'frameset']);
const HEADING = /^h[1-6]$/;
/** First start tags that set a fragment's parsing mode other than the body's (see segmentable). */
const MODE_SETTING = new Set([
  'caption', 'colgroup', 'tbody', 'tfoot', 'thead', 'col', 'tr', 'td', 'th',
  'base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'script', 'style', 'template', 'title',
]);
/** Where a tag or comment that `readTag` cannot close starts: parse5 would read on into what follows. */
const TAG_START = /[a-zA-Z!?/]/;

/**
 * True when the page can be parsed in runs at all. A fragment's parser (parse5 with rehype-raw's
 * `<template>` context) takes its mode from the page's first start tag: a table part (`<tr>`,
 * `<td>`, `<col>`…) puts the whole page in table mode, and a head element (`<script>`,
 * `<meta>`…) leaves the choice to the next one. Such a page is parsed whole.
 */
export function segmentable(children: readonly RootContent[]): boolean {
  const first = firstStartTag(children);
  return first === undefined || !MODE_SETTING.has(first);
}

/** The end (exclusive) of the segment starting at `start`: the first index after which parse5's state is settled again. */
export function segmentEnd(children: readonly RootContent[], start: number): number {
  const open: string[] = [];
  for (let index = start; index < children.length; index++) {
    const child = children[index];
    if (child === undefined || !track(child, open)) return children.length;
    if (open.length === 0) return index + 1;
  }
  return children.length;
}

/**
 * True when a segment that starts at `start` must be parsed as parse5 parses it in the middle of a
 * page: after a start tag, a fragment's parser has left its first mode (which ignores a stray
 * `</p>` and reads `<tr>` as a table part, not as the stray tag it is later on).
 */
export function startsAfterMarkup(children: readonly RootContent[], start: number): boolean {
  return firstStartTag(children.slice(0, start)) !== undefined;
}

/**
 * The end (exclusive) of the run of an element's children that starts at the raw node `start`
 * and closes everything it opens, ending no element it did not open: parse5 reads such a run the
 * same anywhere its elements may stand (raw-when-needed.ts checks that part). Undefined when
 * the element's children hold no such run.
 */
export function runEnd(children: readonly RootContent[], start: number): number | undefined {
  const open: string[] = [];
  for (let index = start; index < children.length; index++) {
    const child = children[index];
    if (child === undefined || !track(child, open, true)) return undefined;
    if (open.length === 0) return index + 1;
  }
  return undefined;
}

function firstStartTag(nodes: readonly Nodes[]): string | undefined {
  for (const node of nodes) {
    if (node.type === 'element') return node.tagName;
    if (node.type !== 'raw') continue;
    for (let index = node.value.indexOf('<'); index >= 0; index = node.value.indexOf('<', index + 1)) {
      const token = readTag(node.value, index);
      if (token?.kind === 'start') return token.name;
    }
  }
  return undefined;
}

/**
 * Raw tags whose content parse5 reads in a table mode: anything there but a table part (an
 * element, text, a `<div>`, another `<table>`, which closes the open one) is moved out of the table
 * or closes it, which this does not follow.
 */
const TABLE_MODE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** Follows `node`'s raw tags on `open` (raw start tags not yet closed); false when the state cannot be followed. */
function track(node: Nodes, open: string[], strict = false): boolean {
  if (node.type === 'raw') return trackRaw(node.value, open, strict);
  if (TABLE_MODE.has(open.at(-1) ?? '') && (node.type === 'element' || (node.type === 'text' && !/^[\t\n\f\r ]*$/.test(node.value)))) return false;
  if (node.type !== 'element') return true;
  const depth = open.length;
  for (const child of node.children) {
    if (!track(child, open, strict)) return false;
    // A raw end tag inside closed something opened outside this element: the element too.
    if (open.length < depth) return false;
  }
  // A raw tag left open inside an element: its end tag may be ignored, or close that tag instead.
  return open.length === depth;
}

function trackRaw(value: string, open: string[], strict = false): boolean {
  let index = value.indexOf('<');
  while (index >= 0) {
    const token = readTag(value, index);
    if (!token) {
      if (TAG_START.test(value.charAt(index + 1))) return false;
      index = value.indexOf('<', index + 1);
      continue;
    }
    let next = token.end;
    if (token.kind === 'start' && RAW_TEXT.has(token.name)) {
      // Its content is text to parse5 up to its end tag, which must be in this node.
      const close = value.toLowerCase().indexOf(`</${token.name}`, token.end);
      if (close < 0 || token.name === 'plaintext') return false;
      next = close + 2;
    } else if (token.kind === 'start' ? !opens(token.name, open) : token.kind === 'end' && !closes(token.name, open, strict)) {
      return false;
    }
    index = value.indexOf('<', next);
  }
  return true;
}

/** Pushes a start tag; false where parse5 would first close something open (a `<p>` before a `<div>`). */
function opens(name: string, open: string[]): boolean {
  if (DOCUMENT.has(name)) return false;
  // A table part (`<col>` too, though void) outside a raw table moves parse5 between table modes.
  if (TABLE_PART.has(name) && !open.includes('table')) return false;
  if (TABLE_MODE.has(open.at(-1) ?? '') && !TABLE_PART.has(name)) return false;
  // In an `<svg>` or `<math>`, an HTML tag leaves foreign content, closing what is open there.
  if (FOREIGN_BREAKOUT.has(name) && open.some((other) => other === 'svg' || other === 'math')) return false;
  if (VOID.has(name)) return true;
  if (CLOSES_P.has(name) && open.includes('p')) return false;
  if (HEADING.test(name) && HEADING.test(open.at(-1) ?? '')) return false;
  const group = SELF_CLOSING_GROUPS.find((members) => members.has(name));
  if (group && open.some((other) => group.has(other))) return false;
  open.push(name);
  return true;
}

/**
 * Pops an end tag down to its element, as parse5 would; false where parse5 would not (or might
 * not): a formatting element closed out of order goes through the adoption agency, and one
 * popped by another end tag stays on parse5's list of elements to reopen; an end tag does not
 * reach past a scope's boundary (`<object>`, `<td>`…) or out of a mode of its own (`<select>`,
 * `<template>`); `</form>` removes only its element, `</body>` changes mode.
 */
function closes(name: string, open: string[], strict: boolean): boolean {
  if (DOCUMENT.has(name)) return false;
  const at = HEADING.test(name) ? open.findLastIndex((other) => HEADING.test(other)) : open.lastIndexOf(name);
  // A stray end tag: ignored (a `</p>` or `</br>` makes its element, which closes at once), but
  // a formatting one may close an element parse5 reopens; inside an element (`strict`), any may
  // close one around it.
  if (at < 0) return !strict && (!FORMATTING.has(name) || open.length === 0);
  if (FORMATTING.has(name) && at !== open.length - 1) return false;
  if (name === 'form' && at !== open.length - 1) return false;
  for (const above of open.slice(at + 1)) {
    if (FORMATTING.has(above)) return false;
    if (BOUNDARY.has(above) && !(name === 'table' && TABLE_PART.has(above))) return false;
  }
  open.length = at;
  return true;
}
