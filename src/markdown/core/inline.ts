/**
 * Inline output where Python-Markdown differs from CommonMark on the same parse:
 *
 * ```
 * <mailto:a@b.c>      ->  <a href="mailto:a@b.c">a@b.c</a>  (the scheme is not shown)
 * ```
 */
import type { Image, Link } from 'mdast';

/** An email autolink shows the address without `mailto:`. */
export function hideMailtoScheme(node: Link): void {
  const text = node.children.length === 1 ? node.children[0] : undefined;
  if (node.url.startsWith('mailto:') && text?.type === 'text' && text.value === node.url) text.value = node.url.slice('mailto:'.length);
}

/** A link or image title has every whitespace character as a space (`RE_TITLE_CLEAN`). */
export function cleanTitle(node: Link | Image): void {
  if (node.title) node.title = node.title.replace(/\s/g, ' ');
}
