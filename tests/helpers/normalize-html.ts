/**
 * Normalizes an HTML fragment the way the conformance scorer (shared/conformance/lib/html.mjs)
 * does, so fixtures compare what a browser (and users' CSS) sees, not serializer details:
 * comments dropped, whitespace-only text dropped outside <pre>, runs of whitespace collapsed
 * and trimmed at block and <br> boundaries (also where a block child starts or ends inside an
 * element: `<li>a <ul>` equals `<li>a<ul>`), attributes and class tokens sorted, empty class
 * removed, inline SVG reduced to its data-icon name (icons are checked separately).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export function normalizeHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  clean(tree);
  whitespace(tree, false);
  return toHtml(tree, { allowDangerousHtml: true }).trim();
}

/** Elements that start a new line box (the scorer's BLOCKISH list). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'col', 'colgroup', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'template', 'script', 'style',
  'noscript', 'textarea', 'video', 'audio', 'iframe', 'object', 'canvas', 'math',
]);
const PRESERVE = new Set(['pre', 'textarea', 'script', 'style', 'listing', 'xmp', 'plaintext']);
/** Inline elements that are content themselves: whitespace after them is significant. */
const ATOMIC = new Set(['img', 'input', 'svg', 'iframe', 'video', 'audio', 'object', 'embed', 'select', 'textarea', 'canvas', 'meter', 'progress', 'math']);

/** Drops comments, sorts attributes, reduces icons, merges adjacent text nodes. */
function clean(node: Root | Element): void {
  const children: Array<RootContent & ElementContent> = [];
  for (const child of node.children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type === 'text') {
      const last = children[children.length - 1];
      if (last?.type === 'text') last.value += child.value;
      else children.push({ type: 'text', value: child.value.replace(/\r\n?/g, '\n') });
      continue;
    }
    if (child.type !== 'element') continue;
    if (child.tagName === 'svg') {
      const name = child.properties['dataIcon'];
      children.push({ type: 'element', tagName: 'svg', properties: typeof name === 'string' ? { dataIcon: name } : {}, children: [] });
      continue;
    }
    const properties: Element['properties'] = {};
    for (const key of Object.keys(child.properties).sort()) {
      const value = child.properties[key];
      if (key === 'className' && Array.isArray(value)) {
        const tokens = [...new Set(value.map(String))].sort();
        if (tokens.length > 0) properties[key] = tokens;
      } else if (value !== undefined) properties[key] = value;
    }
    const next: Element = { ...child, properties };
    clean(next);
    children.push(next);
  }
  node.children = children;
}

function whitespace(node: Root | Element, inPre: boolean): void {
  if (inPre || (node.type === 'element' && PRESERVE.has(node.tagName))) {
    if (node.type === 'element' && node.tagName === 'pre' && !inPre) trimPreEnd(node);
    for (const child of node.children) if (child.type === 'element') whitespace(child, true);
    return;
  }
  flowContainer(node);
}

/** One trailing newline at the very end of a <pre> is not rendered. */
function trimPreEnd(pre: Element): void {
  let node: Element | Text = pre;
  while (node.type === 'element') {
    const last: ElementContent | undefined = node.children[node.children.length - 1];
    if (last === undefined || (last.type !== 'element' && last.type !== 'text')) return;
    node = last;
  }
  if (node.value.endsWith('\n')) node.value = node.value.slice(0, -1);
}

/**
 * Collapses whitespace in the inline flow of one block container, as CSS `white-space: normal`
 * renders it: a run ends at a block child or a <br>, and its edges are trimmed.
 */
function flowContainer(block: Root | Element): void {
  let lastSpace = true;
  let lastItem: Text | Element | undefined;
  const closeRun = (): void => {
    if (lastItem?.type === 'text' && lastItem.value.endsWith(' ')) lastItem.value = lastItem.value.slice(0, -1);
    lastSpace = true;
    lastItem = undefined;
  };
  const visit = (parent: Root | Element): void => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        if (/^[ \t\n\r\f]*$/.test(child.value)) { child.value = ''; continue; }
        let value = child.value.replace(/[ \t\n\r\f]+/g, ' ');
        if (lastSpace && value.startsWith(' ')) value = value.slice(1);
        child.value = value;
        if (value !== '') { lastSpace = value.endsWith(' '); lastItem = child; }
      } else if (child.type === 'element') {
        if (child.tagName === 'br') closeRun();
        else if (BLOCK.has(child.tagName) || PRESERVE.has(child.tagName)) {
          closeRun();
          whitespace(child, false);
          closeRun();
        } else if (ATOMIC.has(child.tagName)) { lastSpace = false; lastItem = child; }
        else visit(child);
      }
    }
  };
  visit(block);
  closeRun();
  dropEmptyText(block);
}

function dropEmptyText(node: Root | Element): void {
  node.children = node.children.filter((child) => child.type !== 'text' || child.value !== '');
  for (const child of node.children) if (child.type === 'element' && !PRESERVE.has(child.tagName)) dropEmptyText(child);
}
