/**
 * The `:` line of a definition as a micromark container, the mechanism GFM footnote
 * definitions use: a marker, then a body that continues on blank lines and 4-space indents
 * (and lazily, like Python-Markdown's unindented continuation lines).
 *
 * ```
 * Term                 <- a paragraph: transform.ts turns it into the terms
 * :   Definition       <- start: up to 3 spaces, `:`, 1 to 3 spaces, then the body
 *     more             <- continuation: 4 columns of indent, or a blank line
 * ```
 * Tokens: `defListDescription` > `defListMarker` (`:`), `defListWhitespace`, `defListIndent`.
 */
import { blankLine } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';
import type { Code, Construct, ContainerState, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codes } from 'micromark-util-symbol';
import { fencesBeforeBlocks } from '../../core/fence-line.ts';
import { brokenHere, containerBreak, TAB_LENGTH, tabIndent } from '../../core/indented-container.ts';
import { inBlockContainer, inListItemOnly } from '../../core/list.ts';
import { endsWithTableLine, openFenceColumn, previousFlow } from '../../core/list-lines.ts';
import { splitOff, splitOffContainers } from '../../core/split-off.ts';

declare module 'micromark-util-types' {
  interface ContainerState {
    /** A blank line was seen in this definition. */
    pythonDefBlank?: boolean | undefined;
    /** The line after the `:` line decided: true, unindented lines are the body (NO_INDENT); false, they are not. */
    pythonDefBody?: boolean | undefined;
    /** The last line was blank. */
    pythonDefAfterBlank?: boolean | undefined;
    /** A blank line inside a fence superfences finds (see `fenceEnds`) was the last line. */
    pythonDefFenceBlank?: boolean | undefined;
    /** An indented line came right after such a blank line, the fence still open. */
    pythonDefFenceBlockInside?: boolean | undefined;
    /** The current block (since the last blank line) started indented in this definition. */
    pythonDefBlockInside?: boolean | undefined;
    /** The definition list is a list item's child, and no definition holds that list (see `indented`). */
    pythonDefInListItem?: boolean | undefined;
    /** The definition is inside an admonition, details or tab (see core/list.ts `pythonInBlockContainer`). */
    pythonDefInBlockContainer?: boolean | undefined;
  }
  interface ParseContext {
    /** Offset of a `:` line where a container ended (see `belowTableRow`). */
    pythonDefBreakOffset?: number | undefined;
  }
  interface TokenTypeMap {
    defListDescription: 'defListDescription';
    defListMarker: 'defListMarker';
    defListWhitespace: 'defListWhitespace';
    defListIndent: 'defListIndent';
  }
}

const indent = tabIndent('defListIndent');

const description: Construct = {
  name: 'defListDescription',
  tokenize: tokenizeStart,
  continuation: { tokenize: tokenizeContinuation },
  exit(effects) {
    // A break (see `unindented`) is used up: the line below is parsed in the parent again.
    this.parser.indentedContainerBreak = undefined;
    effects.exit('defListDescription');
  },
};

export function defListSyntax(): Extension {
  return { document: { [codes.colon]: description, null: [containerBreak] } };
}

/** `|:   body`: the colon must be followed by a space or tab (`:x` is text). */
function tokenizeStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return (code: Code) => {
    if (code !== codes.colon) return nok(code);
    if (belowTableRow()) return nok(code);
    if (self.containerState) {
      self.containerState.pythonDefInBlockContainer = inBlockContainer(self);
      // PyMdown Blocks leave no prefix on their lines; inside one open here, the lists around may
      // be the block's own or not: the definition keeps its blocks then, as before this rule.
      const inBlocks = self.parser.blockFences?.some((entry) => !entry.closed) === true;
      self.containerState.pythonDefInListItem = !inBlocks && inListItemOnly(self);
    }
    effects.enter('defListDescription', { _container: true });
    effects.enter('defListMarker');
    effects.consume(code);
    effects.exit('defListMarker');
    return afterMarker;
  };

  /**
   * Right below a table's line in the same block, a row of it (TableProcessor takes the whole
   * block). Not when a container ended here: micromark checks this construct before it exits
   * them (the break mark is up, see core/indented-container.ts) and attempts it after, so the
   * check leaves its answer for the attempt at the same offset.
   */
  function belowTableRow(): boolean {
    const { offset } = self.now();
    if (brokenHere(self)) self.parser.pythonDefBreakOffset = offset;
    if (self.parser.pythonDefBreakOffset === offset) return false;
    return endsWithTableLine(previousFlow(self));
  }

  function afterMarker(code: Code): State | undefined {
    if (code !== codes.space && code !== codes.ht && code !== -2 && code !== -1) return nok(code);
    // At most 3 columns go with the marker; a 4th would start an indented code block in the body.
    return factorySpace(effects, body, 'defListWhitespace', TAB_LENGTH)(code);
  }

  /** `:   |body`: a fence here is no fence (core/fence-close.ts): a marker stands before it. */
  function body(code: Code): State | undefined {
    const { line, column } = self.now();
    self.parser.pythonMarkerEnd = { line, column };
    return ok(code);
  }
}

