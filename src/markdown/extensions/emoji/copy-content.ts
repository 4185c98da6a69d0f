/**
 * A copy of generated hast that each use may change (attr_list adds classes, later passes set
 * properties), sharing its strings: `structuredClone` copied them too, so a page repeating an
 * emoji or icon held its drawing (a `data:` URI or SVG paths, ~1.5 KB) once per use.
 */
import type { ElementContent, Properties } from 'hast';

export function copyContent(node: ElementContent): ElementContent {
  if (node.type !== 'element') return { ...node };
  return { ...node, properties: copyProperties(node.properties), children: node.children.map(copyContent) };
}

function copyProperties(properties: Properties): Properties {
  const copy: Properties = {};
  for (const [name, value] of Object.entries(properties)) copy[name] = Array.isArray(value) ? [...value] : value;
  return copy;
}
