/**
 * Python-Markdown's footnote model on the mdast of syntax.ts and call.ts:
 * - footnotes are numbered in the order of their *definitions* (an OrderedDict), or of their
 *   first reference with `USE_DEFINITION_ORDER: false`, and every definition is listed,
 *   referenced or not;
 * - ids use the label: `fn:label`, `fnref:label`, then `fnref2:label`, `fnref3:label` for
 *   further references, counted in Python's inline processing order (inline-order.ts);
 * - the list goes at the end of the page, or in place of a paragraph holding PLACE_MARKER.
 * - labels match exactly (a dict of the raw labels): `[^Note]` and `[^note]` are two notes, and a
 *   reference whose case differs from every definition stays text (call.ts reads no other).
 * Definitions are moved into one `footnoteList` node at the end; references become
 * `footnoteCall` nodes carrying their number and ids. to-hast.ts renders both.
 */
import type { FootnoteCall, FootnoteDefinition, FootnoteItem, FootnoteList, Nodes, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from '../../core/visit.ts';
import { escapedOffsets, splitText } from '../../inline/text-replace.ts';
import { inlineOrder } from './inline-order.ts';
import type {} from './mdast.ts';

interface Note {
  readonly label: string;
  /** Definition order, 1-based. */
  readonly number: number;
  readonly refIds: string[];
  definition: FootnoteDefinition;
}

export interface RemarkFootnotesOptions {
  readonly separator: string;
  /** False: number notes by first reference instead of definition (Python-Markdown 3.10). */
  readonly useDefinitionOrder: boolean;
  /** A paragraph holding this text is replaced by the notes (default `///Footnotes Go Here///`). */
  readonly placeMarker: string;
  /** `UNIQUE_IDS` prefix of every id after the separator (`2-`), or ''. */
  readonly idPrefix: string;
  /** pymdownx.tabbed's `alternate_style`: where its labels and blocks sit (inline-order.ts). */
  readonly alternateTabs?: boolean | undefined;
}

// Python-Markdown's FOOTNOTE_RE.
const CALL = /\[\^([^\]]*)\]/g;

export function remarkFootnotes(options: RemarkFootnotesOptions) {
  const { separator, idPrefix } = options;
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    const notes = collectDefinitions(tree);
    if (notes.size === 0) return;
    // The notes are part of the page before references are counted: a note's own references count
    // too, in the order Python-Markdown reaches them (the list is where the marker was, or last).
    const items = [...notes.values()].map((note): FootnoteItem => ({
      type: 'footnoteItem',
      number: note.number,
      label: note.label,
      refIds: note.refIds,
      children: note.definition.children,
      position: note.definition.position,
    }));
    const list: FootnoteList = { type: 'footnoteList', children: items };
    if (!replaceMarker(tree, list, options.placeMarker)) tree.children.push(list);
    const call = (label: string, node: { position?: FootnoteCall['position'] }): FootnoteCall | undefined => {
      const note = notes.get(label);
      return note && { type: 'footnoteCall', number: note.number, label: note.label, refId: '', position: node.position };
    };
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'footnoteReference') {
        const label = node.label ?? node.identifier;
        parent.children[index] = call(label, node) ?? { type: 'text', value: `[^${label}]`, position: node.position };
        return undefined;
      }
      // Text parsed apart from the definitions (md_in_html parses its blocks separately) keeps
      // `[^label]` as text: those references are found here. An escaped character is a
      // placeholder to Python's pattern (`\[^a]` is no call, nor `[^a\*b]`).
      if (node.type !== 'text' || !node.value.includes('[^')) return undefined;
      const parts = splitText(node, CALL, (match) => {
        const found = call(match[1] ?? '', node);
        return found && [found];
      }, escapedOffsets(node, source));
      if (!parts) return undefined;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
    const firstReferenced: Note[] = [];
    const count = (node: FootnoteCall): void => {
      const note = notes.get(node.label);
      if (!note || node.refId !== '') return;
      if (!firstReferenced.includes(note)) firstReferenced.push(note);
      const seen = note.refIds.length + 1;
      node.refId = `fnref${seen > 1 ? seen : ''}${separator}${idPrefix}${note.label}`;
      note.refIds.push(node.refId);
      node.number = options.useDefinitionOrder ? note.number : firstReferenced.indexOf(note) + 1;
    };
    for (const block of inlineOrder(tree, options.alternateTabs)) for (const child of block.children) visit(child, 'footnoteCall', count);
    // References in blocks the inline order does not model yet: document order.
    visit(tree, 'footnoteCall', count);
    for (const item of items) {
      // An unreferenced note still links back to `fnref:label`, as Python-Markdown does.
      if (item.refIds.length === 0) item.refIds.push(`fnref${separator}${idPrefix}${item.label}`);
    }
    if (!options.useDefinitionOrder) renumber(list, firstReferenced);
  };
}

/** Document order: referenced notes by first reference, then the others as defined. */
function renumber(list: FootnoteList, firstReferenced: readonly Note[]): void {
  const rank = (item: FootnoteItem): number => {
    const at = firstReferenced.findIndex((note) => note.label === item.label);
    return at === -1 ? firstReferenced.length : at;
  };
  list.children.sort((a, b) => rank(a) - rank(b));
  list.children.forEach((item, index) => {
    item.number = index + 1;
  });
}

/**
 * Python-Markdown puts the notes in place of the first block whose text holds PLACE_MARKER
 * (searched depth first, before inline Markdown is parsed).
 */
function replaceMarker(parent: Parent, list: FootnoteList, marker: string): boolean {
  if (marker === '') return false;
  for (const [index, child] of parent.children.entries()) {
    if (child.type === 'paragraph' && textOf(child).includes(marker)) {
      parent.children.splice(index, 1, list);
      return true;
    }
    if ('children' in child && replaceMarker(child, list, marker)) return true;
  }
  return false;
}

function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * Definitions in the order Python-Markdown reads them, removed from the tree: the order of the
 * source, not of the tree (a quote that goes on after a definition holds one written below it:
 * `> a\n\n[^x]: X\n\n> [^y]: Y` reads `x` first).
 */
function collectDefinitions(tree: Root): Map<string, Note> {
  const found: FootnoteDefinition[] = [];
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition, index: number | undefined, parent: Parent | undefined) => {
    found.push(node);
    if (!parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  const at = (node: FootnoteDefinition): number => node.position?.start.offset ?? 0;
  found.sort((a, b) => at(a) - at(b));
  const notes = new Map<string, Note>();
  for (const node of found) {
    const key = node.label ?? node.identifier;
    const existing = notes.get(key);
    // A repeated definition replaces the text but keeps the first one's number, as in Python.
    if (existing) existing.definition = node;
    else notes.set(key, { label: key, number: notes.size + 1, refIds: [], definition: node });
  }
  return notes;
}
