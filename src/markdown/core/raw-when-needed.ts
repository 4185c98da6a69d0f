/**
 * rehype-raw, only where it changes something. It re-parses the whole tree through parse5 to
 * splice raw HTML in, which cost as much as the rest of the hast passes together, and most pages
 * hold no raw HTML. A tree made of the elements Markdown produces, nested as HTML allows, comes
 * out of parse5 as it went in but for three things, done here instead: adjacent text nodes are
 * one, empty ones are gone, and a line feed right after a `<pre>` start tag is dropped (only
 * there: `<pre><code>\nx` keeps it, as a browser reads Python-Markdown's HTML). Any
 * other block (raw HTML, an element parse5 would move or close: a `<div>` in a `<p>`, a `<tr>`
 * straight in a `<table>`, a link in a link, an SVG holding HTML) still goes through parse5, and
 * only it: a page's top-level blocks are parsed in runs that leave parse5 as they found it
 * (raw-segments.ts), the rest as above.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { FOREIGN_BREAKOUT, runEnd, segmentable, segmentEnd, startsAfterMarkup } from './raw-segments.ts';
import rehypeRaw from 'rehype-raw';
import type { VFile } from 'vfile';

/** Elements parse5 reads as they are written when nested as below. */
const PHRASING = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'img', 'input', 'ins', 'kbd', 'label', 'mark', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'var', 'wbr']);
const FLOW = new Set(['article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul']);
const TABLE = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr']);
const HEADING = /^h[1-6]$/;
const HTML_WHITESPACE = /^[\t\n\f\r ]*$/;
/** What each table part may hold besides whitespace (parse5 moves or wraps anything else). */
const TABLE_CHILDREN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['table', new Set(['caption', 'thead', 'tbody', 'tfoot'])],
  ['thead', new Set(['tr'])],
  ['tbody', new Set(['tr'])],
  ['tfoot', new Set(['tr'])],
  ['tr', new Set(['th', 'td'])],
]);
/** Where an item may stand without parse5 closing an item before it. */
const ITEM_PARENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['li', new Set(['ul', 'ol'])],
  ['dt', new Set(['dl'])],
  ['dd', new Set(['dl'])],
]);

/**
 * ```ts
 * unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRawWhereNeeded)
 * ```
 */
export function rehypeRawWhereNeeded() {
  const reparse = rehypeRaw();
  return (tree: Root, file: VFile): Root | undefined => {
    const splice: SpliceRaw = (nodes) => parse({ type: 'root', children: [IN_BODY(), ...nodes] }, file).children.slice(1) as ElementContent[];
    if (readsAsWritten(tree, TOP, splice)) {
      normalizeText(tree);
      return undefined;
    }
    if (!segmentable(tree.children)) return parse(tree, file);
    // Only the top-level blocks that need it go through parse5, each run of them alone
    // (raw-segments.ts says where a run may end); the others are normalized as above.
    const children: RootContent[] = [];
    for (let index = 0; index < tree.children.length; ) {
      const child = tree.children[index] as RootContent;
      if (childReadsAsWritten(child, '', undefined, TOP, splice)) {
        if (child.type === 'element') normalizeText(child);
        children.push(child);
        index++;
        continue;
      }
      const end = segmentEnd(tree.children, index);
      const segment = tree.children.slice(index, end);
      const inBody = startsAfterMarkup(tree.children, index);
      const parsed = parse({ type: 'root', children: inBody ? [IN_BODY(), ...segment] : segment }, file).children;
      children.push(...(inBody ? parsed.slice(1) : parsed));
      index = end;
    }
    tree.children = children;
    // Text nodes on either side of a segment's edge are one text to parse5 on the whole page.
    normalizeText(tree, false);
    return undefined;
  };

  function parse(tree: Root, file: VFile): Root {
    keepNestedPreNewlines(tree);
    const masked = maskTagNames(tree);
    // rehype-raw gives a root back for a root.
    const result = reparse(tree, file) ?? tree;
    if (masked) unmaskTagNames(result);
    return result;
  }
}

/** An element that puts a fragment's parser in the mode it is in mid-page; dropped after the parse. */
const IN_BODY = (): Element => ({ type: 'element', tagName: 'span', properties: {}, children: [] });
const TOP: Context = { inPhrasing: false, inLink: false, inHeading: false };

interface Context {
  /** Inside a `<p>`: only phrasing content stays there. */
  readonly inPhrasing: boolean;
  readonly inLink: boolean;
  readonly inHeading: boolean;
}

/**
 * Parses a run of nodes that closes everything it opens (raw-segments.ts runEnd) into the nodes
 * parse5 makes of it anywhere: `<p class="admonition-title">Note</p>` in an md_in_html block,
 * `<small>`, text, `</small>` in a paragraph.
 */
type SpliceRaw = (nodes: RootContent[]) => ElementContent[];

/**
 * True when parse5 would read `node`'s children as they are. Self-contained raw fragments are
 * parsed in place first (`splice`), so that a block whose only raw HTML is such a fragment
 * needs no parse of its own.
 */
function readsAsWritten(node: Root | Element, context: Context, splice?: SpliceRaw): boolean {
  const parentTag = node.type === 'element' ? node.tagName : '';
  const tableChildren = TABLE_CHILDREN.get(parentTag);
  for (let index = 0; index < node.children.length; index++) {
    const child = node.children[index] as RootContent;
    if (child.type === 'raw' && splice) {
      const end = runEnd(node.children, index);
      if (end === undefined) return false;
      const parsed = splice(node.children.slice(index, end));
      if (!parsed.every((item) => childReadsAsWritten(item, parentTag, tableChildren, context, splice))) return false;
      node.children.splice(index, end - index, ...parsed);
      index += parsed.length - 1;
      continue;
    }
    if (!childReadsAsWritten(child, parentTag, tableChildren, context, splice)) return false;
  }
  return true;
}

