/**
 * PyMdown 9.5's Twemoji shortcode database (see generate-twemoji-db.py), read on first use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface TwemojiDb {
  /** Shortcode name (no colons) -> code points. */
  readonly emoji: ReadonlyMap<string, { readonly unicode: string; readonly unicodeAlt: string }>;
  /** Alias name -> canonical name (`+1` -> `thumbsup`). */
  readonly aliases: ReadonlyMap<string, string>;
}

export function loadTwemojiDb(): TwemojiDb {
  const json: unknown = JSON.parse(readFileSync(path.join(import.meta.dirname, 'twemoji-db.json'), 'utf8'));
  const field = (key: string): unknown => (typeof json === 'object' && json !== null ? Object.getOwnPropertyDescriptor(json, key)?.value : undefined);
  const emoji = new Map<string, { unicode: string; unicodeAlt: string }>();
  for (const [name, value] of stringMap(field('emoji'))) {
    const [unicode = value, unicodeAlt = unicode] = value.split('|');
    emoji.set(name, { unicode, unicodeAlt });
  }
  return { emoji, aliases: stringMap(field('aliases')) };
}

/** A JSON object of strings as a Map; anything else is dropped. */
export function stringMap(json: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (typeof json !== 'object' || json === null) return map;
  for (const [key, value] of Object.entries(json)) if (typeof value === 'string') map.set(key, value);
  return map;
}
