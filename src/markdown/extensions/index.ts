/**
 * The registry: mkdocs.yml key -> extension factory. `ORDER` is the order in which the
 * layers of enabled extensions are combined (see pipeline.ts for why order matters).
 * Keys are Python-Markdown's names; `markdown.extensions.x` and `pymdownx.x` long forms are
 * normalized by `canonicalName`.
 */
import type { ExtensionFactory } from '../types.ts';

/** Filled by each extension folder's index.ts; kept in one table so the order is visible. */
export const EXTENSIONS: ReadonlyMap<string, ExtensionFactory> = new Map<string, ExtensionFactory>([
]);

/** Extensions that need nothing from us (their behaviour is built in or has no output). */
export const BUILT_IN = new Set<string>(['meta', 'extra']);

/** `markdown.extensions.toc` -> `toc`; `pymdownx.details` stays; `material.extensions.x` stays. */
export function canonicalName(name: string): string {
  return name.startsWith('markdown.extensions.') ? name.slice('markdown.extensions.'.length) : name;
}
