/**
 * The mdast of syntax.ts's tokens: mdast's own `table` / `tableRow` / `tableCell`, so
 * to-hast.ts and attr_list treat them as any table. Unlike GFM's, `\|` stays as written inside
 * a code span (Python-Markdown never unescapes code).
 */
import type { Extension, Handle } from 'mdast-util-from-markdown';

const enterTable: Handle = function (token) {
  this.enter({ type: 'table', align: token.pythonTableAlign ?? [], children: [] }, token);
};
const enterRow: Handle = function (token) {
  this.enter({ type: 'tableRow', children: [] }, token);
};
const enterCell: Handle = function (token) {
  this.enter({ type: 'tableCell', children: [] }, token);
};
const exit: Handle = function (token) {
  this.exit(token);
};

export function pythonTableFromMarkdown(): Extension {
  return {
    enter: { pythonTable: enterTable, pythonTableRow: enterRow, pythonTableCell: enterCell },
    exit: { pythonTable: exit, pythonTableRow: exit, pythonTableCell: exit },
  };
}
