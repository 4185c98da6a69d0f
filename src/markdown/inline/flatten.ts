/**
 * Python-Markdown runs its inline patterns on a string in which everything already handled
 * (code, links, escapes, HTML…) is a placeholder `\u0002klzzwxh:N\u0003`. To run PyMdown's
 * regex processors on our mdast the same way, a phrasing parent's children are flattened into
 * such a string, and the processor's output is turned back into nodes.
 *
 * ```ts
 * const flat = flatten(paragraph.children, source);   // 'a \u0002klzzwxh:0\u0003 ^b^'
 * paragraph.children = flat.restore(runSequence(flat.text, …), toNode);
 * ```
 */
import type { PhrasingContent, Text } from 'mdast';
import { escapedOffsets } from './text-replace.ts';
import type { SequenceElement, SequenceNode } from './pattern-sequence.ts';

const PLACEHOLDER = /\u0002klzzwxh:(\d+)\u0003/g;

type Slot = PhrasingContent | { readonly escaped: string };

export interface Flat {
  readonly text: string;
  /**
   * Python-Markdown's `SimpleTextInlineProcessor`: each match of `pattern` becomes text no
   * later pattern sees (a placeholder standing for group 1).
   */
  protect(pattern: RegExp): void;
  /** Turns processor output back into nodes; `element` makes the node of one built element. */
  restore(nodes: readonly SequenceNode[], element: (element: SequenceElement, children: PhrasingContent[]) => PhrasingContent): PhrasingContent[];
  /** Nodes for plain text of the flat string (placeholders back to what they stand for). */
  nodes(text: string): PhrasingContent[];
}

export function flatten(children: readonly PhrasingContent[], source: string): Flat {
  const slots: Slot[] = [];
  const slot = (value: Slot): string => `\u0002klzzwxh:${slots.push(value) - 1}\u0003`;
  let text = '';
  for (const child of children) {
    if (child.type !== 'text' || child.data?.atomic === true) {
      text += slot(child);
      continue;
    }
    const escaped = escapedOffsets(child, source);
    if (escaped.size === 0) {
      text += child.value;
      continue;
    }
    for (let i = 0; i < child.value.length; i++) text += escaped.has(i) ? slot({ escaped: child.value[i] ?? '' }) : child.value[i];
  }

  const nodes = (value: string): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    let pending: Text | undefined;
    const addText = (piece: string, escaped: boolean): void => {
      if (piece === '') return;
      if (!pending) {
        pending = { type: 'text', value: '' };
        out.push(pending);
      }
      if (escaped) {
        // Later passes must still see this character as escaped.
        const data = (pending.data ??= {});
        data.escapes = [...(data.escapes ?? []), pending.value.length];
      }
      pending.value += piece;
    };
    let last = 0;
    for (const match of value.matchAll(PLACEHOLDER)) {
      addText(value.slice(last, match.index), false);
      last = match.index + match[0].length;
      const found = slots[Number(match[1])];
      if (found === undefined) addText(match[0], false);
      else if ('escaped' in found) addText(found.escaped, true);
      else {
        pending = undefined;
        out.push(found);
      }
    }
    addText(value.slice(last), false);
    return out;
  };

  const restore: Flat['restore'] = (sequence, element) => {
    const out: PhrasingContent[] = [];
    for (const item of sequence) {
      if (typeof item === 'string') out.push(...nodes(item));
      else out.push(element(item, restore(item.children, element)));
    }
    return mergeTexts(out);
  };
  const protect = (pattern: RegExp): void => {
    text = text.replace(pattern, (...args: unknown[]) => slot({ type: 'text', value: typeof args[1] === 'string' ? args[1] : '', data: { atomic: true } }));
  };
  return {
    get text() {
      return text;
    },
    protect,
    restore,
    nodes,
  };
}

/** Adjacent text nodes become one (their escape offsets shifted). */
function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = out[out.length - 1];
    if (node.type === 'text' && previous?.type === 'text' && previous.data?.atomic !== true && node.data?.atomic !== true) {
      const shift = previous.value.length;
      const escapes = [...(previous.data?.escapes ?? []), ...(node.data?.escapes ?? []).map((offset) => offset + shift)];
      const merged: Text = { type: 'text', value: previous.value + node.value, ...(escapes.length > 0 ? { data: { escapes } } : {}) };
      out[out.length - 1] = merged;
    } else out.push(node);
  }
  return out;
}
