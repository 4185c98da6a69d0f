/**
 * Normalizes an HTML fragment the way the conformance scorer does, so fixtures compare what
 * a browser (and users' CSS) sees, not serializer details: whitespace-only text dropped
 * outside <pre>, runs of whitespace collapsed, attributes and class tokens sorted, empty
 * class removed, inline SVG reduced to its data-icon name (icons are checked separately).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export function normalizeHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  return toHtml(clean(tree, false), { allowDangerousHtml: true }).trim();
}

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'details', 'summary', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'pre', 'hr', 'br', 'section', 'article', 'figure', 'figcaption', 'input', 'label', 'sup', 'span']);

function clean<T extends Root | Element>(node: T, inPre: boolean): T {
  const children: Array<RootContent & ElementContent> = [];
  for (const child of node.children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type === 'text') {
      if (inPre) { children.push(child); continue; }
      const value = child.value.replace(/\s+/g, ' ');
      if (value.trim() === '') continue;
      children.push({ type: 'text', value });
      continue;
    }
    if (child.type === 'element') {
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
      const next = clean({ ...child, properties }, inPre || child.tagName === 'pre');
      if (!inPre && child.tagName !== 'pre') trimEdges(next);
      children.push(next);
    }
  }
  node.children = children;
  return node;
}

/** Text at block boundaries is trimmed, as `white-space: normal` renders it. */
function trimEdges(element: Element): void {
  if (!BLOCK.has(element.tagName)) return;
  const first = element.children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^ /, '');
  const last = element.children[element.children.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/ $/, '');
}
