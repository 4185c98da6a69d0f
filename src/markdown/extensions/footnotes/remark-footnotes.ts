/**
 * Python-Markdown's footnote model on the mdast GFM's tokenizers produce:
 * - footnotes are numbered in the order of their *definitions* (an OrderedDict), and every
 *   definition is listed, referenced or not;
 * - ids use the label: `fn:label`, `fnref:label`, then `fnref2:label`, `fnref3:label` for
 *   further references, counted in Python's inline processing order (inline-order.ts);
 * - the list goes at the end of the page, or where PLACE_MARKER stands;
 * - `USE_DEFINITION_ORDER: false` numbers and lists them by first reference instead.
 * Definitions are moved into one `footnoteList` node at the end; references become
 * `footnoteCall` nodes carrying their number and ids. to-hast.ts renders both.
 */
import type { FootnoteCall, FootnoteDefinition, FootnoteItem, FootnoteList, Parent, PhrasingContent, Root, Text } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { inlineOrder } from './inline-order.ts';
import type { FootnotesOptions } from './options.ts';

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

export function remarkFootnotes(options: FootnotesOptions) {
  const { separator, idPrefix } = options;
  return (tree: Root): undefined => {
    const notes = collectDefinitions(tree);
    if (notes.size === 0) return;
    const call = (identifier: string, node: { position?: FootnoteCall['position'] }): FootnoteCall | undefined => {
      const note = notes.get(identifier);
      return note && { type: 'footnoteCall', number: note.number, label: note.label, refId: '', position: node.position };
    };
    const replaceCalls = (root: Root | FootnoteDefinition): void => {
      visit(root, (node, index, parent) => {
        if (!parent || index === undefined) return undefined;
        if (node.type === 'footnoteReference') {
          const replacement = call(node.identifier.toLowerCase(), node);
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
    };
    replaceCalls(tree);
    // Notes are parsed with the page in Python-Markdown: references inside them count too.
    for (const note of notes.values()) replaceCalls(note.definition);
    const items = new Map<Note, FootnoteItem>();
    const noteOf = new Map<FootnoteItem, Note>();
    for (const note of notes.values()) {
      const item: FootnoteItem = { type: 'footnoteItem', number: note.number, label: note.label, refIds: [], children: note.definition.children, position: note.definition.position };
      items.set(note, item);
      noteOf.set(item, note);
    }
    const list: FootnoteList = { type: 'footnoteList', children: [...items.values()] };
    placeList(tree, list, options.placeMarker);
    // Back-reference ids, and the order of first references, follow Python's inline order,
    // which reaches the notes' own text where the list stands.
    const referenced: Note[] = [];
    const calls: Array<[FootnoteCall, Note]> = [];
    for (const block of inlineOrder(tree)) {
      visit(block, 'footnoteCall', (node: FootnoteCall) => {
        const note = notes.get(normalizeIdentifier(node.label).toLowerCase());
        if (!note) return;
        if (!referenced.includes(note)) referenced.push(note);
        const count = note.refIds.length + 1;
        node.refId = `fnref${count > 1 ? count : ''}${separator}${idPrefix}${note.label}`;
        note.refIds.push(node.refId);
        calls.push([node, note]);
      });
    }
    if (!options.useDefinitionOrder) {
      // FootnoteReorderingProcessor: by first reference, unreferenced notes last as defined.
      const rank = (note: Note): number => (referenced.includes(note) ? referenced.indexOf(note) : referenced.length);
      const sorted = [...notes.values()].sort((a, b) => rank(a) - rank(b));
      list.children = sorted.map((note) => items.get(note)).filter((item) => item !== undefined);
      for (const [node, note] of calls) node.number = referenced.indexOf(note) + 1;
    }
    list.children.forEach((item, index) => {
      const note = noteOf.get(item);
      // The back link's title counts list positions; an unreferenced note still links back to
      // `fnref:label`, as Python-Markdown does.
      item.number = index + 1;
      item.refIds = note && note.refIds.length > 0 ? note.refIds : [`fnref${separator}${idPrefix}${item.label}`];
    });
  };
}

/**
 * Where the list goes: in place of the first block whose own text holds PLACE_MARKER (Python
 * replaces that whole element), else at the end of the page.
 */
function placeList(tree: Root, list: FootnoteList, marker: string): void {
  let placed = false;
  if (marker !== '') {
    visit(tree, (node, index, parent) => {
      if (placed || !parent || index === undefined || !('children' in node)) return undefined;
      const [first] = node.children;
      if (first?.type !== 'text' || !first.value.includes(marker)) return undefined;
      parent.children[index] = list;
      placed = true;
      return EXIT;
    });
  }
  if (!placed) tree.children.push(list);
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
