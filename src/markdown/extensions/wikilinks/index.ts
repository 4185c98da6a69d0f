/**
 * wikilinks: `[[Wiki Link]]` -> `<a class="wikilink" href="/Wiki_Link/">Wiki Link</a>`, with
 * `base_url`, `end_url` and `html_class` (see transform.ts).
 */
import type { ExtensionFactory } from '../../types.ts';
import { wikilinksOptions } from './options.ts';
import { remarkWikilinks } from './transform.ts';

export const wikilinks: ExtensionFactory = (context) => ({ remark: [[remarkWikilinks, wikilinksOptions(context.options)]] });
