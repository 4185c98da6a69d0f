/**
 * get_lexer_by_name, built per renderer (no module-level cache). Every alias Pygments registers
 * (pygments-aliases.ts, from _mapping.py) names a Pygments lexer, matched lowercased as Pygments
 * does; the lexers ported so far are found by that lexer's name. A name Pygments knows but we have
 * not ported is drawn as plain text (see `languageSupport`); a name it does not know falls back to
 * `text`, as pymdownx.highlight does.
 */
import type { Lexer } from '../regex-lexer.ts';
import { PYGMENTS_LEXERS } from './pygments-aliases.ts';
import { LEXERS, type RegisteredLexer } from './lexer-registry.ts';
import { textLexer } from './text.ts';

/** A ported lexer by alias; also says which lexer Pygments has under a name (`console` -> `Bash Session`). */
export interface LexerLookup {
  (alias: string): Lexer | undefined;
  pygmentsName(alias: string): string | undefined;
}

/** What Pygments would do with a fence's language, and what we do. */
export type LanguageSupport =
  /** A lexer we have ported: exact highlighting. */
  | 'ported'
  /** Pygments has a lexer for it, we do not: plain text, where Pygments would add spans. */
  | 'plain'
  /** Pygments does not know the name either: `text`, as in PyMdown. */
  | 'unknown';

/**
 * One renderer's lexers, compiled on first use:
 *
 *     lookup('Console')?.name        ->   'Bash Session'
 *     lookup('ezhil')                ->   the Ezhil lexer
 *     createLexerLookup([])('ezhil') ->   undefined (Pygments has it, this registry not: plain text)
 *     lookup.pygmentsName('ezhil')   ->   'Ezhil'
 */
export function createLexerLookup(registry: readonly RegisteredLexer[] = LEXERS): LexerLookup {
  // Tests pass a registry without some lexer: every lexer Pygments names is ported, so a
  // language drawn as plain text (a newer Pygments' lexer) can only be made up there.
  const registered = new Map(registry.map((entry) => [entry.name, entry]));
  // alias -> Pygments' display name of its lexer
  const names = new Map<string, string>();
  for (const [, name, aliases] of PYGMENTS_LEXERS) for (const alias of aliases.split(' ')) names.set(alias, name);
  const compiled = new Map<string, Lexer>();
  let text: Lexer | undefined;
  const find = (alias: string): Lexer | undefined => {
    const key = alias.toLowerCase();
    if (key === 'text') return (text ??= textLexer(lookup));
    const name = names.get(key);
    if (name === undefined) return undefined;
    let lexer = compiled.get(name);
    if (lexer !== undefined) return lexer;
    lexer = registered.get(name)?.create(lookup);
    if (lexer !== undefined) compiled.set(name, lexer);
    return lexer;
  };
  const lookup: LexerLookup = Object.assign(find, { pygmentsName: (alias: string) => names.get(alias.toLowerCase()) });
  return lookup;
}

/** `yaml` -> 'ported', a Pygments language the registry lacks -> 'plain', `requirements` -> 'unknown'. */
export function languageSupport(lookup: LexerLookup, lang: string): LanguageSupport {
  if (lookup(lang) !== undefined) return 'ported';
  return lookup.pygmentsName(lang) === undefined ? 'unknown' : 'plain';
}

/**
 * The language name pymdownx.highlight's get_lexer returns, which `pygments_lang_class` writes as
 * `language-<name>`: the name as written when Pygments has a lexer for it (ported or not), else
 * `text` (the fallback lexer's first alias).
 */
export function highlightLanguageName(lookup: LexerLookup, lang: string): string {
  return lookup.pygmentsName(lang) === undefined && lookup(lang) === undefined ? 'text' : lang;
}

/**
 * pymdownx.highlight's get_lexer without guess_lang: the named lexer; for a language Pygments
 * knows but we have not ported, plain text under that lexer's name; else `text`.
 */
export function lexerFor(lookup: LexerLookup, lang: string): Lexer {
  const lexer = lookup(lang);
  if (lexer !== undefined) return lexer;
  const name = lookup.pygmentsName(lang);
  return name === undefined ? (lookup('text') ?? textLexer(lookup)) : textLexer(lookup, name);
}
