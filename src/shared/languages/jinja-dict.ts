/**
 * Reads Material's language partials (`partials/languages/<lang>.html`, `custom.html`), which are
 * Jinja macros around one dict literal:
 *
 *   {% import "partials/languages/en.html" as fallback %}       <- optional: the base language
 *   {% macro t(key) %}{{ {
 *     "language": "fr", "direction": "ltr", "action.edit": "Modifier", ...
 *   }[key] or fallback.t(key) }}{% endmacro %}
 *
 * Only string keys and string values are read; nothing is evaluated. What cannot be read is
 * reported with its line and skipped, so one odd entry never loses the others.
 */

export interface DictProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface LanguagePartial {
  /** Keys and values in file order (a repeated key: the last one wins, as in Python). */
  readonly entries: ReadonlyMap<string, string>;
  /** The language of `{% import "partials/languages/<lang>.html" ... %}`, when there is one. */
  readonly fallback: string | undefined;
  readonly problems: DictProblem[];
}

type Token =
  | { readonly kind: 'string'; readonly value: string; readonly offset: number }
  | { readonly kind: 'punct'; readonly value: string; readonly offset: number }
  | { readonly kind: 'other'; readonly value: string; readonly offset: number };

const IMPORT = /\{%-?\s*(?:import|from)\s+["']partials\/languages\/([\w-]+)\.html["']/;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };

/**
 * @example parseLanguagePartial('{% macro t(key) %}{{ { "toc": "Sommaire" }[key] }}{% endmacro %}').entries.get('toc') // 'Sommaire'
 */
export function parseLanguagePartial(source: string): LanguagePartial {
  const problems: DictProblem[] = [];
  const where = lineColumn(source);
  const report = (offset: number, message: string) => problems.push({ ...where(offset), message });
  const fallback = IMPORT.exec(source)?.[1];
  const entries = new Map<string, string>();

  // The dict is the first `{` after the first `{{`.
  const open = /\{\{-?\s*\{/.exec(source);
  if (!open) {
    report(0, 'no `{{ { ... }[key] }}` dictionary found: expected Material\'s `{% macro t(key) %}{{ { "key": "text", ... }[key] }}{% endmacro %}`');
    return { entries, fallback, problems };
  }
  const tokens = tokenize(source, open.index + open[0].length, report);
  let i = 0;
  while (i < tokens.length) {
    const key = tokens[i];
    if (key?.kind === 'punct' && key.value === '}') return { entries, fallback, problems };
    if (key?.kind === 'punct' && key.value === ',') { i += 1; continue; }
    const colon = tokens[i + 1];
    const value = tokens[i + 2];
    const end = tokens[i + 3];
    const wellFormed = key?.kind === 'string' && colon?.kind === 'punct' && colon.value === ':' && value?.kind === 'string'
      && (end === undefined || (end.kind === 'punct' && (end.value === ',' || end.value === '}')));
    if (wellFormed) {
      entries.set(key.value, value.value);
      i += 3;
      continue;
    }
    report(key?.offset ?? source.length, `cannot read this entry (found ${describe(key)}): expected "key": "text"; it is skipped`);
    // Skip to the next entry: the next comma or the closing brace.
    i += 1;
    while (i < tokens.length && !(tokens[i]?.kind === 'punct' && (tokens[i]?.value === ',' || tokens[i]?.value === '}'))) i += 1;
  }
  report(source.length, 'the dictionary is not closed: expected `}` before the end of the file');
  return { entries, fallback, problems };
}

function describe(token: Token | undefined): string {
  if (!token) return 'the end of the file';
  return token.kind === 'string' ? `"${token.value}"` : `\`${token.value}\``;
}

/** Strings, `:`, `,` and `}` (plus `{#...#}` comments skipped); anything else is one `other` token. */
function tokenize(source: string, from: number, report: (offset: number, message: string) => void): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (/\s/.test(char)) { i += 1; continue; }
    if (source.startsWith('{#', i)) {
      const close = source.indexOf('#}', i + 2);
      i = close === -1 ? source.length : close + 2;
      continue;
    }
    if (char === '"' || char === "'") {
      const read = readString(source, i, char);
      if (read.unclosed) report(i, 'a string is not closed: expected a closing quote on the same line');
      tokens.push({ kind: 'string', value: read.value, offset: i });
      i = read.end;
      continue;
    }
    if (char === ':' || char === ',' || char === '}') {
      tokens.push({ kind: 'punct', value: char, offset: i });
      if (char === '}') return tokens;
      i += 1;
      continue;
    }
    const word = /^[^\s"':,}]+/.exec(source.slice(i, i + 200))?.[0] ?? char;
    tokens.push({ kind: 'other', value: word, offset: i });
    i += word.length;
  }
  return tokens;
}

/** A Python string literal on one line, with its backslash escapes. */
function readString(source: string, start: number, quote: string): { value: string; end: number; unclosed: boolean } {
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (char === quote) return { value, end: i + 1, unclosed: false };
    if (char === '\n') break;
    if (char === '\\' && i + 1 < source.length) {
      const next = source[i + 1] ?? '';
      value += ESCAPES[next] ?? `\\${next}`;
      i += 2;
      continue;
    }
    value += char;
    i += 1;
  }
  return { value, end: i, unclosed: true };
}

function lineColumn(source: string): (offset: number) => { line: number; column: number } {
  return (offset) => {
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  };
}
