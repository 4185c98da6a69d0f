/**
 * get_lexer_by_name for the lexers ported so far, built per renderer (no module-level cache):
 * aliases are matched lowercased, as Pygments does. Unknown names give undefined; the caller
 * falls back to `text` as pymdownx.highlight does.
 */
import { compileLexer, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { bashLexer } from './bash.ts';
import { cLexer } from './c.ts';
import { cppLexer } from './cpp.ts';
import { httpLexer } from './http.ts';
import { javaLexer } from './java.ts';
import { baseMakefileLexer, makefileLexer } from './makefile.ts';
import { markdownLexer } from './markdown.ts';
import { nginxLexer } from './nginx.ts';
import { pythonLexer } from './python.ts';
import { sqlLexer } from './sql.ts';
import { textLexer } from './text.ts';
import { xmlLexer } from './xml.ts';

const DEFINITIONS: readonly LexerDefinition[] = [
  bashLexer, markdownLexer, pythonLexer,
  baseMakefileLexer, javaLexer, nginxLexer, sqlLexer, xmlLexer,
];
/** Lexers that override get_tokens_unprocessed in Pygments. */
const FACTORIES: readonly LexerFactory[] = [cLexer, cppLexer, httpLexer, makefileLexer];

export type LexerLookup = (alias: string) => Lexer | undefined;

export function createLexerLookup(): LexerLookup {
  const compiled = new Map<LexerDefinition | LexerFactory, Lexer>();
  let text: Lexer | undefined;
  const lookup: LexerLookup = (alias) => {
    const name = alias.toLowerCase();
    if (name === 'text') return (text ??= textLexer(lookup));
    const entry = DEFINITIONS.find((candidate) => candidate.aliases.includes(name)) ?? FACTORIES.find((candidate) => candidate.aliases.includes(name));
    if (entry === undefined) return undefined;
    let lexer = compiled.get(entry);
    if (lexer === undefined) compiled.set(entry, (lexer = 'create' in entry ? entry.create(lookup) : compileLexer(entry, lookup)));
    return lexer;
  };
  return lookup;
}

/** pymdownx.highlight's get_lexer without guess_lang: the named lexer, else `text`. */
export function lexerFor(lookup: LexerLookup, lang: string): Lexer {
  return lookup(lang) ?? textLexer(lookup);
}
