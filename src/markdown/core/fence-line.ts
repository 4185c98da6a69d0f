/**
 * Where pymdownx.superfences left a fence as one line of text. PyMdown replaces each fence by a
 * placeholder line before Python-Markdown parses blocks, so the line after a fence goes on with
 * that line's text block: no block that only starts a block (a list, indented code, a table)
 * starts there.
 *
 * ```
 * ```
 * a
 * ```
 * - b      <- text of the fence's paragraph: `<p><div class="highlight">...</div>\n- b</p>`
 * ```
 * superfences switches this on with a micromark extension field, `pythonFencesBeforeBlocks`
 * (fenced_code puts blank lines around its placeholders, so the line after is a block's start).
 */
import type { TokenizeContext } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface Extension {
    /**
     * Set by pymdownx.superfences, which finds fences in the page's lines before any block is
     * parsed, at any indent: an indented fence right after an item's line opens a fence there
     * (`- a\n    ```` is `a` and a code block, where fenced_code leaves text).
     */
    pythonFencesBeforeBlocks?: { null?: boolean[] | undefined } | undefined;
  }
}

/** pymdownx.superfences is on: fences are found before blocks. */
export function fencesBeforeBlocks(context: TokenizeContext): boolean {
  return context.parser.constructs.pythonFencesBeforeBlocks?.null?.includes(true) === true;
}

/**
 * True in a flow tokenizer when superfences is on and the flow's last block is a fence that
 * closed on the line before.
 */
export function afterFenceLineInFlow(flow: TokenizeContext): boolean {
  if (!fencesBeforeBlocks(flow)) return false;
  for (let index = flow.events.length - 1; index >= 0; index--) {
    const event = flow.events[index];
    // This line's indent too, when a list item left it to the flow (a line of its text).
    if (event?.[1].type === 'lineEnding' || event?.[1].type === 'linePrefix') continue;
    return event?.[0] === 'exit' && event[1].type === 'codeFenced';
  }
  return false;
}
