/**
 * Lines that Python-Markdown splits off a block before its list and blockquote processors see
 * it: ATX headings and horizontal rules, and the block containers of extensions (`!!!`, `???`,
 * `===`, footnote definitions), whose processors search the whole block and run first; and raw
 * HTML blocks at the start of a document line (extracted before any block parsing). Every other
 * line right after a list item or quote line is a lazy line of it.
 *
 * ```
 * - a
 * > q        <- lazy: a quote inside the item
 * # H        <- split off: a heading after the list
 * ```
 */
import { plainThematicBreak } from './thematic-break.ts';
import { factorySpace } from 'micromark-factory-space';
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';
import { pythonHeadingAtx } from './heading-atx.ts';
import { blockLevelStart } from './html-flow.ts';
import { codes } from 'micromark-util-symbol';

export const splitOff: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return tokenizeSplitOff.call(this, true, effects, ok, nok);
  },
};

/**
 * In a block that started indented inside a list item, Python-Markdown's list-indent processor
 * (priority 90) takes the block before headings and rules are looked for; only the extension
 * containers (priority 105) and raw HTML are still split off.
 */
export const splitOffContainers: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return tokenizeSplitOff.call(this, false, effects, ok, nok);
  },
};


/**
 * The same right after a list item's own lines, where def_list's `:` line is no longer split off:
 * its processor (priority 25) runs after the list processors (40, 30), which take the whole block
 * (`- term\n:  def` is a definition list inside the item). A quote's processor (20) comes after it.
 */
export const splitOffFromItem: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return tokenizeSplitOff.call(this, true, effects, ok, nok, AFTER_LISTS);
  },
};

/** Containers that take lazy lines themselves (or only mark a break): they never split a block. */
const LAZY_CONTAINERS = new Set(['pythonMarkdownList', 'pythonMarkdownBlockQuote', 'pythonMarkdownHtmlBreak']);

/** Containers whose Python processors run after the list processors. */
const AFTER_LISTS: ReadonlySet<string> = new Set(['defListDescription']);

function tokenizeSplitOff(this: TokenizeContext, headings: boolean, effects: Effects, ok: State, nok: State, later: ReadonlySet<string> = new Set()): State {
  const self = this;
  return (code: Code) => {
    // Extension containers want their marker right here (after the prefixes of the containers
    // around); raw HTML at the start of a document line; headings and rules after 0-3 spaces.
    const containers = otherContainers(self, code).filter((construct) => construct.name === undefined || !later.has(construct.name));
    const rest: State = headings ? (next) => factorySpace(effects, headingOrRule, 'linePrefix', 4)(next) : nok;
    const html: State = self.now().column === 1 ? effects.attempt(blockLevelStart, ok, rest) : rest;
    return containers.length > 0 ? effects.check(containers, ok, html)(code) : html(code);
  };

  /** CommonMark's constructs only work from their own marker: dispatch on it. */
  function headingOrRule(code: Code): State | undefined {
    // The heading constructs the flow has on `#` (pymdownx.saneheaders swaps core's for its own).
    if (code === codes.numberSign) return effects.attempt(headingConstructs(self), ok, nok)(code);
    if (code === codes.asterisk || code === codes.dash || code === codes.underscore) return effects.attempt(plainThematicBreak, ok, nok)(code);
    return nok(code);
  }
}

/** The flow constructs on `#` (disabled ones are skipped by micromark), else core's heading. */
function headingConstructs(context: TokenizeContext): Construct[] {
  const entry = context.parser.constructs.flow[codes.numberSign];
  const list = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  return list.length > 0 ? list : [pythonHeadingAtx];
}

/** The document constructs registered for `code`, without lists, quotes and our HTML break. */
function otherContainers(context: TokenizeContext, code: Code): Construct[] {
  if (code === null) return [];
  const entry = context.parser.constructs.document[code];
  const list = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  return list.filter((construct) => construct.name === undefined || !LAZY_CONTAINERS.has(construct.name));
}
