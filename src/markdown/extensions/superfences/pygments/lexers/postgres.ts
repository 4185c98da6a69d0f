/**
 * Pygments' PostgresLexer, PlPgsqlLexer and PsqlRegexLexer (pygments/lexers/sql.py, Pygments
 * 2.20.0), rule for rule. The body of a `$tag$ ... $tag$` string is lexed by the lexer of the
 * `LANGUAGE` written near it (PL/pgSQL inside a `DO`), as PostgresBase's language_callback does.
 *
 *     select 1::int;   ->   <k>select</k><w> </w><mf>1</mf><o>::</o><nb>int</nb><p>;</p>
 */
import { textLexer } from './text.ts';
import { pythonRegExp } from '../python-regex.ts';
import { bygroups, compileLexer, words, type Callback, type Lexer, type LexerDefinition, type Rule, type Token } from '../regex-lexer.ts';
import type { LexerLookup } from './index.ts';
import { DATATYPES, KEYWORDS, PLPGSQL_KEYWORDS, PSEUDO_TYPES } from './postgres-words.ts';

/** A Python pattern for `re.match` / `re.finditer` outside a rule table. */
function pythonPattern(pattern: string, flags: string, global: boolean): RegExp {
  const regex = pythonRegExp(pattern, flags, false);
  return global ? new RegExp(regex.source, regex.flags.replace('y', 'g')) : regex;
}

const LANGUAGE = pythonPattern(String.raw`\s+LANGUAGE\s+'?(\w+)'?`, 'i', false);
const LANGUAGE_ALL = pythonPattern(String.raw`\s+LANGUAGE\s+'?(\w+)'?`, 'i', true);
const DO = pythonPattern(String.raw`\bDO\b`, 'i', true);

/**
 * PostgresBase._get_lexer: `sql` is PostgreSQL; else the name, then without a `pl` prefix or a
 * `u` suffix (`plpython3u` tries `python3u`, `plpython3`, `python3`). A language Pygments has
 * but we have not ported is lexed as one plain token; one it does not know leaves a String.
 */
function languageLexer(byName: LexerLookup, lang: string): Lexer | undefined {
  if (lang.toLowerCase() === 'sql') return byName('postgresql');
  const tries = [lang];
  if (lang.startsWith('pl')) tries.push(lang.slice(2));
  if (lang.endsWith('u')) tries.push(lang.slice(0, -1));
  if (lang.startsWith('pl') && lang.endsWith('u')) tries.push(lang.slice(2, -1));
  for (const name of tries) {
    const lexer = byName(name);
    if (lexer !== undefined) return lexer;
    if (byName.pygmentsName(name) !== undefined) return textLexer(byName);
  }
  return undefined;
}

/**
 * language_callback over the whole text being lexed (`text()`): a LANGUAGE right after the
 * string, else the last one in the 100 characters before it, else PL/pgSQL when a DO is in the
 * 25 before. The body's tokens keep the other lexer's own offsets, as in Pygments (a psql
 * session splices its prompts by them).
 */
function languageCallback(byName: LexerLookup, text: () => string): Callback {
  return function* (_lexer, match) {
    const whole = text();
    const start = match.start;
    const end = start + match.text.length;
    let lexer: Lexer | undefined;
    LANGUAGE.lastIndex = 0;
    const after = LANGUAGE.exec(whole.slice(end, end + 100));
    if (after !== null) {
      lexer = languageLexer(byName, after[1] ?? '');
    } else {
      const before = [...whole.slice(Math.max(0, start - 100), start).matchAll(LANGUAGE_ALL)].at(-1);
      if (before !== undefined) lexer = languageLexer(byName, before[1] ?? '');
      else if (whole.slice(Math.max(0, start - 25), start).match(DO) !== null) lexer = languageLexer(byName, 'plpgsql');
    }
    const part = (index: number, type: 'Literal.String' | 'Literal.String.Delimiter'): Token => [match.groupStart(index), type, match.group(index) ?? ''];
    // 1 = $, 2 = delimiter, 3 = $
    yield part(1, 'Literal.String');
    yield part(2, 'Literal.String.Delimiter');
    yield part(3, 'Literal.String');
    // 4 = the body
    if (lexer !== undefined) yield* lexer.tokensUnprocessed(match.group(4) ?? '');
    else yield part(4, 'Literal.String');
    // 5 = $, 6 = delimiter, 7 = $
    yield part(5, 'Literal.String');
    yield part(6, 'Literal.String.Delimiter');
    yield part(7, 'Literal.String');
  };
}

