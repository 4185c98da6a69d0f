/** MkDocs' titles for what has no title of its own. */

/** `mkdocs.utils.dirname_to_title`: `-`/`_` become spaces; all-lowercase names get a capital. */
export function dirnameToTitle(dirname: string): string {
  const title = dirname.replace(/[-_]/g, ' ');
  if (title.toLowerCase() !== title) return title;
  return title.charAt(0).toUpperCase() + title.slice(1);
}
