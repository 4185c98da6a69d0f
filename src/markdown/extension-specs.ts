/**
 * mkdocs.yml accepts `markdown_extensions` as a list (`- toc: {permalink: true}` or `- attr_list`)
 * or as a mapping (`toc: {permalink: true}`). Both become one ordered list of specs.
 */
import type { ExtensionSpec } from './types.ts';

export function normalizeExtensions(raw: unknown): ExtensionSpec[] {
  const specs: ExtensionSpec[] = [];
  const add = (name: string, options: unknown): void => {
    specs.push({ name, options: isRecord(options) ? options : {} });
  };
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (typeof item === 'string') add(item, {});
      else if (isRecord(item)) for (const [name, options] of Object.entries(item)) add(name, options);
    }
  } else if (isRecord(raw)) {
    for (const [name, options] of Object.entries(raw)) add(name, options);
  }
  return specs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
