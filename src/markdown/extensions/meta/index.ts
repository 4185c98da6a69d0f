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

export const meta: ExtensionFactory = (context) => ({
  preprocess: (source, file) => {
    const parsed = parseMeta(source);
    // A bare renderer (Python-Markdown without MkDocs) has already read the block as the page's
    // meta (src/markdown/index.ts): that block is what this extension would have read.
    const fromPage = context.renderer.bare === true && Object.keys(parsed.meta).length === 0 ? asLists(file.data.meta ?? {}) : undefined;
    file.data.markdownMeta = fromPage ?? parsed.meta;
    return parsed.body;
  },
});

/** Page meta (`key: value` strings or YAML values) in `md.Meta`'s shape: a list per key. */
function asLists(meta: Readonly<Record<string, unknown>>): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(meta)) {
    lists[key.toLowerCase()] = Array.isArray(value) ? value.map(String) : [value === null || value === undefined ? '' : String(value)];
  }
  return lists;
}
