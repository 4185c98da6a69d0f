/**
 * PyMdown's own emoji indexes (EmojiOne, Gemoji, Twemoji), generated from PyMdown Extensions
 * 10.21.3 by ../generate-emoji-dbs.py, read when a renderer asks for one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const INDEX_NAMES = ['emojione', 'gemoji', 'twemoji'] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

export function isIndexName(value: string): value is IndexName {
  return INDEX_NAMES.some((name) => name === value);
}

export interface EmojiRecord {
  /** Code points for file names (`1f44d`), absent for GitHub's own images (`:octocat:`). */
  readonly unicode: string | undefined;
  /** Code points of the character itself, joiners and variation selectors included. */
  readonly unicodeAlt: string | undefined;
  readonly category: string | undefined;
  readonly name: string;
}

export interface EmojiDb {
  readonly name: IndexName;
  readonly emoji: ReadonlyMap<string, EmojiRecord>;
  readonly aliases: ReadonlyMap<string, string>;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function loadEmojiDb(name: IndexName): EmojiDb {
  const json: unknown = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'emoji-db', `${name}.json`), 'utf8'));
  const field = (key: string): unknown => (typeof json === 'object' && json !== null ? Object.getOwnPropertyDescriptor(json, key)?.value : undefined);
  const emoji = new Map<string, EmojiRecord>();
  const entries = field('emoji');
  if (typeof entries === 'object' && entries !== null) {
    for (const [short, value] of Object.entries(entries)) {
      if (!Array.isArray(value)) continue;
      const [unicode, unicodeAlt, category, long]: unknown[] = value;
      emoji.set(short, { unicode: text(unicode), unicodeAlt: text(unicodeAlt), category: text(category), name: text(long) ?? short });
    }
  }
  const aliases = new Map<string, string>();
  const rawAliases = field('aliases');
  if (typeof rawAliases === 'object' && rawAliases !== null) {
    for (const [alias, target] of Object.entries(rawAliases)) if (typeof target === 'string') aliases.set(alias, target);
  }
  return { name, emoji, aliases };
}
