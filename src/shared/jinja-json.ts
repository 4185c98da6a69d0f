import { compareCodePoints } from './code-points.ts';

/**
 * Jinja 3.1's `tojson` filter (`htmlsafe_json_dumps` over Python's `json.dumps` with
 * `sort_keys=True`): keys sorted, `", "` and `": "` between items, every character outside
 * printable ASCII as a `\uXXXX` escape, and `<`, `>`, `&`, `'` escaped so the text is safe in
 * HTML and in a single-quoted attribute. A site's template (`{{ x | tojson }}`) and Material's
 * `__config` script both print JSON this way.
 *
 * @example jinjaJson({ b: 'é', a: [1, '<'] }) // '{"a": [1, "\\u003c"], "b": "\\u00e9"}'
 */
export function jinjaJson(value: unknown): string {
  return dump(value, true).replace(/[<>&']/g, (c) => unicodeEscape(c));
}

/**
 * Python's `json.dump(value)` with its defaults: keys in their own order, `", "` and `": "`,
 * every character outside printable ASCII as a `\uXXXX` escape (a file a Python tool wrote).
 *
 * @example pythonJson({ b: 'é', a: ['<'] }) // '{"b": "\\u00e9", "a": ["<"]}'
 */
export function pythonJson(value: unknown): string {
  return dump(value, false);
}

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A JSON string as Python's `ensure_ascii` writes it (UTF-16 units, so astral characters are surrogate pairs). */
function quote(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/g, unicodeEscape);
}

function dump(value: unknown, sortKeys: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    // Python's json writes what JSON has no words for as JavaScript does.
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return String(value);
  }
  if (typeof value === 'string') return quote(value);
  // A string object (a template's safe string) is its text; a date, its ISO form.
  if (value instanceof String) return quote(value.toString());
  if (value instanceof Date) return quote(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => dump(item, sortKeys)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function');
    if (sortKeys) entries.sort(([a], [b]) => compareCodePoints(a, b));
    return `{${entries.map(([key, item]) => `${quote(key)}: ${dump(item, sortKeys)}`).join(', ')}}`;
  }
  return 'null';
}
