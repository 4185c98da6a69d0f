/**
 * meta: Python-Markdown's meta-data block, read into `file.data.markdownMeta` (its `md.Meta`),
 * which wikilinks consults for `wiki_base_url`, `wiki_end_url` and `wiki_html_class`.
 *
 * ```md
 * Title: Hi      ->  <p>Text</p>      markdownMeta { title: ['Hi'] }
 *
 * Text
 * ```
 * MkDocs strips a page's meta before Markdown sees it (the page meta itself comes from
 * core/front-matter.ts), so on a site this sees only what is left: as with MkDocs, usually nothing.
 */
import type { ExtensionFactory } from '../../types.ts';
import { parseMeta } from './parse-meta.ts';

declare module 'vfile' {
  interface DataMap {
    /** Python-Markdown's `md.Meta`: set only when the meta extension is enabled. */
    markdownMeta: Record<string, string[]>;
  }
}

export const meta: ExtensionFactory = () => ({
  preprocess: (source, file) => {
    const parsed = parseMeta(source);
    file.data.markdownMeta = parsed.meta;
    return parsed.body;
  },
});
