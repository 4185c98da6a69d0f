/**
 * PyMdown's key names (keymap.json, from pymdownx/keymap_db.py) plus the page's `key_map`
 * option, built once per renderer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeString } from 'micromark-util-decode-string';

export interface Key {
  /** `control` for `ctrl`: the class is `key-control`. Undefined for a quoted key. */
  readonly canonical: string | undefined;
  /** What the key shows: `Ctrl`. */
  readonly name: string;
}

export interface KeyMap {
  /** A key as written (`ctrl`, `"My Key"`), or undefined when PyMdown would not accept it. */
  resolve(raw: string): Key | undefined;
}

export interface KeyMapOptions {
  readonly camelCase: boolean;
  readonly extra: ReadonlyMap<string, string>;
}

export function createKeyMap(options: KeyMapOptions): KeyMap {
  const json: unknown = JSON.parse(readFileSync(path.join(import.meta.dirname, 'keymap.json'), 'utf8'));
  const names = new Map([...strings(field(json, 'keymap')), ...options.extra]);
  const aliases = strings(field(json, 'aliases'));
  return {
    resolve(raw) {
      if (raw.startsWith('"') || raw.startsWith("'")) return { canonical: undefined, name: decodeString(raw.slice(1, -1)).trim() };
      const normalized = options.camelCase ? fromCamelCase(raw) : raw;
      const canonical = aliases.get(normalized) ?? normalized;
      const name = names.get(canonical);
      return name === undefined || name === '' ? undefined : { canonical, name };
    },
  };
}

/** `PgDn` -> `pg-dn` (PyMdown's `camel_case` option). */
function fromCamelCase(key: string): string {
  let out = '';
  let last = '';
  for (const c of key) {
    const upper = c !== c.toLowerCase();
    out += upper ? (last === '' || last === '-' ? c.toLowerCase() : `-${c.toLowerCase()}`) : c;
    last = c;
  }
  return out;
}

function field(json: unknown, key: string): unknown {
  return typeof json === 'object' && json !== null ? Object.getOwnPropertyDescriptor(json, key)?.value : undefined;
}

export function strings(json: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (typeof json !== 'object' || json === null) return map;
  for (const [key, value] of Object.entries(json)) if (typeof value === 'string') map.set(key, value);
  return map;
}
