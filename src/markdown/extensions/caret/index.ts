/**
 * pymdownx.caret: `^^text^^` -> `<ins>text</ins>`, `x^2^` -> `x<sup>2</sup>` (no spaces inside
 * unless escaped: `^a\ b^`). Options: `insert`, `superscript` (both on), `smart_insert` (on:
 * `^^` inside a word is text). PyMdown's pattern sequence, run on the parsed tree.
 *
 * ```md
 * ^^new^^ x^2^   ->  <p><ins>new</ins> x<sup>2</sup></p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { doubleMarkerPatterns, lonePattern } from '../../inline/double-marker.ts';
import { wrapperHandler } from '../../inline/phrasing-node.ts';
import { patternSequencePlugin } from '../../inline/sequence-pass.ts';

export const caret: ExtensionFactory = (context) => {
  const patterns = doubleMarkerPatterns({
    marker: '^',
    double: 'ins',
    single: 'sup',
    smart: context.options['smart_insert'] !== false,
    doubleEnabled: context.options['insert'] !== false,
    singleEnabled: context.options['superscript'] !== false,
  });
  return {
    pieces: true,
    remark: [patternSequencePlugin({ marker: '^', protect: [lonePattern('^')], patterns })],
    handlers: { insert: wrapperHandler('ins'), superscript: wrapperHandler('sup') },
  };
};
