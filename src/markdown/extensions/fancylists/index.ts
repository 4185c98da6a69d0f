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
 * lists where the marker type changes and sets the attributes. The `/// fancylists | type=a`
 * block (block.ts) is a Blocks type: PyMdown's extension is a Blocks extension, so it brings the
 * `///` container itself when no pymdownx.blocks key is enabled.
 */
import { codes } from 'micromark-util-symbol';
import type { Extension } from 'micromark-util-types';
import { pythonList } from '../../core/list.ts';
import type { ExtensionFactory } from '../../types.ts';
import { blocks } from '../blocks/index.ts';
import { fancyMarkers, fancyStyles } from './markers.ts';
import { remarkFancyLists } from './transform.ts';

export const fancylists: ExtensionFactory = (context) => {
  const fancy = fancyStyles(context.options, context.has('pymdownx.saneheaders'));
  const document: NonNullable<Extension['document']> = fancy.generic ? { [codes.numberSign]: pythonList } : {};
  for (let code: number = codes.uppercaseA; code <= codes.uppercaseZ; code++) document[code] = pythonList;
  for (let code: number = codes.lowercaseA; code <= codes.lowercaseZ; code++) document[code] = pythonList;
  const shared = blocks('pymdownx.fancylists')(context);
  return {
    micromark: [{ document, pythonOrderedMarkers: { null: [fancyMarkers(fancy)] } }, ...(shared.micromark ?? [])],
    fromMarkdown: shared.fromMarkdown,
    // Before the Blocks pass (ours or a pymdownx.blocks key's, always later): the `blockFence`
    // nodes are still there to say which list a `/// fancylists` block forces.
    remark: [[remarkFancyLists, { ...fancy, injectStyle: context.options['inject_style'] === true, injectClass: context.options['inject_class'] === true }], ...(shared.remark ?? [])],
    handlers: shared.handlers,
    rehypeAfterToc: shared.rehypeAfterToc,
  };
};