function childReadsAsWritten(child: Nodes, parentTag: string, tableChildren: ReadonlySet<string> | undefined, context: Context, splice?: SpliceRaw): boolean {
  if (child.type === 'comment') return !tableChildren;
  if (child.type === 'text') return !child.value.includes('\0') && (!tableChildren || HTML_WHITESPACE.test(child.value));
  if (child.type !== 'element') return false;
  const tag = child.tagName;
  if (tableChildren ? !tableChildren.has(tag) : tag !== 'table' && TABLE.has(tag)) return false;
  if (tag === 'svg') return svgReadsAsWritten(child);
  // A custom element (core's `python-markdown-tight`) is an ordinary element to parse5.
  const phrasing = PHRASING.has(tag) || tag.includes('-');
  if (!phrasing && !FLOW.has(tag) && !TABLE.has(tag)) return false;
  if (context.inPhrasing && !phrasing) return false;
  if ((context.inLink && tag === 'a') || (context.inHeading && HEADING.test(tag))) return false;
  const itemParents = ITEM_PARENTS.get(tag);
  if (itemParents && !itemParents.has(parentTag)) return false;
  if (VOID.has(tag)) return child.children.length === 0;
  const inner = {
    inPhrasing: context.inPhrasing || tag === 'p',
    inLink: context.inLink || tag === 'a',
    inHeading: context.inHeading || HEADING.test(tag),
  };
  return readsAsWritten(child, inner, splice);
}

/**
 * An inline icon (emoji's `<svg>`, drawn by parse5 from its file) reads as written: foreign
 * content keeps its elements as they are, unless one is an HTML tag that breaks out of it
 * (`<p>`, `<div>`, `<b>`…) or holds HTML (`foreignObject`, `desc`, `title`).
 */
function svgReadsAsWritten(node: Element): boolean {
  for (const child of node.children) {
    if (child.type === 'text' ? child.value.includes('\0') : child.type !== 'element' && child.type !== 'comment') return false;
    if (child.type !== 'element') continue;
    if (FOREIGN_BREAKOUT.has(child.tagName) || !svgReadsAsWritten(child)) return false;
  }
  return true;
}

/** parse5's text handling: the `<pre>` line feed, then one text node per run, none empty. */
function normalizeText(node: Root | Element, deep = true): void {
  if (node.type === 'element' && node.tagName === 'pre') {
    const first = node.children.find((child) => child.type !== 'text' || child.value !== '');
    if (first?.type === 'text' && first.value.startsWith('\n')) first.value = first.value.slice(1);
  }
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'doctype') continue;
    if (child.type === 'text') {
      if (child.value === '') continue;
      const previous = children.at(-1);
      if (previous?.type === 'text') {
        previous.value += child.value;
        continue;
      }
    } else if (child.type === 'element' && deep) {
      normalizeText(child);
    }
    children.push(child);
  }
  node.children = children;
}

/**
 * hast-util-raw drops a line feed after `<pre>` further than HTML does: start tags of nested
 * elements keep its rule waiting (the first character, end tag or comment settles it), so the
 * line feed that opens `<pre><code>\nx` goes, where a browser keeps it (the `<code>` start tag
 * is the token after `<pre>`). Python-Markdown writes such blocks (a fence whose code starts with
 * a blank line, unhighlighted or custom): one more line feed there makes up for it.
 */
function keepNestedPreNewlines(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'pre') {
      const first = child.children.find((item) => item.type !== 'text' || item.value !== '');
      if (first?.type === 'element') protectNewline(first.children);
    }
    keepNestedPreNewlines(child);
  }
}

/** Where hast-util-raw's pending `<pre>` rule settles (see above); true once settled. */
function protectNewline(children: ElementContent[]): boolean {
  for (const child of children) {
    if (child.type === 'text') {
      if (child.value === '') continue;
      if (child.value.startsWith('\n')) child.value = `\n${child.value}`;
      return true;
    }
    if (child.type !== 'element') return true;
    // Settled inside the element, or by its end tag when it holds no characters.
    protectNewline(child.children);
    return true;
  }
  return false;
}

/**
 * hast-util-raw builds each element with hastscript, which reads a tag name as a selector:
 * `<file.txt>` (raw HTML to Python-Markdown, HTML_RE) would become `<file class="txt">` where a
 * browser makes an element named `file.txt`. The `.` and `#` of raw tag names are masked with
 * private-use characters (valid in an HTML tag name) while parse5 reads them; true if any were.
 */
const TAG_MASKS: ReadonlyArray<readonly [string, string]> = [['.', '\uE010'], ['#', '\uE011']];
const RAW_TAG_NAME = /<(\/?[a-zA-Z][^\t\n\f\r />]*)/g;

function maskTagNames(node: Root | Element): boolean {
  let masked = false;
  for (const child of node.children) {
    if (child.type === 'raw' && /[.#]/.test(child.value)) {
      child.value = child.value.replace(RAW_TAG_NAME, (tag: string) => {
        if (!/[.#]/.test(tag)) return tag;
        masked = true;
        return TAG_MASKS.reduce((name, [character, mask]) => name.replaceAll(character, mask), tag);
      });
    } else if (child.type === 'element' && maskTagNames(child)) {
      masked = true;
    }
  }
  return masked;
}

function unmaskTagNames(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName.includes('\uE010') || child.tagName.includes('\uE011')) {
      child.tagName = TAG_MASKS.reduce((name, [character, mask]) => name.replaceAll(mask, character), child.tagName);
    }
    unmaskTagNames(child);
  }
}
