/**
 * Python-Markdown's lists as a micromark container, replacing CommonMark's `list` construct.
 * It emits the same tokens (`listUnordered`, `listItemPrefix`, ...) so mdast-util-from-markdown
 * builds the tree unchanged; only where an item starts and what continues it differ:
 *
 * ```
 * Para          <- a list cannot interrupt a paragraph: `- item` stays paragraph text,
 * - item           unless the paragraph sits in a list item (`- a\n    - b` nests)
 *
 * - a           <- continuation is a blank line or 4 spaces (tab_length), whatever the marker
 *   - b            width: a 2-space `- b` is a sibling of `- a`, not a child (an extension may
 *                  set another indent: see list-indent.ts)
 * * c           <- any marker (`*`, `+`, `-`, `1.`) continues the open list
 * ```
 *
 * Only `.` closes an ordered marker (`1)` is text) and the marker needs a space after it.
 */
import { plainThematicBreak } from './thematic-break.ts';
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { blankRest } from './blank-rest.ts';
import { beyondContainerLimit } from './depth.ts';
import { fencesBeforeBlocks } from './fence-line.ts';
import { listIndent, listsApart } from './list-indent.ts';
import { afterFenceLine, afterTableLine, fenceIndent, indentedText, openFenceColumn, openFenceStart, openBefore, previousFlow } from './list-lines.ts';
import { closedMarginFence, marginFencesApart } from './margin-fence.ts';
import { orderedMarkers } from './list-markers.ts';
import { underlinedLineHere } from './setext.ts';
import { prefixSize } from './line-prefix.ts';
import { splitOffContainers, splitOffFromItem } from './split-off.ts';
import { codes } from 'micromark-util-symbol';

/** Longest marker value read (`mmmdccclxxxviii` is 15): a longer run is text. */
const MAX_VALUE = 20;

export const pythonList: Construct = {
  // Not `list`: that name is disabled so CommonMark's construct never runs.
  name: 'pythonMarkdownList',
  tokenize: tokenizeListStart,
  continuation: { tokenize: tokenizeListContinuation },
  exit: tokenizeListEnd,
};

const indentConstruct: Construct = { tokenize: tokenizeIndent, partial: true };

/** `  |- b`: the next item of this list, after up to 3 spaces (less than the list indent). */
const nextItem: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return factorySpace(effects, effects.attempt(pythonList, ok, nok), 'linePrefix', listIndent(this));
  },
};

declare module 'micromark-util-types' {
  interface ContainerState {
    /** This list's current block (since the last blank line) started indented inside its item. */
    pythonBlockInside?: boolean | undefined;
    /**
     * The list is inside an admonition, details or tab. Their processors dedent the body line by
     * line, so there a block that starts indented in an item ends at the first less indented
     * line: `- a\n\n    x\n- b` makes `b` a sibling, where at the top level it is text of `a`.
     */
    pythonInBlockContainer?: boolean | undefined;
    /** A blank line was seen since the current item's marker line (its first block is over). */
    pythonItemHadBlank?: boolean | undefined;
    /** The item's current block started on a dedented line (see `textLine`): its lines are dedented too. */
    pythonDetabbed?: boolean | undefined;
    /** The next item comes after a blank line (set while it is tried). */
    pythonAfterBlank?: boolean | undefined;
    /**
     * The item's marker line is empty and a blank line precedes it: Python-Markdown parses it
     * as a loose list's first item, where an indented line below is code, not dedented text.
     */
    pythonEmptyLooseItem?: boolean | undefined;
    /**
     * A blank line came inside a fence that superfences would find first (so no blank line to
     * Python-Markdown), and no line indented into the item since. A less indented line with text
     * after it ends that fence for superfences' scan (not indented enough) before it ever closes:
     * no fence, so the blank line counts after all.
     */
    pythonBlankInFence?: boolean | undefined;
    /**
     * In an admonition, details or tab: the item's current block started indented after a blank
     * line. The container's processor detabs that block by the item's indent and stops at the
     * first line indented less, which starts a block after the list (`- a\n\n    b\nc` there).
     */
    pythonCutAtOutdent?: boolean | undefined;
    /** The last line read as a lazy line of the item (nothing consumed, see `lazyOrNext`). */
    pythonLazyLine?: number | undefined;
  }
}

