/**
 * Python-Markdown's shortcut-reference pattern reads the page left to right: at a `[` whose
 * brackets balance, an undefined reference still consumes everything up to its `]`, so a
 * defined `[this]` nested in it is never read. micromark pairs the innermost brackets first, so
 * such an inner reference is turned back into text here.
 *
 * ```md
 * [Same with [this].]     ->  <p>[Same with [this].]</p>   (only `this` is defined)
 * [x [this][] y]          ->  `[this][]` stays a link: full references are read before
 * ```
 */
import type { Heading, LinkReference, Paragraph, PhrasingContent, TableCell, Text } from 'mdast';
import { escapedOffsets } from '../inline/text-replace.ts';

/** Stands for a node the bracket scan cannot look into (code, HTML, a full reference…). */
const OPAQUE = '\u0001';

/** Reverts the shortcut references of `parent`'s children that a bracketed span encloses. */
export function revertEnclosedShortcuts(parent: Paragraph | Heading | TableCell, source: string): void {
  if (!parent.children.some((child) => child.type === 'linkReference' && child.referenceType === 'shortcut')) return;
  // The text the pattern sees, and for each character the shortcut node it belongs to.
  let data = '';
  const owners: Array<LinkReference | undefined> = [];
  const push = (text: string, owner: LinkReference | undefined): void => {
    data += text;
    for (let i = 0; i < text.length; i++) owners.push(owner);
  };
  for (const child of parent.children) {
    if (child.type === 'text') {
      const escaped = escapedOffsets(child, source);
      push([...child.value].map((character, index) => (escaped.has(index) ? OPAQUE : character)).join(''), undefined);
    } else if (child.type === 'linkReference' && child.referenceType === 'shortcut') {
      push(`[${OPAQUE}]`, child);
    } else push(OPAQUE, undefined);
  }
  const reverted = new Set<LinkReference>();
  let index = data.indexOf('[');
  while (index >= 0) {
    const end = balancedEnd(data, index + 1);
    const owner = owners[index];
    if (end === undefined || owner !== undefined) {
      // Unbalanced, or a reference micromark already read: go on after its `[`.
      index = data.indexOf('[', index + 1);
      continue;
    }
    if (index > 0 && data[index - 1] === '!') {
      index = data.indexOf('[', index + 1);
      continue;
    }
    // A label holding brackets is never defined (Python-Markdown's definitions have none), so
    // the span is an undefined reference: what it encloses stays text.
    for (let i = index; i < end; i++) {
      const inner = owners[i];
      if (inner) reverted.add(inner);
    }
    index = data.indexOf('[', end);
  }
  if (reverted.size === 0) return;
  parent.children = parent.children.flatMap((child): PhrasingContent[] => {
    if (child.type !== 'linkReference' || !reverted.has(child)) return [child];
    const open: Text = { type: 'text', value: '[' };
    const close: Text = { type: 'text', value: ']' };
    return [open, ...child.children, close];
  });
}

/** LinkInlineProcessor.getText: the index after the `]` that balances the `[` before `from`. */
function balancedEnd(data: string, from: number): number | undefined {
  let depth = 1;
  for (let index = from; index < data.length; index++) {
    if (data[index] === ']') depth--;
    else if (data[index] === '[') depth++;
    if (depth === 0) return index + 1;
  }
  return undefined;
}
