/**
 * pymdownx.mark: `==text==` -> `<mark>text</mark>`. Option `smart_mark` (on: `==` inside a word
 * is text). PyMdown's pattern sequence, run on the parsed tree.
 *
 * ```md
 * ==key== point   ->  <p><mark>key</mark> point</p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { lonePattern } from '../../inline/double-marker.ts';
import { wrapperHandler } from '../../inline/phrasing-node.ts';
import { patternSequencePlugin } from '../../inline/sequence-pass.ts';
import type { SequencePattern } from '../../inline/pattern-sequence.ts';

const W = String.raw`\p{L}\p{N}_`;
const MARK = String.raw`(={2})(?!\s)((?:[^=]|(?<!={2})=)+?)(?<!\s)\1`;
const SMART_MARK = String.raw`(?:(?<=_)|(?<![${W}=]))(={2})(?![\s=])((?:(?<=\s)=+?(?=\s)|.)+?=*?)(?<!\s)\1(?:(?=_)|(?![${W}=]))`;

export const mark: ExtensionFactory = (context) => {
  const patterns: SequencePattern[] = [{ pattern: new RegExp(context.options['smart_mark'] === false ? MARK : SMART_MARK, 'suy'), builder: 'single', tags: 'mark' }];
  return {
    pieces: true,
    remark: [patternSequencePlugin({ marker: '=', protect: [lonePattern('=')], patterns })],
    handlers: { mark: wrapperHandler('mark') },
  };
};