/**
 * `|    more` or a blank line keeps the definition open; so does, before any blank line, a line
 * without indent when the line right after the `:` line had none (def_list's NO_INDENT_RE:
 * the rest of the block is the body then, `:` lines and fences too), unless Python-Markdown
 * splits it off first (a heading, a rule, raw HTML, an extension's container).
 *
 * ```
 * Term
 * :   body          Term
 * Next              :   body
 * :   nested        :   a second definition (a `:` line right after: no NO_INDENT body)
 * ```
 */
function tokenizeContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const state = self.containerState;
  const lineStart = self.now().offset;
  return effects.check(blankLine, blank, effects.attempt(indent, indented, unindented));

  function blank(code: Code): State | undefined {
    if (!state) return ok(code);
    state.pythonDefBlank = true;
    // Inside a fence superfences finds first the line is none to Python-Markdown, unless the
    // fence never closes: decided at the first line that ends it or leaves it (see `fenceEnds`).
    if (openFence()) state.pythonDefFenceBlank = true;
    else {
      state.pythonDefAfterBlank = true;
      state.pythonDefBlockInside = undefined;
      state.pythonDefFenceBlank = undefined;
      state.pythonDefFenceBlockInside = undefined;
    }
    return ok(code);
  }

  function indented(code: Code): State | undefined {
    // In a list item, Python-Markdown's ListIndentProcessor (priority 90) takes an indented block
    // before def_list's (85) and knows no <dl>: it is detabbed by the item's indent only, which
    // leaves code in the item, after the list (`- a\n\n    T\n    : d\n\n        code`).
    if (state?.pythonDefInListItem && state.pythonDefAfterBlank) {
      self.parser.indentedContainerBreak = lineStart;
      return nok(code);
    }
    if (state) {
      state.pythonDefBody ??= false;
      if (state.pythonDefAfterBlank) state.pythonDefBlockInside = true;
      state.pythonDefAfterBlank = undefined;
      if (!openFence()) state.pythonDefFenceBlockInside = undefined;
      else if (state.pythonDefFenceBlank) state.pythonDefFenceBlockInside = true;
      state.pythonDefFenceBlank = undefined;
    }
    return ok(code);
  }

  /** A fence superfences would find is open (at the page's left margin no line ends it). */
  function openFence(): boolean {
    return fencesBeforeBlocks(self) && (openFenceColumn(previousFlow(self, true)) ?? 1) > 1;
  }

  /**
   * An unindented line ends a fence still open for superfences' scan: it never closes, so is
   * none, and the blank lines in it count after all.
   */
  function fenceEnds(current: ContainerState): void {
    if (openFence()) {
      if (current.pythonDefFenceBlank) current.pythonDefAfterBlank = true;
      else if (current.pythonDefFenceBlockInside) current.pythonDefBlockInside = true;
    }
    current.pythonDefFenceBlank = undefined;
    current.pythonDefFenceBlockInside = undefined;
  }

  function unindented(code: Code): State | undefined {
    if (state) fenceEnds(state);
    const afterBlank = state?.pythonDefAfterBlank === true;
    if (state) state.pythonDefAfterBlank = undefined;
    if (!state) return nok(code);
    // After a blank line no paragraph is open to take the line lazily: end the definition as a
    // new container would (core/indented-container.ts), not through micromark's lazy-line path,
    // which rewrites the page's whole event list each time (quadratic on long pages).
    if (afterBlank) {
      self.parser.indentedContainerBreak = lineStart;
      return nok(code);
    }
    // A block that starts indented after a blank line is the definition's up to the next blank
    // line: DefListIndentProcessor hands it over whole (`:` lines and all, a list inside then).
    // An admonition, details or tab detabs line by line instead: a line indented less ends it.
    if (state.pythonDefBlockInside) {
      if (!state.pythonDefInBlockContainer) return code === codes.colon ? ok(code) : effects.check(splitOffContainers, nok, ok)(code);
      self.parser.indentedContainerBreak = lineStart;
      return nok(code);
    }
    if (state.pythonDefBlank) return nok(code);
    // After an indented line, `detab` hands an unindented one back to the parent: no lazy line.
    if (state.pythonDefBody === false) {
      self.parser.indentedContainerBreak = lineStart;
      return nok(code);
    }
    // In the body a `:` line starts a definition inside this one (def_list runs on the body again).
    if (state.pythonDefBody) return code === codes.colon ? ok(code) : effects.check(splitOff, nok, ok)(code);
    return effects.check(notBody, notBodyLine, bodyLine)(code);
  }

  function bodyLine(code: Code): State | undefined {
    if (state) state.pythonDefBody = true;
    return ok(code);
  }

  function notBodyLine(code: Code): State | undefined {
    if (state) state.pythonDefBody = false;
    return nok(code);
  }
}

/** The line right after a `:` line that is no NO_INDENT body: split off, another `:` definition, or (fenced_code's) fence. */
const notBody: Construct = { partial: true, tokenize: tokenizeNotBody };

function tokenizeNotBody(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return effects.attempt(splitOff, ok, factorySpace(effects, start, 'linePrefix', TAB_LENGTH));

  function start(code: Code): State | undefined {
    if (code === codes.colon) {
      effects.consume(code);
      return (next: Code) => (next === codes.space || next === codes.ht || next === -2 || next === -1 ? ok(next) : nok(next));
    }
    // fenced_code sets its placeholders apart with blank lines; superfences' stay lines of the body.
    if ((code === codes.graveAccent || code === codes.tilde) && !fencesBeforeBlocks(self)) return ok(code);
    return nok(code);
  }
}


