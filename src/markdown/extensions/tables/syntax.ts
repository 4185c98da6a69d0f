/**
 * Tables as Python-Markdown's TableProcessor finds them (not GFM's rules):
 *
 * ```
 * | a | `b|c` |     <- header: a block's first line, cells split as split-row.ts says
 * | --- | :-: |      <- separator: as many cells, only `|:- ` characters
 * x                  <- every further line of the block is a row (even without a pipe),
 *                       up to a blank line; a row gets exactly the separator's cell count
 * ```
 *
 * A table only starts a block: it never interrupts a paragraph (`Text\n| a |\n|---|` is one
 * paragraph). One header-and-separator construct, then one body-row construct per line (as
 * micromark-extension-gfm-table does), so containers and lazy lines work as for any flow.
 */
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Event, Extension, State, Token, TokenizeContext } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';
import { FENCE_CONSTRUCT_NAMES } from '../../core/fence-close.ts';
import { afterFenceLineInFlow, fencesBeforeBlocks } from '../../core/fence-line.ts';
import { borderOf, hasEdgePipe, splitRow, type Border, type CellRange } from './split-row.ts';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    pythonTable: 'pythonTable';
    pythonTableHead: 'pythonTableHead';
    pythonTableRow: 'pythonTableRow';
    pythonTableCell: 'pythonTableCell';
    pythonTableCellText: 'pythonTableCellText';
    pythonTableJunk: 'pythonTableJunk';
    pythonTableSeparator: 'pythonTableSeparator';
  }
  interface Token {
    /** On `pythonTable`: the column alignments; on `pythonTableCell`: header cell or not. */
    pythonTableAlign?: Array<'left' | 'right' | 'center' | null>;
    pythonTableHeader?: boolean;
    /** On `pythonTable` and body rows: the header line's border, which every row is split with. */
    pythonTableBorder?: Border;
  }
}

export function pythonTable(): Extension {
  return { flow: { null: [headConstruct, rowConstruct] } };
}

const headConstruct: Construct = { name: 'pythonTableHead', tokenize: tokenizeHead, resolveAll: takeInBodyRows };
const rowConstruct: Construct = { name: 'pythonTableRow', tokenize: tokenizeRow, resolveAll: takeInBodyRows };

/** Body rows are tokenized after their table closed: its exit moves past the last of them. */
function takeInBodyRows(events: Event[]): Event[] {
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    if (!event || event[0] !== 'exit' || event[1].type !== 'pythonTable') continue;
    let last = index;
    let next = index + 1;
    while (next < events.length) {
      const after = events[next];
      if (!after) break;
      const type = after[1].type;
      if (type === 'lineEnding' || type === 'linePrefix') next++;
      else if (after[0] === 'enter' && type === 'pythonTableRow') {
        const row = after[1];
        while (next < events.length && !(events[next]?.[0] === 'exit' && events[next]?.[1] === row)) next++;
        last = next;
        next++;
      } else break;
    }
    if (last === index) continue;
    const lastRow = events[last]?.[1];
    events.splice(index, 1);
    events.splice(last, 0, event);
    if (lastRow) event[1].end = lastRow.end;
    index = last;
  }
  return events;
}

/** Reads the rest of the current line (not empty) into `into`; the caller's check rewinds. */
function lineScan(into: { line: string }): Construct {
  return {
    partial: true,
    tokenize(effects, ok) {
      into.line = '';
      const inside = (code: Code): State | undefined => {
        if (code === null || markdownLineEnding(code)) {
          effects.exit('pythonTableJunk');
          return ok(code);
        }
        into.line += code === -2 ? '\t' : code === -1 ? '' : String.fromCharCode(code);
        effects.consume(code);
        return inside;
      };
      return (code: Code): State | undefined => {
        effects.enter('pythonTableJunk');
        return inside(code);
      };
    },
  };
}

/**
 * Marks one line's cells: `cells` tile the line, each from its `start` (its divider) on; the
 * text between a cell's spaces is inline content.
 *
 * ```
 * | a  | b |
 * ^^^^^^      cell 0 (junk `| `, text `a`, junk `  `), then cell 1 from the second `|`
 * ```
 */
