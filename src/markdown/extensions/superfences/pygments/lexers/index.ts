/**
 * get_lexer_by_name for the lexers ported so far, built per renderer (no module-level cache):
 * aliases are matched lowercased, as Pygments does. Unknown names give undefined; the caller
 * falls back to `text` as pymdownx.highlight does.
 */
import { compileExtendedLexer } from '../extended-lexer.ts';
import { compileLexer, type Lexer, type LexerDefinition } from '../regex-lexer.ts';
import { bashLexer } from './bash.ts';
import { djangoLexer } from './django.ts';
import { goLexer } from './go.ts';
import { javascriptLexer, typescriptLexer } from './javascript.ts';
import { jsxLexer, tsxLexer } from './jsx.ts';
import { markdownLexer } from './markdown.ts';
import { pythonLexer } from './python.ts';
import { rustLexer } from './rust.ts';
import { sassLexer, scssLexer } from './sass.ts';
import { texLexer } from './tex.ts';
import { textLexer } from './text.ts';

const DEFINITIONS: readonly LexerDefinition[] = [
  bashLexer,
  markdownLexer,
  pythonLexer,
  // batch B: web, template, systems and TeX languages
  javascriptLexer,
  typescriptLexer,
  jsxLexer,
  tsxLexer,
  scssLexer,
  djangoLexer,
  texLexer,
  rustLexer,
  goLexer,
];

/** ExtendedRegexLexer ports, compiled with their context. */
const EXTENDED: ReadonlyArray<{ readonly name: string; readonly aliases: readonly string[]; readonly create: (byName: LexerLookup) => Lexer }> = [
  { name: sassLexer.name, aliases: sassLexer.aliases, create: (byName) => compileExtendedLexer(sassLexer, byName) },
];

export type LexerLookup = (alias: string) => Lexer | undefined;

export function createLexerLookup(): LexerLookup {
  // One compiled lexer per Pygments lexer name, whichever alias asked first.
  const compiled = new Map<string, Lexer>();
  let text: Lexer | undefined;
  const lookup: LexerLookup = (alias) => {
    const name = alias.toLowerCase();
    if (name === 'text') return (text ??= textLexer(lookup));
    const definition = DEFINITIONS.find((candidate) => candidate.aliases.includes(name));
    const extended = EXTENDED.find((candidate) => candidate.aliases.includes(name));
    const lexerName = definition?.name ?? extended?.name;
    if (lexerName === undefined) return undefined;
    let lexer = compiled.get(lexerName);
    if (lexer === undefined) {
      lexer = definition === undefined ? extended?.create(lookup) : compileLexer(definition, lookup);
      if (lexer !== undefined) compiled.set(lexerName, lexer);
    }
    return lexer;
  };
  return lookup;
}

/** pymdownx.highlight's get_lexer without guess_lang: the named lexer, else `text`. */
export function lexerFor(lookup: LexerLookup, lang: string): Lexer {
  return lookup(lang) ?? textLexer(lookup);
}
