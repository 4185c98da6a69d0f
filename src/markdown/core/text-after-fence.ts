/**
 * No indented code right after a fence that pymdownx.superfences found: PyMdown has left one
 * placeholder line of text there, and Python-Markdown's code block processor only looks at the
 * start of a block, so the indented lines are more text of that paragraph:
 *
 * ```
 * ```                 ->  <p><div class="highlight">...</div>
 * a                           indented</p>
 * ```
 *     indented
 * ```
 * Runs before micromark's `codeIndented` (an extension's initial flow constructs come first) and,
 * only on such a line, reads it as micromark's flow does once no indented code starts: blocks
 * after the indent, else paragraph text. `codeIndented` itself stays enabled: micromark reads
 * its name being disabled as "indents mean nothing" everywhere (fences, paragraph continuation).
 */
import { content } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';
import type { Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codes, types } from 'micromark-util-symbol';
import { afterFenceLineInFlow } from './fence-line.ts';

const textAfterFence: Construct = {
  name: 'pythonMarkdownTextAfterFence',
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    if (!afterFenceLineInFlow(this)) return nok;
    return factorySpace(effects, effects.attempt(this.parser.constructs.flow, ok, effects.attempt(content, ok, nok)), types.linePrefix);
  },
};

/** Core's guard in front of micromark's `codeIndented` (see python-markdown.ts). */
export const pythonTextAfterFenceExtension: Extension = {
  flowInitial: { [codes.horizontalTab]: textAfterFence, [codes.virtualSpace]: textAfterFence, [codes.space]: textAfterFence },
};
