/**
 * PyMdown strips with a regex over the serialized page (a postprocessor, the last step); here the
 * same removals are done on the hast tree, which also covers raw HTML (re-parsed by rehype-raw).
 * Like PyMdown's regex, only attributes written with a value are removed (`<input disabled>`
 * keeps `disabled` even when listed).
 */
import type { Element, Root } from 'hast';
import { find, html } from 'property-information';
import { SKIP, visitHast } from '../../core/visit.ts';

export interface StripHtmlOptions {
  readonly comments: boolean;
  readonly eventHandlers: boolean;
  /** Lower-case attribute names. */
  readonly attributes: readonly string[];
}

export function rehypeStripHtml(options: StripHtmlOptions) {
  const listed = new Set(options.attributes);
  const strip = (element: Element): void => {
    for (const property of Object.keys(element.properties)) {
      const value = element.properties[property];
      if (value === true || value === undefined || value === null) continue;
      const attribute = find(html, property).attribute.toLowerCase();
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- hast properties are a record keyed by name: dropping the attribute is deleting its key.
      if (listed.has(attribute) || (options.eventHandlers && /^on[\p{L}\p{N}_]+$/u.test(attribute))) delete element.properties[property];
    }
  };
  return (tree: Root): undefined => {
    if (!options.comments && !options.eventHandlers && listed.size === 0) return;
    visitHast(tree, (node, index, parent) => {
      if (node.type === 'comment' && options.comments && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type === 'element') strip(node);
      return undefined;
    });
  };
}