function emitRow(effects: Effects, cells: readonly CellRange[], length: number, header: boolean, then: State): State {
  let offset = 0;
  let cell = -1;
  const openNext = (): void => {
    cell++;
    const token = effects.enter('pythonTableCell');
    token.pythonTableHeader = header;
  };
  const step = (code: Code): State | undefined => {
    if (offset >= length || code === null || markdownLineEnding(code)) {
      if (cell >= 0) effects.exit('pythonTableCell');
      return then(code);
    }
    const next = cells[cell + 1];
    if (cell < 0 || (next && offset >= next.start)) {
      if (cell >= 0) effects.exit('pythonTableCell');
      openNext();
      return step(code);
    }
    const current = cells[cell];
    if (current && offset === current.from && current.to > current.from) {
      effects.enter('pythonTableCellText');
      effects.enter('chunkText', { contentType: 'text' });
      return run(current.to, () => {
        effects.exit('chunkText');
        effects.exit('pythonTableCellText');
      })(code);
    }
    // Dividers and spaces up to the text, the next cell or the line's end.
    const limit = Math.min(current && offset < current.from ? current.from : length, next ? next.start : length, length);
    effects.enter('pythonTableJunk');
    return run(Math.max(limit, offset + 1), () => effects.exit('pythonTableJunk'))(code);
  };
  const run = (to: number, close: () => void): State => {
    const inside = (code: Code): State | undefined => {
      if (offset < to && code !== null && !markdownLineEnding(code)) {
        offset++;
        effects.consume(code);
        return inside;
      }
      close();
      return step(code);
    };
    return inside;
  };
  return step;
}

function tokenizeHead(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const scanned = { line: '' };
  let border: Border = { left: false, right: false };
  let columns = 0;
  let table: Token | undefined;
  return start;

  function start(code: Code): State | undefined {
    // Python-Markdown only sees a table at the start of a block (not after a fence's line either).
    if (self.interrupt || afterFenceLineInFlow(self) || code === null || markdownLineEnding(code)) return nok(code);
    return effects.check(lineScan(scanned), header, nok)(code);
  }

  function header(code: Code): State | undefined {
    // A line without a pipe has one cell and no border (what the checks below find the long
    // way): every paragraph's first line comes here, and few have one.
    if (!scanned.line.includes('|')) return nok(code);
    const row = scanned.line.replace(/^ +| +$/g, '');
    border = borderOf(row);
    const cells = splitRow(scanned.line, border);
    columns = cells.length;
    // One column needs a border, and then a pipe at an edge of every row (checked below).
    if (columns < 2 && !border.left && !border.right) return nok(code);
    table = effects.enter('pythonTable');
    table.pythonTableBorder = border;
    effects.enter('pythonTableHead');
    effects.enter('pythonTableRow');
    return emitRow(effects, cells, scanned.line.length, true, afterHeader)(code);
  }

  function afterHeader(code: Code): State | undefined {
    effects.exit('pythonTableRow');
    if (code === null) return nok(code);
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return separatorStart;
  }

  function separatorStart(code: Code): State | undefined {
    if (self.parser.lazy[self.now().line] || code === null || markdownLineEnding(code)) return nok(code);
    return effects.check(lineScan(scanned), separator, nok)(code);
  }

  function separator(code: Code): State | undefined {
    const cells = splitRow(scanned.line, border);
    const texts = cells.map((cell) => scanned.line.slice(cell.from, cell.to));
    if (cells.length !== columns || !/^[|:\- ]*$/.test(texts.join(''))) return nok(code);
    if (columns === 1 && !hasEdgePipe(scanned.line.replace(/^ +| +$/g, ''))) return nok(code);
    if (table) table.pythonTableAlign = texts.map(alignOf);
    effects.enter('pythonTableSeparator');
    let left = scanned.line.length;
    const consume = (next: Code): State | undefined => {
      if (left > 0 && next !== null && !markdownLineEnding(next)) {
        left--;
        effects.consume(next);
        return consume;
      }
      effects.exit('pythonTableSeparator');
      effects.exit('pythonTableHead');
      return columns === 1 ? effects.check(everyRowPiped, done, nok)(next) : done(next);
    };
    return consume(code);
  }

  function done(code: Code): State | undefined {
    effects.exit('pythonTable');
    return ok(code);
  }
}