/** PostgresLexer's `root` with a given keyword list, and its other states. */
function postgresTokens(keywords: readonly string[], dollar: Callback): Record<string, Rule[]> {
  return {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`--.*\n?`, 'Comment.Single'],
      [String.raw`/\*`, 'Comment.Multiline', 'multiline-comments'],
      // In the list's order, not longest first: the first type that ends at a word boundary wins.
      ['(' + [...DATATYPES, ...PSEUDO_TYPES].map((type) => type.replaceAll(' ', String.raw`\s+`)).join('|') + String.raw`)\b`, 'Name.Builtin'],
      [words(keywords, '', String.raw`\b`), 'Keyword'],
      ['[+*/<>=~!@#%^&|`?-]+', 'Operator'],
      ['::', 'Operator'], // cast
      [String.raw`\$\d+`, 'Name.Variable'],
      ['([0-9]*\\.[0-9]*|[0-9]+)(e[+-]?[0-9]+)?', 'Literal.Number.Float'],
      ['[0-9]+', 'Literal.Number.Integer'],
      ["((?:E|U&)?)(')", bygroups('Literal.String.Affix', 'Literal.String.Single'), 'string'],
      // quoted identifier
      ['((?:U&)?)(")', bygroups('Literal.String.Affix', 'Literal.String.Name'), 'quoted-ident'],
      [String.raw`(?s)(\$)([^$]*)(\$)(.*?)(\$)(\2)(\$)`, dollar],
      [String.raw`[a-z_]\w*`, 'Name'],
      // psql variable in SQL
      [String.raw`:(['"]?)[a-z]\w*\b\1`, 'Name.Variable'],
      [String.raw`[;:()\[\]{},.]`, 'Punctuation'],
    ],
    'multiline-comments': [
      [String.raw`/\*`, 'Comment.Multiline', 'multiline-comments'],
      [String.raw`\*/`, 'Comment.Multiline', '#pop'],
      ['[^/*]+', 'Comment.Multiline'],
      ['[/*]', 'Comment.Multiline'],
    ],
    string: [
      ["[^']+", 'Literal.String.Single'],
      ["''", 'Literal.String.Single'],
      ["'", 'Literal.String.Single', '#pop'],
    ],
    'quoted-ident': [
      ['[^"]+', 'Literal.String.Name'],
      ['""', 'Literal.String.Name'],
      ['"', 'Literal.String.Name', '#pop'],
    ],
  };
}

/** PlPgsqlLexer: PL/pgSQL's keywords too, and its own rules before the SQL ones. */
function plpgsqlTokens(dollar: Callback): Record<string, Rule[]> {
  const tokens = postgresTokens([...KEYWORDS, ...PLPGSQL_KEYWORDS], dollar);
  tokens['root'] = [
    [String.raw`\%[a-z]\w*\b`, 'Name.Builtin'], // actually, a datatype
    [':=', 'Operator'],
    [String.raw`\<\<[a-z]\w*\>\>`, 'Name.Label'],
    [String.raw`\#[a-z]\w*\b`, 'Keyword.Pseudo'], // #variable_conflict
    ...(tokens['root'] ?? []),
  ];
  return tokens;
}

/** PsqlRegexLexer (not public in Pygments): psql's backslash commands after the SQL rules. */
function psqlTokens(dollar: Callback): Record<string, Rule[]> {
  const tokens = postgresTokens(KEYWORDS, dollar);
  tokens['root'] = [...(tokens['root'] ?? []), [String.raw`\\[^\s]+`, 'Keyword.Pseudo', 'psql-command']];
  tokens['psql-command'] = [
    // pushes `root` (Pygments does not pop here)
    [String.raw`\n`, 'Text', 'root'],
    [String.raw`\s+`, 'Text.Whitespace'],
    [String.raw`\\[^\s]+`, 'Keyword.Pseudo'],
    [String.raw`:(['"]?)[a-z]\w*\b\1`, 'Name.Variable'],
    ["'(''|[^'])*'", 'Literal.String.Single'],
    ['`([^`])*`', 'Literal.String.Backtick'],
    [String.raw`[^\s]+`, 'Literal.String.Symbol'],
  ];
  return tokens;
}

/**
 * PostgresBase.get_tokens_unprocessed keeps the whole text for language_callback; a stack here,
 * as a `LANGUAGE sql` body is lexed by this same lexer (Pygments makes a new one).
 */
/** A lexer built per lookup, that finds other lexers (LANGUAGE) by their Pygments name too. */
export interface LookupFactory {
  readonly name: string;
  readonly aliases: readonly string[];
  create(byName: LexerLookup): Lexer;
}

function postgresFamily(name: string, aliases: readonly string[], tokens: (dollar: Callback) => Record<string, Rule[]>): LookupFactory {
  return {
    name,
    aliases,
    create(byName) {
      const texts: string[] = [];
      const definition: LexerDefinition = { name, aliases, flags: 'i', tokens: tokens(languageCallback(byName, () => texts.at(-1) ?? '')) };
      const inner = compileLexer(definition, byName);
      return {
        name,
        byName,
        *tokensUnprocessed(text, stack) {
          texts.push(text);
          try {
            yield* inner.tokensUnprocessed(text, stack);
          } finally {
            texts.pop();
          }
        },
      };
    },
  };
}

export const postgresLexer = postgresFamily('PostgreSQL SQL dialect', ['postgresql', 'postgres'], (dollar) => postgresTokens(KEYWORDS, dollar));
export const plpgsqlLexer = postgresFamily('PL/pgSQL', ['plpgsql'], plpgsqlTokens);
export const psqlRegexLexer = postgresFamily('PostgreSQL console - regexp based lexer', [], psqlTokens);
