/**
 * Escaping the site layer's own HTML strings (dates, listings, autorefs links, notebook outputs,
 * notices drawn into pages), in the two forms the places need.
 */

/** `&`, `<`, `>`: text between tags. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `&`, `<`, `>` and `"`: a double-quoted attribute value (and text). */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
