/**
 * The list of an index's other parts (index-parts.ts PART_CHARS), as the build writes it and both
 * the build and the browser's search dialog read it. No Node import: the dialog's bundle takes it.
 *
 *   partFolders(JSON.parse('["part-2/", "../x/"]')) // ['part-2/']
 */

/**
 * In the first part's folder: the other parts' folders under it, as a JSON list (`["part-2/"]`,
 * `[]` for an index of one part).
 */
export const PARTS_FILE = 'parts.json';

/** The part folders a parsed PARTS_FILE lists: each one name and a slash; anything else is left out. */
export function partFolders(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((folder): folder is string => typeof folder === 'string' && /^[\w-]+\/$/.test(folder)) : [];
}