/** Disables CommonMark's list and registers ours on every marker character. */
export const pythonListExtension: Extension = {
  disable: { null: ['list'] },
  document: {
    [codes.asterisk]: pythonList,
    [codes.plusSign]: pythonList,
    [codes.dash]: pythonList,
    [codes.digit0]: pythonList, [codes.digit1]: pythonList, [codes.digit2]: pythonList, [codes.digit3]: pythonList,
    [codes.digit4]: pythonList, [codes.digit5]: pythonList, [codes.digit6]: pythonList, [codes.digit7]: pythonList,
    [codes.digit8]: pythonList, [codes.digit9]: pythonList,
  },
};

function isBulletMarker(code: Code): boolean {
  return code === codes.asterisk || code === codes.plusSign || code === codes.dash;
}

/**
 * True when the innermost container continued on this line is a list item (its indent is the
 * last container prefix read) and the lists around it are in no definition: up to the page, an
 * admonition, details, tab or quote (which parse their bodies on their own), lists only. That is
 * where Python-Markdown's ListIndentProcessor, which knows no `<dl>`, takes indented blocks.
 */
export function inListItemOnly(context: TokenizeContext): boolean {
  let item = false;
  for (let index = context.events.length - 1; index >= 0; index--) {
    const type = context.events[index]?.[1].type;
    if (type === undefined || type === 'chunkFlow') break;
    if (type === 'listItemIndent') item = true;
    else if (type === 'defListIndent' || (!item && CONTAINER_PREFIXES.has(type))) return false;
    else if (CONTAINER_PREFIXES.has(type)) break;
  }
  return item;
}

/** The prefixes other containers than list items leave on a line. */
const CONTAINER_PREFIXES: ReadonlySet<string> = new Set(['indentedContainerIndent', 'blockQuotePrefix', 'defListIndent', 'listItemPrefix']);

/** True when a container prefix on this line is an admonition's, details' or tab's. */
export function inBlockContainer(context: TokenizeContext): boolean {
  for (let index = context.events.length - 1; index >= 0; index--) {
    const type = context.events[index]?.[1].type;
    if (type === undefined || type === 'chunkFlow') return false;
    if (type === 'indentedContainerIndent') return true;
  }
  return false;
}

function tokenizeListStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  // Ordered markers: Python-Markdown's digits and dot, or an extension's (see list-markers.ts).
  const markers = orderedMarkers(self);
  let value = '';
  let minSpaces = 1;
  return start;

  /** `|- a`, `|1. a`: at the marker, after up to 3 spaces of indent. */
  function start(code: Code): State | undefined {
    // A new list right after a fence superfences found starts as after a paragraph line (see
    // afterFenceLine); the next item of an open list is no interruption.
    const fenceLine = !self.interrupt && !self.containerState?.type && afterFenceLine(self);
    // TableProcessor takes every line of its block as a row, a list marker's too (`- b` after
    // `| 1 | 2 |`): micromark's flow has closed the row's construct, so no interrupt says so.
    const tableLine = !self.interrupt && !fenceLine && !self.containerState?.type && afterTableLine(self);
    const open = self.interrupt || fenceLine || tableLine ? openBefore(self) : undefined;
    const paragraph = open?.paragraph === true || fenceLine;
    if (paragraph && !open?.inListItem) return nok(code);
    const bullet = isBulletMarker(code);
    if (!bullet && !markers.starts(code)) return nok(code);
    if (!self.containerState || beyondContainerLimit(self) || prefixSize(self) >= listIndent(self)) return nok(code);
    // A block's first line with a setext underline below is a heading, list marker and all
    // (Python-Markdown tries setext headings before lists): `- a\n---` is `<h2>- a</h2>`. So is
    // the first line after a blank line in a list, which then ends (`- a\n\n- b\n-`).
    const blockStart = !self.containerState.type || self.containerState.pythonAfterBlank === true;
    // Nested in an item, the underline's line holds the item's indent (the marker's column less its own spaces).
    // In a quote, that indent is counted from the end of the line's quote markers.
    if (blockStart && !paragraph) {
      return effects.check(underlinedLineHere(self), nok, first)(code);
    }
    return first(code);
  }

  function first(code: Code): State | undefined {
    if (!self.containerState) return nok(code);
    const bullet = isBulletMarker(code);
    if (!self.containerState.type) {
      // The first item decides the list's kind; later items may use any marker (Python-Markdown).
      self.containerState.type = bullet ? 'listUnordered' : 'listOrdered';
      self.containerState.pythonInBlockContainer = inBlockContainer(self);
      effects.enter(bullet ? 'listUnordered' : 'listOrdered', { _container: true });
    }
    effects.enter('listItemPrefix');
    if (bullet) return code === codes.dash || code === codes.asterisk ? effects.check(plainThematicBreak, nok, atMarker)(code) : atMarker(code);
    effects.enter('listItemValue');
    return inside(code);
  }

  /** `1|2. a`: the value of an ordered marker (digits, or an extension's letters). */
  function inside(code: Code): State | undefined {
    if (code !== null && value.length < MAX_VALUE && markers.continues(code)) {
      value += String.fromCharCode(code);
      effects.consume(code);
      return inside;
    }
    if (code !== codes.dot && code !== codes.rightParenthesis) return nok(code);
    const accepted = markers.accepts(value, String.fromCharCode(code));
    if (accepted === 'no') return nok(code);
    minSpaces = accepted === 'two-spaces' ? 2 : 1;
    effects.exit('listItemValue');
    return atMarker(code);
  }

  /** `-| a`: the marker, which must be followed by a space. */
  function atMarker(code: Code): State | undefined {
    effects.enter('listItemMarker');
    effects.consume(code);
    effects.exit('listItemMarker');
    return afterMarker;
  }

  function afterMarker(code: Code): State | undefined {
    if (!markdownSpace(code)) return nok(code);
    effects.enter('listItemPrefixWhitespace');
    return whitespace(code);
  }

  /** `- |  a`: every space after the marker is prefix (no indented code on the first line). */
  function whitespace(code: Code): State | undefined {
    if (markdownSpace(code)) {
      minSpaces--;
      effects.consume(code);
      return whitespace;
    }
    if (minSpaces > 0) return nok(code);
    effects.exit('listItemPrefixWhitespace');
    effects.exit('listItemPrefix');
    if (!self.containerState) return nok(code);
    // A fence here is no fence (core/fence-close.ts). Set on every marker read, checks too: any
    // marker before it on its line keeps a fence from Python-Markdown's fence preprocessors.
    const { line, column } = self.now();
    self.parser.pythonMarkerEnd = { line, column };
    self.containerState.size = listIndent(self);
    // Set only once the marker is certain: a failed sibling attempt must not touch the state.
    self.containerState.pythonItemHadBlank = undefined;
    self.containerState.pythonDetabbed = undefined;
    self.containerState.pythonCutAtOutdent = undefined;
    self.containerState.pythonEmptyLooseItem = (code === null || markdownLineEnding(code)) && self.containerState.pythonAfterBlank === true;
    self.containerState.pythonAfterBlank = undefined;
    return ok(code);
  }
}

function tokenizeListContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const state = self.containerState;
  if (state) state._closeFlow = undefined;
  return effects.check(blankRest, onBlank, notBlank);

  /** Blank lines never end an item by themselves: what follows them decides. */
  function onBlank(code: Code): State | undefined {
    // Inside a fence that superfences found first, the line is no blank line to Python-Markdown:
    // the whole fence is one placeholder line by the time lists are parsed.
    const fenceColumn = fencesBeforeBlocks(self) ? openFenceColumn(previousFlow(self, true)) : undefined;
    const inFence = fenceColumn !== undefined;
    // A fence at the page's left margin: no line is less indented, so none ends it.
    if (state && inFence && fenceColumn > 1) state.pythonBlankInFence = true;
    if (state && !inFence) {
      state.furtherBlankLines = true;
      state.pythonBlockInside = undefined;
      state.pythonCutAtOutdent = undefined;
      state.pythonItemHadBlank = true;
      state.pythonDetabbed = undefined;
    }
    return factorySpace(effects, ok, 'listItemIndent', listIndent(self) + 1)(code);
  }

  function indent(code: Code): State | undefined {
    return effects.attempt(indentConstruct, indented, outdented)(code);
  }

  function notBlank(code: Code): State | undefined {
    if (inLazyFence()) return lazyFenceLine(code);
    return afterFenceIndent(code);
  }

  function afterFenceIndent(code: Code): State | undefined {
    if (!markdownSpace(code)) return outdented(code);
    // Right after the item's own lines, an indented line that is not a nested item is text.
    const sameBlock = !state?.pythonItemHadBlank && !state?.pythonDetabbed;
    return sameBlock ? effects.check(indentedText, textLine, notText)(code) : indent(code);
  }

  function textLine(code: Code): State | undefined {
    // A line of a fence superfences found: the fence is one line of the item's text.
    if (inFence()) return indent(code);
    // After a heading or an empty marker line no paragraph is open: Python-Markdown's
    // ListIndentProcessor dedents the line and starts a block in the item (a paragraph, not code).
    if (noTextOpen()) {
      if (state) state.pythonDetabbed = true;
      return indent(code);
    }
    // Nothing consumed: the flow sees the indent, so nothing but paragraph text starts here.
    self.parser.pythonListNestLine = undefined;
    return ok(code);
  }

  /** A fence or nested item line: it starts a dedented block too where no text is open. */
  function notText(code: Code): State | undefined {
    if (state && !inFence() && noTextOpen()) state.pythonDetabbed = true;
    return indent(code);
  }

  /** In a fence superfences found (which it reads before any list). */
  function inFence(): boolean {
    return fencesBeforeBlocks(self) && openFenceColumn(previousFlow(self)) !== undefined;
  }

  /**
   * No paragraph is open before this line. A fence superfences found is a line of text, which
   * the item's text goes on after (`- a\n    ```\n    x\n    ```\n    > b` is text).
   */
  function noTextOpen(): boolean {
    return !openBefore(self).paragraph && !afterFenceLine(self) && !state?.pythonEmptyLooseItem;
  }

  function indented(code: Code): State | undefined {
    // A block that starts indented after a blank line belongs to this item up to the next blank
    // line, whatever the indent of its later lines (Python-Markdown hands the whole block over).
    if (state?.furtherBlankLines && !state.pythonInBlockContainer) state.pythonBlockInside = true;
    if (state?.furtherBlankLines && state.pythonInBlockContainer) state.pythonCutAtOutdent = true;
    if (state) {
      state.furtherBlankLines = undefined;
      state.pythonBlankInFence = undefined;
    }
    // Only in the item's first block may a list start inside its paragraph (see openBefore).
    self.parser.pythonListNestLine = state?.pythonBlockInside ? undefined : self.now().line;
    return ok(code);
  }

  /**
   * Not indented enough. After a blank line: maybe the next item, else the list ends. In a block
   * that started indented inside the item: still the item's. Right after the item's own lines:
   * the next item, a line Python-Markdown splits off first (see split-off.ts), or else a lazy
   * line of the item, whatever it holds (`- a\n> q` quotes inside the item).
   */
  function outdented(code: Code): State | undefined {
    const afterBlank = state?.furtherBlankLines === true || state?.pythonBlankInFence === true;
    if (state) {
      state.furtherBlankLines = undefined;
      state.pythonBlankInFence = undefined;
    }
    self.parser.pythonListNestLine = undefined;
    if (afterBlank) {
      if (state) state.pythonAfterBlank = true;
      return notInCurrentItem(code);
    }
    if (state?.pythonCutAtOutdent) {
      // Unless it is the next item, the line ends the list, not as a lazy line of its paragraph:
      // the container's laziness breaker reads this mark (core/indented-container.ts).
      const lineStart = self.now().offset;
      return notInCurrentItem(code, (next) => {
        self.parser.indentedContainerBreak = lineStart;
        return nok(next);
      });
    }
    // fenced_code: a closed fence at the margin has blank lines around it (core/margin-fence.ts).
    if (!fencesBeforeBlocks(self) && marginFencesApart(self)) return effects.check(closedMarginFence, notInCurrentItem, lazyOrNext)(code);
    return lazyOrNext(code);
  }

  /**
   * In a fence superfences opened on a lazy line of the item (at the page's left margin, or
   * indented less than the item's 4 spaces), every line is the fence's, a list marker too, until
   * its closing line: the item goes on, and nothing is consumed, as PyMdown dedents the fence by
   * its own indent only (`- a\n  ```\n      x\n  ```` keeps 4 spaces before `x`).
   */
  function inLazyFence(): boolean {
    if (!fencesBeforeBlocks(self)) return false;
    if (openFenceColumn(previousFlow(self, true)) === 1) return true;
    const fence = openFenceStart(previousFlow(self));
    return fence !== undefined && fence.line === state?.pythonLazyLine;
  }

  function lazyFenceLine(code: Code): State | undefined {
    // A line less indented than the fence ends it for superfences' scan: read as usual.
    return openFenceColumn(previousFlow(self, true)) === 1 ? fenceLine(code) : effects.check(fenceIndent, fenceLine, afterFenceIndent)(code);
  }

  function fenceLine(code: Code): State | undefined {
    if (state) state.furtherBlankLines = undefined;
    self.parser.pythonListNestLine = undefined;
    return ok(code);
  }

  /** Right after the item's own lines (no blank line): see `outdented`. */
  function lazyOrNext(code: Code): State | undefined {
    // Consuming nothing leaves no `listItemIndent`, so a list marker here cannot interrupt the
    // item's paragraph (see openBefore): `- a\n\n    x\n- b` keeps `- b` as text.
    if (state?.pythonBlockInside) return effects.check(splitOffContainers, notInCurrentItem, ok)(code);
    if (state) state._closeFlow = true;
    self.interrupt = undefined;
    // The indent is part of the attempt: on failure it stays for the flow (`  *[A]: x` is indented).
    return effects.attempt(nextItem, ok, notNextItem)(code);
  }

  function notNextItem(code: Code): State | undefined {
    if (state) state._closeFlow = undefined;
    return effects.check(splitOffFromItem, nok, lazy)(code);
  }

  function lazy(code: Code): State | undefined {
    if (state) state.pythonLazyLine = self.now().line;
    return ok(code);
  }

  function notInCurrentItem(code: Code, fail: State = nok): State | undefined {
    if (state) state._closeFlow = true;
    // A sibling item is not an interruption, even after a paragraph line.
    self.interrupt = undefined;
    const apart = state?.pythonAfterBlank === true && listsApart(self);
    return factorySpace(effects, apart ? sibling : effects.attempt(pythonList, ok, fail), 'linePrefix', listIndent(self))(code);
  }

  /**
   * mdx_truly_sane_lists: after a blank line an unordered item never joins the list before it
   * (Python's unordered processor does not take that list as its sibling), and an unordered list
   * takes no item at all; only an ordered item goes on with an ordered list.
   */
  function sibling(code: Code): State | undefined {
    if (state?.type === 'listUnordered' || isBulletMarker(code)) return nok(code);
    return effects.attempt(pythonList, ok, nok)(code);
  }
}

/** `    |b`: exactly tab_length columns (the list indent) of indent continue the item. */
function tokenizeIndent(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const size = listIndent(self);
  return factorySpace(effects, afterPrefix, 'listItemIndent', size + 1);

  function afterPrefix(code: Code): State | undefined {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === 'listItemIndent' && tail[2].sliceSerialize(tail[1], true).length === size ? ok(code) : nok(code);
  }
}

function tokenizeListEnd(this: TokenizeContext, effects: Effects): undefined {
  // A break mark this list set is used up (see `outdented`): the line is parsed in the parent.
  this.parser.indentedContainerBreak = undefined;
  const type = this.containerState?.type;
  if (type === 'listUnordered' || type === 'listOrdered') effects.exit(type);
}