/**
 * A single-column table needs a pipe at an edge of every line of its block. A fence fenced_code
 * takes ends the block: Python-Markdown's preprocessor sets it apart with blank lines (one that
 * never closes is no fence: core/unfenced.ts parses it again with this table, as lines of its
 * block). pymdownx.superfences does not: its fence is one line of the block, with no pipe.
 */
const everyRowPiped: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    const self = this;
    const scanned = { line: '' };
    const fence = fencesBeforeBlocks(self) ? undefined : fencedCode(self);
    const atEnd = (code: Code): State | undefined => {
      if (code === null) return ok(code);
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return lineStart;
    };
    const lineStart = (code: Code): State | undefined => {
      if (self.parser.lazy[self.now().line] || code === null || markdownLineEnding(code)) return ok(code);
      const row = effects.check(lineScan(scanned), check, nok);
      return fence && (code === codes.graveAccent || code === codes.tilde) ? effects.check(fence, ok, row)(code) : row(code);
    };
    const check = (code: Code): State | undefined => (hasEdgePipe(scanned.line.replace(/^ +| +$/g, '')) ? skip(code) : nok(code));
    const skip = (code: Code): State | undefined => {
      if (code === null || markdownLineEnding(code)) return atEnd(code);
      effects.enter('pythonTableJunk');
      effects.consume(code);
      effects.exit('pythonTableJunk');
      return skip;
    };
    return atEnd;
  },
};

/** fenced_code's construct (core/fence-close.ts), when it is on. */
function fencedCode(context: TokenizeContext): Construct | undefined {
  const hooks = context.parser.constructs.flow;
  for (const code of [codes.graveAccent, codes.tilde]) {
    const listed = hooks[code];
    const found = (Array.isArray(listed) ? listed : listed === undefined ? [] : [listed]).find((construct) => FENCE_CONSTRUCT_NAMES.some((name) => name === construct.name));
    if (found) return found;
  }
  return undefined;
}

/** Any further line of the table's block is a row. */
function tokenizeRow(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const scanned = { line: '' };
  let border: Border | undefined;
  return start;

  function start(code: Code): State | undefined {
    border = openTableBorder(self);
    if (!border || self.parser.lazy[self.now().line] || code === null || markdownLineEnding(code)) return nok(code);
    return effects.check(lineScan(scanned), row, nok)(code);
  }

  function row(code: Code): State | undefined {
    const rowBorder = border ?? { left: false, right: false };
    const cells = splitRow(scanned.line, rowBorder);
    // The next row reads the border here, not from the table's first token (no walk back).
    const token = effects.enter('pythonTableRow');
    token.pythonTableBorder = rowBorder;
    return emitRow(effects, cells, scanned.line.length, false, (next) => {
      effects.exit('pythonTableRow');
      return ok(next);
    })(code);
  }
}

/** The border of the table the previous flow line belongs to (its head or a body row), if any. */
function openTableBorder(context: TokenizeContext): Border | undefined {
  for (let index = context.events.length - 1; index > -1; index--) {
    const event = context.events[index];
    if (!event) return undefined;
    const type = event[1].type;
    if (type === 'lineEnding' || type === 'linePrefix') continue;
    if (event[0] !== 'exit' || (type !== 'pythonTable' && type !== 'pythonTableRow')) return undefined;
    return event[1].pythonTableBorder;
  }
  return undefined;
}

function alignOf(cell: string): 'left' | 'right' | 'center' | null {
  const text = cell.replace(/^ +| +$/g, '');
  if (text.startsWith(':') && text.endsWith(':')) return 'center';
  if (text.startsWith(':')) return 'left';
  if (text.endsWith(':')) return 'right';
  return null;
}
