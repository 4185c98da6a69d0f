/**
 * pymdownx.betterem: PyMdown's emphasis instead of Python-Markdown's. `smart_enable` (`underscore`
 * by default, `asterisk`, `all` or `none`) says which markers are "smart": inside a word they are
 * text (`snake_case_name`). micromark's emphasis is switched off; two pattern-sequence passes
 * (`*` then `_`, PyMdown's priorities 50 and 40) build `em` and `strong`.
 *
 * ```md
 * ***a** b*  ->  <p><em><strong>a</strong> b</em></p>
 * a_b_c      ->  <p>a_b_c</p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { patternSequencePlugin } from '../../inline/sequence-pass.ts';
import { asteriskPatterns, loneEmphasisMarkers, underscorePatterns } from './patterns.ts';

export const betterem: ExtensionFactory = (context) => {
  const enabled = context.options['smart_enable'] ?? 'underscore';
  const all = enabled === 'all';
  return {
    // micromark's emphasis, and core's replacement of it when there is one (by its name).
    micromark: [{ disable: { null: ['attention', 'pythonMarkdownAttention'] } }],
    remark: [
      patternSequencePlugin({ marker: '*', protect: [loneEmphasisMarkers('*')], patterns: asteriskPatterns(all || enabled === 'asterisk') }),
      patternSequencePlugin({ marker: '_', protect: [loneEmphasisMarkers('_')], patterns: underscorePatterns(all || enabled === 'underscore') }),
    ],
  };
};
