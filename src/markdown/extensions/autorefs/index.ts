/**
 * mkdocs-autorefs' Markdown side: undefined references become `<autoref>` markers (see
 * transform.ts), which the site resolves against every page's heading ids (src/site/autorefs.ts).
 * The site enables it when the autorefs or mkdocstrings plugin is listed, as those plugins add it.
 *
 * ```md
 * [Install][installation]  ->  <autoref identifier="installation">Install</autoref>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkAutorefs } from './transform.ts';

export const autorefs: ExtensionFactory = () => ({ remark: [remarkAutorefs] });
