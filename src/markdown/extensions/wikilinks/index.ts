/**
 * wikilinks: `[[Wiki Link]]` -> `<a class="wikilink" href="/Wiki_Link/">Wiki Link</a>`, with
 * `base_url`, `end_url` and `html_class` (see remark-wikilinks.ts).
 */
import type { ExtensionFactory } from '../../types.ts';
import { wikilinksOptions } from './options.ts';
import { remarkWikilinks } from './remark-wikilinks.ts';

export const wikilinks: ExtensionFactory = (context) => ({ remark: [[remarkWikilinks, wikilinksOptions(context.options)]] });
