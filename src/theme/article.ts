/**
 * Accessibility touches on the rendered Markdown, applied by the layout (the renderer keeps
 * PyMdown's exact markup, which users' CSS and the conformance fixtures rely on):
 *
 * - a task list checkbox gets its item's text as name (PyMdown's `label.task-list-control`
 *   wraps only the box):
 *   `<li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled>…</label> Buy milk</li>`
 *   -> `<input type="checkbox" disabled aria-label="Buy milk">`
 * - an empty header cell (the corner of a comparison table) becomes a data cell, since a
 *   header must name something.
 *
 * Pages without either construct are returned untouched, without parsing.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

function classes(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

/** The item's own text: nested lists are other items. */
function itemText(item: Element): string {
  const own = (children: ElementContent[]): string =>
    children.map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element' || child.tagName === 'ul' || child.tagName === 'ol') return '';
      return own(child.children);
    }).join('');
  return own(item.children).replace(/\s+/g, ' ').trim();
}

export function accessibleArticle(html: string): string {
  const tasks = html.includes('task-list-control') || html.includes('task-list-item');
  const emptyHeader = /<th[^>]*>\s*<\/th>/.test(html);
  if (!tasks && !emptyHeader) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'li' && classes(node).includes('task-list-item')) {
      const name = itemText(node);
      visit(node, 'element', (input: Element) => {
        // Checkboxes of nested items are named when their own item is visited.
        if (input !== node && (input.tagName === 'ul' || input.tagName === 'ol')) return SKIP;
        if (input.tagName === 'input' && input.properties['type'] === 'checkbox' && name && input.properties['ariaLabel'] === undefined) {
          input.properties['ariaLabel'] = name;
        }
        return undefined;
      });
    }
    if (node.tagName === 'th' && toString(node).trim() === '' && node.children.every((child) => child.type === 'text')) {
      node.tagName = 'td';
    }
  });
  return toHtml(tree, { allowDangerousHtml: true });
}
