/**
 * Python-Markdown decides whether rows have border pipes from the header row alone: when the
 * header has neither a leading nor a trailing `|`, a body row's leading `|` is not a border but
 * a cell separator, so the row starts with an empty cell. GFM's tokenizer decides per row, so
 * such a row is shifted back here. A one-column table must also show a pipe on every line.
 *
 * ```md
 * foo|bar|baz
 * ---|---|---          ->  <td></td><td>Q</td><td></td>   (GFM alone: Q, '', '')
 *    | Q |
 * ```
 */
import type { Paragraph, Root, Table, TableCell } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { BLOCK_CONSTRUCT_NAMES } from '../../core/python-markdown.ts';
import { walkMdast } from '../../core/walk.ts';

const END_BORDER = /(?<!\\)(?:\\\\)*\|$/;

export function remarkTableBorders(this: Processor) {
  const data = this.data();
  /** Inline Markdown only (Python-Markdown's paragraph), positions moved to `offset`. */
  const paragraph = (text: string, table: Table): Paragraph => {
    const parsed = fromMarkdown(text, { extensions: [...(data.micromarkExtensions ?? []), { disable: { null: [...BLOCK_CONSTRUCT_NAMES, 'table'] } }], mdastExtensions: data.fromMarkdownExtensions ?? [] });
    const start = table.position?.start;
    if (start) shift(parsed, start.line, start.column, start.offset ?? 0);
    const first = parsed.children[0];
    return { type: 'paragraph', children: first?.type === 'paragraph' ? first.children : [{ type: 'text', value: text }], position: table.position };
  };
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    visit(tree, 'table', (table: Table, index, parent) => {
      // A one-column table needs a pipe at the start or end of every line (Python's test);
      // without one, the block is a paragraph (only at the top level, where lines are as written).
      const start = table.position?.start.offset;
      const end = table.position?.end.offset;
      if ((table.align?.length ?? 0) === 1 && parent?.type === 'root' && index !== undefined && start !== undefined && end !== undefined) {
        const text = source.slice(start, end);
        const lines = text.split('\n').map((item) => item.trim());
        if (!lines.slice(1).every((item) => item.startsWith('|') || END_BORDER.test(item))) {
          parent.children[index] = paragraph(text, table);
          return SKIP;
        }
      }
      const [head, ...body] = table.children;
      const line = (offset: number | undefined): string => (offset === undefined ? '' : source.slice(offset, source.indexOf('\n', offset) === -1 ? undefined : source.indexOf('\n', offset)));
      const header = line(head?.position?.start.offset).trim();
      if (header === '' || header.startsWith('|') || /(?<!\\)(?:\\\\)*\|$/.test(header)) return;
      const columns = table.align?.length ?? head?.children.length ?? 0;
      for (const row of body) {
        if (!line(row.position?.start.offset).trim().startsWith('|')) continue;
        const empty: TableCell = { type: 'tableCell', children: [] };
        row.children = [empty, ...row.children].slice(0, columns);
      }
      return undefined;
    });
  };
}

function shift(root: Root, line: number, column: number, offset: number): void {
  walkMdast(root, (node) => {
    const position = node.position;
    if (!position) return;
    const move = (point: { line: number; column: number; offset?: number | undefined }) => ({
      line: point.line + line - 1,
      column: point.line === 1 ? point.column + column - 1 : point.column,
      offset: (point.offset ?? 0) + offset,
    });
    node.position = { start: move(position.start), end: move(position.end) };
  });
}
