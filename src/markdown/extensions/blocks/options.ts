/**
 * Blocks options: the YAML lines below a header (`    attrs: {class: wide}`), checked the way
 * PyMdown's `Block._validate` does. Any problem makes the whole block invalid (PyMdown then
 * leaves the header as text), so every parser returns undefined instead of throwing.
 *
 * ```
 * /// admonition | Hi
 *     type: warning
 *     attrs: {class: wide, id: first}
 * ```
 * -> `{type: 'warning', attrs: [['class', 'wide'], ['id', 'first']]}`
 */
import { loadAll } from 'js-yaml';

/** Returns the parsed value, or undefined when the value is not acceptable. */
export type OptionParser = (value: unknown) => unknown;

export interface OptionSpec {
  readonly defaultValue: unknown;
  readonly parse: OptionParser;
}

/** CSS identifier (PyMdown's RE_IDENT), used for class names, ids and attribute names. */
const IDENTIFIER = /^(?:-?[^\x00-\x2f\x30-\x40\x5B-\x5E\x60\x7B-\x9f]+|--)[^\x00-\x2c\x2e\x2f\x3A-\x40\x5B-\x5E\x60\x7B-\x9f]*$/u;

/** `note` -> `note`; `9x` or `a b` -> undefined. */
export function parseIdentifier(value: unknown): string | undefined {
  return typeof value === 'string' && IDENTIFIER.test(value) ? value : undefined;
}

/** YAML `true` / `false` only. */
export function parseBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** A string among `accepted`, compared lowercased (PyMdown's `type_string_in`). */
export function parseOneOf(accepted: readonly string[]): OptionParser {
  return (value) => {
    if (typeof value !== 'string') return undefined;
    const lower = value.toLowerCase();
    return accepted.includes(lower) ? lower : undefined;
  };
}

/** Space-separated class names, each an identifier. */
export function parseClasses(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const names = value.split(' ').map((name) => name.trim()).filter((name) => name !== '');
  return names.every((name) => parseIdentifier(name) !== undefined) ? names : undefined;
}

/** `attrs`: attribute name -> value, `class` as a list; in the order written. */
export function parseAttributes(value: unknown): Array<[string, string | string[]]> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Array<[string, string | string[]]> = [];
  for (const [rawKey, raw] of Object.entries(value)) {
    if (parseIdentifier(rawKey) === undefined) return undefined;
    const key = rawKey.toLowerCase() === 'class' || rawKey.toLowerCase() === 'id' ? rawKey.toLowerCase() : rawKey;
    const parsed = key === 'class' ? parseClasses(raw) : key === 'id' ? parseIdentifier(raw) : typeof raw === 'string' ? raw : undefined;
    if (parsed === undefined) return undefined;
    out.push([key, parsed]);
  }
  return out;
}

/** Python's `textwrap.dedent` on the option lines, then YAML; undefined when not a mapping. */
export function readOptionLines(lines: readonly string[]): Record<string, unknown> | undefined {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0);
  const cut = Math.min(...indents);
  const text = lines.map((line) => line.slice(cut)).join('\n');
  if (text.trim() === '') return {};
  let documents: unknown[];
  try {
    // loadAll: a comment-only text is no document (an empty mapping), which `load` rejects.
    documents = loadAll(text);
  } catch {
    return undefined;
  }
  if (documents.length > 1) return undefined;
  const data = documents[0];
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  return Object.fromEntries(Object.entries(data));
}

/**
 * Fills defaults and checks every given option against `spec` (plus `attrs`, which every block
 * has); undefined when an option is unknown or has a bad value.
 */
export function validateOptions(given: Readonly<Record<string, unknown>>, spec: Readonly<Record<string, OptionSpec>>): Map<string, unknown> | undefined {
  const all: Record<string, OptionSpec> = { ...spec, attrs: { defaultValue: [], parse: parseAttributes } };
  const out = new Map<string, unknown>(Object.entries(all).map(([key, option]) => [key, option.defaultValue]));
  for (const [key, value] of Object.entries(given)) {
    const option = all[key];
    if (!option) return undefined;
    const parsed = option.parse(value);
    if (parsed === undefined) return undefined;
    out.set(key, parsed);
  }
  return out;
}
