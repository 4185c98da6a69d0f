/**
 * A Python function named in mkdocs.yml, whichever way it reaches the renderer: the config
 * loader's Python value (`{python: 'name', value: 'pymdownx.superfences.fence_code_format'}`,
 * with `kwds` for `!!python/object/apply:`), a `!!python/name:x.y` string, or the JSON spelling
 * of the test suites (`{"!!python/object/apply:x.y": {"kwds": {...}}}`).
 *
 * `!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}` -> `{name: 'pymdownx.slugs.slugify', kwds: {case: 'lower'}}`
 */

export interface PythonName {
  /** Dotted name, e.g. `pymdownx.superfences.fence_code_format`; undefined when nothing is named. */
  readonly name: string | undefined;
  readonly kwds: Readonly<Record<string, unknown>>;
}

const TAG = /^!!python\/(?:name|object\/apply|object\/new|object):/;

export function pythonName(raw: unknown): PythonName {
  if (typeof raw === 'string') return { name: raw.replace(TAG, ''), kwds: {} };
  if (typeof raw !== 'object' || raw === null) return { name: undefined, kwds: {} };
  if ('value' in raw && typeof raw.value === 'string') return { name: raw.value, kwds: 'kwds' in raw ? record(raw.kwds) : {} };
  const [entry] = Object.entries(raw);
  if (entry && TAG.test(entry[0])) return { name: entry[0].replace(TAG, ''), kwds: record(record(entry[1])['kwds']) };
  return { name: undefined, kwds: {} };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
}
