/**
 * legacy_attrs: `{@key=value}` in text sets an attribute, as Python-Markdown's LegacyAttrs
 * treeprocessor does on each element's text, tail and `alt`: text at the start of an element
 * (before any child) sets it on that element, text after a child (its "tail") on that child.
 * Code keeps its text (Python-Markdown's code text is atomic).
 *
 * ```md
 * # Header {@id=top}             ->  <h1 id="top">Header </h1>
 * *word{@class=x}*               ->  <em class="x">word</em>
 * ```
 */
import type { Element, Root } from 'hast';
import { visitHast } from '../../core/visit.ts';

const ATTR = /\{@([^}]*)=([^}]*)\}/g;

export function rehypeLegacyAttrs() {
  return (tree: Root): undefined => {
    visitHast(tree, 'element', (node: Element) => {
      if (node.tagName === 'code' || node.tagName === 'pre') return;
      const alt = node.properties['alt'];
      if (typeof alt === 'string') node.properties['alt'] = strip(alt, node);
      let owner = node;
      for (const child of node.children) {
        if (child.type === 'text') child.value = strip(child.value, owner);
        else if (child.type === 'element') owner = child;
      }
    });
  };
}

function strip(text: string, element: Element): string {
  return text.replace(ATTR, (_, key: string, value: string) => {
    // hast keeps `class` as a token list; other names as written.
    if (key === 'class') element.properties['className'] = value.replace(/\n/g, ' ').split(/\s+/).filter(Boolean);
    else element.properties[key] = value.replace(/\n/g, ' ');
    return '';
  });
}
