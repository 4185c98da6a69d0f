/**
 * Python-Markdown's table markup: every row has exactly as many cells as the delimiter row has
 * columns, alignment is an inline style (the `align` attribute with `use_align_attribute: true`),
 * and a header-only table still gets a body with one empty row, whose cells carry no alignment
 * (tables.py `_build_empty_row`).
 *
 * ```md
 * | a |        <table><thead><tr><th style="text-align: left;">a</th></tr></thead>
 * |:--|   ->   <tbody><tr><td></td></tr></tbody></table>
 * ```
 */
import type { Element, ElementContent } from 'hast';
import type { AlignType, Table, TableRow } from 'mdast';
import type { State } from 'mdast-util-to-hast';

/** The `table` handler; `useAlignAttribute` writes `align="left"` instead of a style. */
export function tableHandler(useAlignAttribute: boolean) {
  return (state: State, node: Table): Element => table(state, node, useAlignAttribute);
}

function table(state: State, node: Table, useAlignAttribute: boolean): Element {
  const align = node.align ?? [];
  const [head, ...body] = node.children;
  const columns = align.length > 0 ? align.length : head?.children.length ?? 0;
  const cell = (tagName: 'th' | 'td', at: AlignType | undefined, children: ElementContent[]): Element => cellElement(tagName, at, children, useAlignAttribute);
  const headRows = head ? [row(state, head, align, columns, 'th', cell)] : [];
  const bodyRows = body.length > 0 ? body.map((item) => row(state, item, align, columns, 'td', cell)) : [emptyRow(state, columns, cell)];
  const result: Element = {
    type: 'element',
    tagName: 'table',
    properties: {},
    children: state.wrap([section('thead', state.wrap(headRows, true)), section('tbody', state.wrap(bodyRows, true))], true),
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

type MakeCell = (tagName: 'th' | 'td', align: AlignType | undefined, children: ElementContent[]) => Element;

function row(state: State, node: TableRow, align: ReadonlyArray<AlignType | undefined>, columns: number, tagName: 'th' | 'td', cellElement: MakeCell): Element {
  const cells: ElementContent[] = [];
  for (let index = 0; index < columns; index++) {
    const cell = node.children[index];
    const element = cellElement(tagName, align[index], cell ? state.all(cell) : []);
    if (cell) state.patch(cell, element);
    // attr_list puts `{ .x }` at the end of a cell on the cell itself (hProperties via data).
    cells.push(cell ? state.applyData(cell, element) : element);
  }
  const result: Element = { type: 'element', tagName: 'tr', properties: {}, children: state.wrap(cells, true) };
  state.patch(node, result);
  return result;
}

function emptyRow(state: State, columns: number, cellElement: MakeCell): Element {
  const cells = Array.from({ length: columns }, () => cellElement('td', undefined, []));
  return { type: 'element', tagName: 'tr', properties: {}, children: state.wrap(cells, true) };
}

function cellElement(tagName: 'th' | 'td', align: AlignType | undefined, children: ElementContent[], useAlignAttribute: boolean): Element {
  const properties: Element['properties'] = !align ? {} : useAlignAttribute ? { align } : { style: `text-align: ${align};` };
  return { type: 'element', tagName, properties, children };
}

function section(tagName: 'thead' | 'tbody', children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: {}, children };
}
