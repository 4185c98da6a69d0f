/**
 * pymdownx.tilde: `~~text~~` -> `<del>text</del>`, `H~2~O` -> `H<sub>2</sub>O` (no spaces inside
 * unless escaped). Options: `delete`, `subscript` (both on), `smart_delete` (on: `~~` inside a
 * word is text). PyMdown's pattern sequence, run on the parsed tree.
 *
 * ```md
 * ~~old~~ H~2~O   ->  <p><del>old</del> H<sub>2</sub>O</p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { doubleMarkerPatterns, lonePattern } from '../../inline/double-marker.ts';
import { wrapperHandler } from '../../inline/phrasing-node.ts';
import { patternSequencePlugin } from '../../inline/sequence-pass.ts';

export const tilde: ExtensionFactory = (context) => {
  const patterns = doubleMarkerPatterns({
    marker: '~',
    double: 'del',
    single: 'sub',
    smart: context.options['smart_delete'] !== false,
    doubleEnabled: context.options['delete'] !== false,
    singleEnabled: context.options['subscript'] !== false,
  });
  return {
    pieces: true,
    remark: [patternSequencePlugin({ marker: '~', protect: [lonePattern('~')], patterns })],
    handlers: { delete: wrapperHandler('del'), subscript: wrapperHandler('sub') },
  };
};
