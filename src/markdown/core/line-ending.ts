/**
 * A paragraph's line ending as Python-Markdown keeps it: the next line's indent stays in the
 * text. Its ParagraphProcessor takes the block as it is (only the first line is stripped) and its
 * container processors remove their own indent only, so `<pre>` written inline in an admonition
 * keeps the lines' relative indent; micromark's lineEnding takes that indent as a linePrefix.
 *
 * ```
 * !!! note
 *
 *     <pre>
 *     a
 *       b
 *     </pre>       ->  <p><pre>\na\n  b\n</pre></p>  (micromark: `\nb`)
 * ```
 */
import type { Code, Construct, Effects, Extension, State } from 'micromark-util-types';
import { codes, types } from 'micromark-util-symbol';
import type { Element, Text as HastText } from 'hast';
import type { Text } from 'mdast';
import type { State as HastState } from 'mdast-util-to-hast';

const pythonLineEnding: Construct = {
  name: 'pythonMarkdownLineEnding',
  tokenize(effects: Effects, ok: State): State {
    return (code: Code) => {
      effects.enter(types.lineEnding);
      effects.consume(code);
      effects.exit(types.lineEnding);
      return ok;
    };
  },
};

export const pythonLineEndingExtension: Extension = {
  text: { [codes.carriageReturn]: pythonLineEnding, [codes.lineFeed]: pythonLineEnding, [codes.carriageReturnLineFeed]: pythonLineEnding },
};

/**
 * mdast text to hast as mdast-util-to-hast's own handler does, without its trimLines: the indent
 * the construct above kept is Python-Markdown's text (trailing spaces never reach the text:
 * micromark makes them a line suffix or a hard break).
 */
export function pythonText(state: HastState, node: Text): HastText | Element {
  const result: HastText = { type: 'text', value: node.value };
  state.patch(node, result);
  return state.applyData(node, result);
}
