/**
 * The `types` option of `pymdownx.blocks.admonition` / `.details`: names, or `{name, class, title}`.
 *
 * `['note', {name: 'my-tip', class: 'tip'}]` -> note (class note, title Note), my-tip (class tip, title Tip)
 */
import { titleCase } from './kind.ts';

export interface BlockType {
  readonly name: string;
  readonly className: string;
  readonly title: string;
}

/** Normalizes `types` entries; `defaults` when the option is not a list. */
export function typeList(raw: unknown, defaults: readonly string[]): BlockType[] {
  const entries: unknown[] = Array.isArray(raw) ? raw : [...defaults];
  const out: BlockType[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') out.push({ name: entry, className: entry, title: titleCase(entry) });
    else if (typeof entry === 'object' && entry !== null && 'name' in entry && typeof entry.name === 'string') {
      const className = 'class' in entry && typeof entry.class === 'string' ? entry.class : entry.name;
      const title = 'title' in entry && typeof entry.title === 'string' ? entry.title : titleCase(className);
      out.push({ name: entry.name, className, title });
    }
  }
  return out;
}
