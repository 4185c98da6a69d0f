/**
 * pymdownx.fancylists: ordered lists with `1)`, letters (`a.`, `B)`), roman numerals (`iv.`) and
 * `#.`, each list keeping its numbering style in `type` (and `start`). Options:
 * `additional_ordered_styles` (default `[roman, alpha, generic]`), `inject_style`, `inject_class`.
 *
 * ```md
 * b. two      ->  <ol start="2" type="a">
 * c. three        <li>two</li>
 *                 <li>three</li>
 *                 </ol>
 * ```
 * The markers are read by core's list construct (core/list-markers.ts); a remark pass splits
 * lists where the marker type changes and sets the attributes. `/// fancylists` blocks
 * (pymdownx.blocks) are not implemented.
 */
import type { Extension } from 'micromark-util-types';
import { pythonList } from '../../core/list.ts';
import type { ExtensionFactory } from '../../types.ts';
import { fancyMarkers, type FancyStyles } from './markers.ts';
import { remarkFancyLists } from './transform.ts';

export const fancylists: ExtensionFactory = (context) => {
  const raw = context.options['additional_ordered_styles'];
  const styles: readonly unknown[] = Array.isArray(raw) ? raw : ['roman', 'alpha', 'generic'];
  // Without saneheaders, `#. x` is an ATX heading (Python-Markdown tries headings first), so
  // the generic marker only exists next to pymdownx.saneheaders.
  const generic = styles.includes('generic') && context.has('pymdownx.saneheaders');
  const fancy: FancyStyles = { roman: styles.includes('roman'), alpha: styles.includes('alpha'), generic };
  const document: NonNullable<Extension['document']> = generic ? { 35: pythonList } : {};
  for (let code = 65; code <= 90; code++) document[code] = pythonList;
  for (let code = 97; code <= 122; code++) document[code] = pythonList;
  return {
    micromark: [{ document, pythonOrderedMarkers: { null: [fancyMarkers(fancy)] } }],
    remark: [[remarkFancyLists, { ...fancy, injectStyle: context.options['inject_style'] === true, injectClass: context.options['inject_class'] === true }]],
  };
};
