/**
 * pymdownx.superfences options: `custom_fences` entries (`name`, `class`, `format`). The format is
 * a Python function name in mkdocs.yml (`!!python/name:pymdownx.superfences.fence_code_format`);
 * PyMdown's two stock formats are understood, anything else renders as `fence_code_format`.
 */

export interface CustomFence {
  /** A language name, or `*` for every fence. */
  readonly name: string;
  readonly className: string;
  readonly format: 'pre' | 'div';
}

export function customFences(raw: Readonly<Record<string, unknown>>): CustomFence[] {
  const entries = raw['custom_fences'];
  if (!Array.isArray(entries)) return [];
  const fences: CustomFence[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const name = 'name' in entry && typeof entry.name === 'string' ? entry.name : undefined;
    if (name === undefined) continue;
    const className = 'class' in entry && typeof entry.class === 'string' ? entry.class : '';
    const format = formatName('format' in entry ? entry.format : undefined).endsWith('fence_div_format') ? 'div' : 'pre';
    fences.push({ name, className, format });
  }
  return fences;
}

/** `!!python/name:x.y` arrives as a string or as the config loader's `{ python, value }`. */
function formatName(value: unknown): string {
  if (typeof value === 'string') return value.replace(/^!!python\/name:/, '');
  if (typeof value === 'object' && value !== null && 'value' in value && typeof value.value === 'string') return value.value;
  return '';
}
