/**
 * A table as mdformat-tables writes it (mdformat_tables/plugin.py `_to_string`), for mkdocs-llmstxt's
 * pages (src/site/llmstxt-markdown.ts): each column as wide as its widest cell and at least three,
 * cells padded on the right, the delimiter row all dashes (markdownify writes no alignment, so
 * none reaches mdformat). Each cell's text is serialized by mdast-util-gfm-table's own cell
 * handler, which escapes `|` and line breaks.
 *
 *   | a   | b   |
 *   | --- | --- |
 *   | 1   | 2   |
 */
import type { Table } from 'mdast';
import type { Handle } from 'mdast-util-to-markdown';

export const mdformatTable: Handle = (node: Table, _parent, state, info) => {
  const rows = node.children.map((row) => row.children.map((cell) => state.handle(cell, row, state, info)));
  const widths: number[] = [];
  for (const row of rows) for (const [column, text] of row.entries()) widths[column] = Math.max(widths[column] ?? 3, [...text].length);
  const line = (cells: readonly string[]) => `| ${cells.map((text, column) => text + ' '.repeat(Math.max(0, (widths[column] ?? 3) - [...text].length))).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), line(head.map((_, column) => '-'.repeat(widths[column] ?? 3))), ...body.map(line)].join('\n');
};
