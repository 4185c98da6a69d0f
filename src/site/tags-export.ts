/**
 * The tags plugin's export (Material 9.6+, on by default): every page with tags and its tags,
 * written to `export_file` (`tags.json`) in site_dir as Material's MappingStorage saves it
 * (material/plugins/tags/structure/mapping/storage), for another project to load:
 *
 *   {"mappings": [{"item": {"url": "setup/", "title": "Setup"}, "tags": ["Guide", "Setup"]}]}
 *
 * Pages in the order MkDocs renders them (its file order), each URL as MkDocs' `page.url`
 * (relative to the site), each page's tags sorted by name; Python's json.dump writes it (keys in
 * that order, `", "` and `": "`, non-ASCII as `\uXXXX`).
 */
import { compareCodePoints } from '../shared/code-points.ts';
import { pythonJson } from '../shared/jinja-json.ts';

export interface TagsExport {
  /** The file's path in site_dir, as `export_file` says (`tags.json`). */
  readonly file: string;
  readonly json: string;
}

/**
 * The export file's text for the pages with tags.
 *
 * @example tagsJson([{ url: '', title: 'Home', tags: ['B', 'A'] }]) // '{"mappings": [{"item": {"url": "", "title": "Home"}, "tags": ["A", "B"]}]}'
 */
export function tagsJson(pages: ReadonlyArray<{ readonly url: string; readonly title: string; readonly tags: readonly string[] }>): string {
  const mappings = pages.filter((page) => page.tags.length > 0).map((page) => ({
    item: { url: page.url, title: page.title },
    // Python's sorted() over Tag names: by code point.
    tags: [...new Set(page.tags)].sort(compareCodePoints),
  }));
  return pythonJson({ mappings });
}
