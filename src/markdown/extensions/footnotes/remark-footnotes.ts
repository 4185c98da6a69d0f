/**
 * Python-Markdown's footnote model on the mdast GFM's tokenizers produce:
 * - footnotes are numbered in the order of their *definitions* (an OrderedDict), and every
 *   definition is listed, referenced or not;
 * - ids use the label: `fn:label`, `fnref:label`, then `fnref2:label`, `fnref3:label` for
 *   further references, counted in Python's inline processing order (inline-order.ts);
 * - the list goes at the end of the page.
 * Definitions are moved into one `footnoteList` node at the end; references become
 * `footnoteCall` nodes carrying their number and ids. to-hast.ts renders both.
 */
import type { FootnoteCall, FootnoteDefinition, Parent, PhrasingContent, Root, Text } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { SKIP, visit } from 'unist-util-visit';
import { inlineOrder } from './inline-order.ts';

declare module 'mdast' {
  /** `[^label]`, numbered. */
  interface FootnoteCall extends Node {
    type: 'footnoteCall';
    number: number;
    label: string;
    /** `fnref:label`, `fnref2:label`, ... */
    refId: string;
  }
  /** One footnote of the list at the end of the page. */
  interface FootnoteItem extends Parent {
    type: 'footnoteItem';
    number: number;
    label: string;
    /** Ids of every reference to it, for the back links. */
    refIds: string[];
    children: Array<BlockContent | DefinitionContent>;
  }
  interface FootnoteList extends Parent {
    type: 'footnoteList';
    children: FootnoteItem[];
  }
  interface PhrasingContentMap {
    footnoteCall: FootnoteCall;
  }
  interface RootContentMap {
    footnoteCall: FootnoteCall;
    footnoteItem: FootnoteItem;
    footnoteList: FootnoteList;
  }
}

interface Note {
  readonly label: string;
  readonly number: number;
  readonly refIds: string[];
  definition: FootnoteDefinition;
}

// Python-Markdown's FOOTNOTE_RE.
const CALL = /\[\^([^\]]*)\]/g;

export function remarkFootnotes(options: { readonly separator: string }) {
  const { separator } = options;
  return (tree: Root): undefined => {
    const notes = collectDefinitions(tree);
    if (notes.size === 0) return;
    const call = (identifier: string, node: { position?: FootnoteCall['position'] }): FootnoteCall | undefined => {
      const note = notes.get(identifier);
      return note && { type: 'footnoteCall', number: note.number, label: note.label, refId: '', position: node.position };
    };
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'footnoteReference') {
        const replacement = call(node.identifier, node);
        if (replacement) parent.children[index] = replacement;
        return undefined;
      }
      // Text parsed apart from the definitions (md_in_html parses its blocks separately) keeps
      // `[^label]` as text: those references are found here.
      if (node.type !== 'text' || !node.value.includes('[^')) return undefined;
      const parts = splitCalls(node, (label) => call(normalizeIdentifier(label).toLowerCase(), node));
      if (parts.length === 1) return undefined;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
    for (const block of inlineOrder(tree)) {
      visit(block, 'footnoteCall', (node: FootnoteCall) => {
        const note = notes.get(normalizeIdentifier(node.label).toLowerCase());
        if (!note) return;
        const count = note.refIds.length + 1;
        node.refId = `fnref${count > 1 ? count : ''}${separator}${note.label}`;
        note.refIds.push(node.refId);
      });
    }
    tree.children.push({
      type: 'footnoteList',
      children: [...notes.values()].map((note) => ({
        type: 'footnoteItem',
        number: note.number,
        label: note.label,
        // An unreferenced note still links back to `fnref:label`, as Python-Markdown does.
        refIds: note.refIds.length > 0 ? note.refIds : [`fnref${separator}${note.label}`],
        children: note.definition.children,
        position: note.definition.position,
      })),
    });
  };
}

/** Definitions in document order, removed from the tree. */
function collectDefinitions(tree: Root): Map<string, Note> {
  const notes = new Map<string, Note>();
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition, index: number | undefined, parent: Parent | undefined) => {
    const key = node.identifier.toLowerCase();
    const existing = notes.get(key);
    // A repeated definition replaces the text but keeps the first one's number, as in Python.
    if (existing) existing.definition = node;
    else notes.set(key, { label: node.label ?? node.identifier, number: notes.size + 1, refIds: [], definition: node });
    if (!parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return notes;
}

function splitCalls(node: Text, call: (label: string) => FootnoteCall | undefined): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(CALL)) {
    const replacement = call(match[1] ?? '');
    if (!replacement) continue;
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push(replacement);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}
