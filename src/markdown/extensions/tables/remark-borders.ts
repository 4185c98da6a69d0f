/**
 * Python-Markdown decides whether rows have border pipes from the header row alone: when the
 * header has neither a leading nor a trailing `|`, a body row's leading `|` is not a border but
 * a cell separator, so the row starts with an empty cell. GFM's tokenizer decides per row, so
 * such a row is shifted back here.
 *
 * ```md
 * foo|bar|baz
 * ---|---|---          ->  <td></td><td>Q</td><td></td>   (GFM alone: Q, '', '')
 *    | Q |
 * ```
 */
import type { Root, Table } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function remarkTableBorders() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    visit(tree, 'table', (table: Table) => {
      const [head, ...body] = table.children;
      const line = (offset: number | undefined): string => (offset === undefined ? '' : source.slice(offset, source.indexOf('\n', offset) === -1 ? undefined : source.indexOf('\n', offset)));
      const header = line(head?.position?.start.offset).trim();
      if (header === '' || header.startsWith('|') || /(?<!\\)(?:\\\\)*\|$/.test(header)) return;
      const columns = table.align?.length ?? head?.children.length ?? 0;
      for (const row of body) {
        if (!line(row.position?.start.offset).trim().startsWith('|')) continue;
        row.children = [{ type: 'tableCell', children: [] }, ...row.children].slice(0, columns);
      }
    });
  };
}
