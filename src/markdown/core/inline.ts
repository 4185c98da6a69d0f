/**
 * Inline output where Python-Markdown differs from CommonMark on the same parse:
 *
 * ```
 * ***both***          ->  <strong><em>both</em></strong>   (CommonMark: <em><strong>)
 * <mailto:a@b.c>      ->  <a href="mailto:a@b.c">a@b.c</a>  (the scheme is not shown)
 * ```
 */
import type { Emphasis, Image, Link, Strong } from 'mdast';

/** `***x***` parsed as em(strong(x)) becomes strong(em(x)); undefined when not that. */
export function strongOutside(node: Emphasis, source: string): Strong | undefined {
  const inner = node.children.length === 1 ? node.children[0] : undefined;
  const start = node.position?.start.offset;
  if (inner?.type !== 'strong' || start === undefined) return undefined;
  const marker = source.slice(start, start + 3);
  if (marker !== '***' && marker !== '___') return undefined;
  const emphasis: Emphasis = { type: 'emphasis', children: inner.children, ...(inner.position ? { position: inner.position } : {}) };
  return { type: 'strong', children: [emphasis], ...(node.position ? { position: node.position } : {}) };
}

/** An email autolink shows the address without `mailto:`. */
export function hideMailtoScheme(node: Link): void {
  const text = node.children.length === 1 ? node.children[0] : undefined;
  if (node.url.startsWith('mailto:') && text?.type === 'text' && text.value === node.url) text.value = node.url.slice('mailto:'.length);
}

/** A link or image title has every whitespace character as a space (`RE_TITLE_CLEAN`). */
export function cleanTitle(node: Link | Image): void {
  if (node.title) node.title = node.title.replace(/\s/g, ' ');
}
