/**
 * smarty: Python-Markdown's typographic quotes, dashes, ellipses and (optionally) angled quotes,
 * with every mkdocs.yml option (`smart_quotes`, `smart_dashes`, `smart_ellipses`,
 * `smart_angled_quotes`, `substitutions`).
 *
 * ```md
 * "Yes" -- it's...   ->  <p>&ldquo;Yes&rdquo; &ndash; it&rsquo;s&hellip;</p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { escapableCharacters } from '../../core/escape.ts';
import { canonicalName } from '../index.ts';
import { smartyOptions } from './options.ts';
import { remarkSmarty } from './transform.ts';

export const smarty: ExtensionFactory = (context) => ({
  remark: [[remarkSmarty, { ...smartyOptions(context.options), escapable: escapableCharacters(context.renderer.extensions.map((spec) => canonicalName(spec.name))) }]],
});
