/**
 * Python-Markdown's own table rules, applied to the tables GFM's tokenizer found:
 *
 * - border pipes are decided by the header row alone: when the header has neither a leading nor
 *   a trailing `|`, a body row's leading `|` separates an empty first cell;
 * - cells are split as TableProcessor._split_row does (split-row.ts): a pipe inside a code span
 *   does not split (`` `a | b` `` is one cell), where GFM splits at every unescaped pipe;
 * - a one-column table must show a pipe at the start or end of every line, else it is a paragraph.
 *
 * ```md
 * foo|bar|baz
 * ---|---|---          ->  <td></td><td>Q</td><td></td>   (GFM alone: Q, '', '')
 *    | Q |
 * ```
 * Rows whose line holds a backtick are split again from the source and their cells parsed as
 * inline Markdown, as Python-Markdown parses each cell's text.
 */
import type { Paragraph, PhrasingContent, Root, Table, TableCell, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Processor } from 'unified';
import type { Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { applyPythonMarkdownRules, BLOCK_CONSTRUCT_NAMES } from '../../core/python-markdown.ts';
import { walkMdast } from '../../core/walk.ts';
import { splitRow } from './split-row.ts';

const END_BORDER = /(?<!\\)(?:\\\\)*\|$/;

export function remarkPythonTables(this: Processor) {
  const data = this.data();
  /** `text` as Python-Markdown's inline patterns see it (no blocks), placed at `at`. */
  const inline = (text: string, at: Point | undefined): PhrasingContent[] => {
    const parsed = fromMarkdown(text, { extensions: [...(data.micromarkExtensions ?? []), { disable: { null: [...BLOCK_CONSTRUCT_NAMES, 'table'] } }], mdastExtensions: data.fromMarkdownExtensions ?? [] });
    applyPythonMarkdownRules(parsed);
    if (at) shift(parsed, at);
    const first = parsed.children[0];
    return first?.type === 'paragraph' ? first.children : text === '' ? [] : [{ type: 'text', value: text }];
  };
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    const lineAt = (offset: number | undefined): string => {
      if (offset === undefined) return '';
      const end = source.indexOf('\n', offset);
      return source.slice(offset, end === -1 ? undefined : end);
    };
    visit(tree, 'table', (table: Table, index, parent) => {
      const start = table.position?.start.offset;
      const end = table.position?.end.offset;
      if ((table.align?.length ?? 0) === 1 && parent?.type === 'root' && index !== undefined && start !== undefined && end !== undefined) {
        const text = source.slice(start, end);
        const lines = text.split('\n').map((item) => item.trim());
        if (!lines.slice(1).every((item) => item.startsWith('|') || END_BORDER.test(item))) {
          const paragraph: Paragraph = { type: 'paragraph', children: inline(text, table.position?.start), ...(table.position ? { position: table.position } : {}) };
          parent.children[index] = paragraph;
          return SKIP;
        }
      }
      const [head] = table.children;
      const header = lineAt(head?.position?.start.offset).trim();
      if (header === '') return undefined;
      const border = header.startsWith('|') || END_BORDER.test(header);
      const columns = table.align?.length ?? head?.children.length ?? 0;
      for (const row of table.children) {
        const raw = lineAt(row.position?.start.offset);
        if (raw.includes('`')) resplit(row, raw, border, columns, inline);
        else if (!border && row !== head && raw.trim().startsWith('|')) {
          const empty: TableCell = { type: 'tableCell', children: [] };
          row.children = [empty, ...row.children].slice(0, columns);
        }
      }
      return undefined;
    });
  };
}

/** The row's cells again, from its source line, split and parsed the Python-Markdown way. */
function resplit(row: TableRow, raw: string, border: boolean, columns: number, inline: (text: string, at: Point | undefined) => PhrasingContent[]): void {
  const start = row.position?.start;
  const lead = raw.length - raw.trimStart().length;
  const cells = splitRow(raw.trim(), border);
  row.children = Array.from({ length: columns }, (_, column): TableCell => {
    const cell = cells[column];
    if (!cell) return { type: 'tableCell', children: [] };
    const text = cell.text.replace(/^ +| +$/g, '');
    const at = lead + cell.offset + (cell.text.length - cell.text.trimStart().length);
    const point = start && { line: start.line, column: start.column + at, offset: (start.offset ?? 0) + at };
    return { type: 'tableCell', children: inline(text, point) };
  });
}

function shift(root: Root, at: Point): void {
  walkMdast(root, (node) => {
    const position = node.position;
    if (!position) return;
    const move = (point: Point): Point => ({
      line: point.line + at.line - 1,
      column: point.line === 1 ? point.column + at.column - 1 : point.column,
      offset: (point.offset ?? 0) + (at.offset ?? 0),
    });
    node.position = { start: move(position.start), end: move(position.end) };
  });
}
