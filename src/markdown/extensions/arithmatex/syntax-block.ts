/**
 * Arithmatex's math blocks as one micromark flow construct on `$` and `\`. PyMdown's block
 * processor (priority 79.9: after indented code, before headings, lists and quotes) tests a whole
 * block, the lines up to the next blank line, against block-match.ts; so does this construct:
 *
 * ```
 * |$$               <- starts a line, not indented, not inside a paragraph nor after a table's
 *                      line (TableProcessor takes every further line of its block as a row)
 * |x = 1            <- whatever the lines hold (`# x`, `- y` too)
 * |$$               <- the block's last line ends with the closing delimiter
 * |                 <- a blank line (or the container's end, or a lazy line) ends the block
 * ```
 * The lines are first scanned (a check), then consumed as `arithmatexBlock` when they match, or
 * the lines before a heading, thematic break or quote line among them when those do, as Python's
 * processors split such a block (block-match.ts mathBlockLines).
 */
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import type { Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { endsWithTableLine } from '../../core/list-lines.ts';
import { mathBlockLines, opensMathBlock } from './block-match.ts';
import type { BlockSyntaxName } from './options.ts';
import { codes } from 'micromark-util-symbol';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    arithmatexBlock: 'arithmatexBlock';
    arithmatexBlockText: 'arithmatexBlockText';
    arithmatexScan: 'arithmatexScan';
  }
}


/**
 * The flow construct for the enabled `block_syntax`: `$$\nx\n$$` (a whole block) ->
 * `arithmatexBlock`.
 */
export function arithmatexBlockSyntax(syntax: ReadonlySet<BlockSyntaxName>, saneHeaders = false): Extension {
  // Concrete: while the block is read, a line such as `- x` or `> y` is TeX, not a new container.
  const construct: Construct = { name: 'arithmatexBlock', tokenize: tokenizeBlock(syntax, saneHeaders), concrete: true };
  const flow: Record<number, Construct> = {};
  if (syntax.has('dollar')) flow[codes.dollarSign] = construct;
  if (syntax.has('square') || syntax.has('begin')) flow[codes.backslash] = construct;
  return { flow };
}

/** `saneHeaders`: pymdownx.saneheaders is on (block-match.ts mathBlockLines). */
function tokenizeBlock(syntax: ReadonlySet<BlockSyntaxName>, saneHeaders: boolean) {
  return function (this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this;
    const scan: Construct = { tokenize: tokenizeScan, partial: true };
    // How many lines the scan found math, and how many are consumed so far.
    let lineCount = 0;
    let consumed = 0;

    const start: State = (code) => {
      if (self.interrupt || indented(self) || endsWithTableLine(self)) return nok(code);
      return effects.check(scan, consumeStart, nok)(code);
    };

    const consumeStart: State = (code) => {
      effects.enter('arithmatexBlock');
      effects.enter('arithmatexBlockText');
      return consumeLine(code);
    };

    /** Consumes the lines the scan accepted, up to the line ending before the blank line. */
    const consumeLine: State = (code) => {
      if (code === null || markdownLineEnding(code)) {
        effects.exit('arithmatexBlockText');
        consumed++;
        if (consumed === lineCount) return done(code);
        return lineEnding(code);
      }
      effects.consume(code);
      return consumeLine;
    };

    const lineEnding: State = (code) => {
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      effects.enter('arithmatexBlockText');
      return consumeLine;
    };

    const done: State = (code) => {
      effects.exit('arithmatexBlock');
      return ok(code);
    };

    const blockEnd: Construct = { tokenize: tokenizeBlockEnd, partial: true };

    /** The check: reads the whole block into a string and asks block-match.ts. */
    function tokenizeScan(this: TokenizeContext, scanEffects: Effects, scanOk: State, scanNok: State): State {
      let text = '';
      const line: State = (code) => {
        if (code === null || markdownLineEnding(code)) {
          scanEffects.exit('arithmatexScan');
          // A first line that opens no block ends the scan there: reading into the next line would
          // leave the scan's tokens as the flow's last ones while the document tokenizer reads that
          // line's containers (a quote line after `\* x` must see the paragraph before it).
          if (!text.includes('\n') && !opensMathBlock(text, syntax)) return scanNok(code);
          return scanEffects.check(blockEnd, finish, next)(code);
        }
        text += character(code);
        scanEffects.consume(code);
        return line;
      };
      const next: State = (code) => {
        text += '\n';
        scanEffects.enter('lineEnding');
        scanEffects.consume(code);
        scanEffects.exit('lineEnding');
        scanEffects.enter('arithmatexScan');
        return line;
      };
      const finish: State = (code) => {
        const lines = mathBlockLines(text.split('\n'), syntax, saneHeaders);
        if (lines === undefined) return scanNok(code);
        lineCount = lines;
        return scanOk(code);
      };
      return (code) => {
        scanEffects.enter('arithmatexScan');
        return line(code);
      };
    }

    /** At a line ending: does the block end here (end of input, a blank or a lazy line next)? */
    function tokenizeBlockEnd(this: TokenizeContext, endEffects: Effects, endOk: State, endNok: State): State {
      const context = this;
      const afterEnding: State = (code) => {
        if (context.parser.lazy[context.now().line] === true || code === null || markdownLineEnding(code)) return endOk(code);
        if (!markdownSpace(code)) return endNok(code);
        endEffects.enter('arithmatexScan');
        return spaces(code);
      };
      const spaces: State = (code) => {
        if (markdownSpace(code)) {
          endEffects.consume(code);
          return spaces;
        }
        endEffects.exit('arithmatexScan');
        return code === null || markdownLineEnding(code) ? endOk(code) : endNok(code);
      };
      return (code) => {
        if (code === null) return endOk(code);
        endEffects.enter('lineEnding');
        endEffects.consume(code);
        endEffects.exit('lineEnding');
        return afterEnding;
      };
    }

    return start;
  };
}

/** The character a code stands for (tabs are expanded before parsing; a virtual space adds nothing). */
function character(code: number): string {
  if (code === -2) return '\t';
  if (code < 0) return '';
  return String.fromCharCode(code);
}

/** Python's pattern is anchored at the block's start: an indented first line is no math block. */
function indented(context: TokenizeContext): boolean {
  const tail = context.events[context.events.length - 1];
  return tail !== undefined && tail[0] === 'exit' && tail[1].type === 'linePrefix' && tail[1].end.offset === context.now().offset;
}
