/**
 * How Python-Markdown reads extension options, shared by the extensions that follow it:
 * `parseBoolValue` for boolean options (mkdocs.yml may write `true`, `"yes"`, `on`, `1`) and the
 * name behind a `!!python/name:` value.
 *
 * ```ts
 * parseBool('yes') // true
 * parseBool('inline') // undefined: neither (Python keeps the text, or fails)
 * pythonName(new PythonValue('name', 'pymdownx.slugs.slugify')) // 'pymdownx.slugs.slugify'
 * ```
 */

/** parseBoolValue with preserve_none: true, false, or undefined for anything else. */
export function parseBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === undefined || value === null) return undefined;
  const lowered = String(value).toLowerCase();
  if (['true', 'yes', 'y', 'on', '1'].includes(lowered)) return true;
  if (['false', 'no', 'n', 'off', '0', 'none'].includes(lowered)) return false;
  return undefined;
}

/** A boolean option with its default: unset keeps the default, anything unreadable is false. */
export function boolOption(value: unknown, fallback: boolean): boolean {
  return value === undefined ? fallback : parseBool(value) ?? false;
}

/**
 * The dotted name of a `!!python/name:x.y` (or `!!python/object/apply:x.y`) value: the config
 * loader gives `{ python, value }` objects (src/config/yaml-tags.ts), tests and JSON may give
 * the tag as a string.
 */
export function pythonName(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/^!!python\/(?:name|object\/apply):/, '');
  if (typeof value === 'object' && value !== null && 'value' in value && typeof value.value === 'string') return value.value;
  return undefined;
}
