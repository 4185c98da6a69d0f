/**
 * Display names of every lexer Pygments knows, by alias (lexer-names.json, generated from the
 * reference's Pygments by generate-lexer-names.py). pymdownx.highlight shows them as titles
 * (`auto_title`) and keeps the written language as a class even where we have no token rules.
 *
 * `names.get('pycon')` -> `'Python console session'`
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Pygments' display name for an alias (lowercase), undefined when Pygments has no such lexer. */
export interface LexerNames {
  get(alias: string): string | undefined;
}

/** Read once per renderer (no module-level cache). */
export function loadLexerNames(): LexerNames {
  const json: unknown = JSON.parse(readFileSync(path.join(import.meta.dirname, 'lexer-names.json'), 'utf8'));
  const names = new Map<string, string>();
  if (typeof json === 'object' && json !== null) for (const [alias, name] of Object.entries(json)) if (typeof name === 'string') names.set(alias, name);
  return names;
}
