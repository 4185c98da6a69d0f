/**
 * Backslash escapes as Python-Markdown has them, replacing CommonMark's `characterEscape` and
 * `hardBreakEscape`: only the characters in `md.ESCAPED_CHARS` can be escaped, and extensions
 * add their own (`\$` with pymdownx.arithmatex, `\|` with tables, which MkDocs always enables).
 *
 * ```
 * \*not em\*   ->  *not em*
 * \$20         ->  \$20      (without arithmatex: `$` is not escapable)
 * line\        ->  line\     (no hard break: only two trailing spaces make one)
 * ```
 */
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import { codes as symbol } from 'micromark-util-symbol';


/** Python-Markdown 3.4's `ESCAPED_CHARS`, plus `|` from tables (an MkDocs builtin). */
const CORE_ESCAPES = '\\`*_{}[]()>#+-.!|';

/** What each extension adds with `util.escape_chars` / `ESCAPED_CHARS.extend` (default options). */
const EXTENSION_ESCAPES: Readonly<Record<string, string>> = {
  'pymdownx.arithmatex': '$',
  // A space too when superscript / subscript is on (`^a\ b^`).
  'pymdownx.caret': '^ ',
  'pymdownx.tilde': '~ ',
  'pymdownx.mark': '=',
  'pymdownx.emoji': ':',
  'pymdownx.keys': '+',
  'pymdownx.progressbar': '=',
  // Only with its shorthands on in PyMdown; `\@` without them is rare enough to share the rule.
  'pymdownx.magiclink': '@',
  smarty: '"\'',
};

/** The escapable characters for a list of enabled extension names. */
export function escapableCharacters(extensions: readonly string[]): string {
  return CORE_ESCAPES + extensions.map((name) => EXTENSION_ESCAPES[name] ?? '').join('');
}

/** The escapable characters on a page, given which extensions are enabled. */
export function escapableWhere(enabled: (name: string) => boolean): string {
  return escapableCharacters(Object.keys(EXTENSION_ESCAPES).filter((name) => enabled(name)));
}

export function pythonEscapeExtension(escapable: string): Extension {
  const codes = new Set([...escapable].map((character) => character.charCodeAt(0)));
  const construct: Construct = {
    // Not `characterEscape`: that name is disabled so CommonMark's construct never runs.
    name: 'pythonMarkdownCharacterEscape',
    // After the extensions' constructs on `\`: Python-Markdown's escape pattern (priority 180)
    // runs after arithmatex's `\(…\)` (189.9), so `\(` is math there, not an escaped `(`.
    add: 'after',
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      return start;

      /** `|\*`. */
      function start(code: Code): State | undefined {
        effects.enter('characterEscape');
        effects.enter('escapeMarker');
        effects.consume(code);
        effects.exit('escapeMarker');
        return inside;
      }

      /** `\|*`: only an escapable character makes an escape. */
      function inside(code: Code): State | undefined {
        if (code === null || !codes.has(code)) return nok(code);
        effects.enter('characterEscapeValue');
        effects.consume(code);
        effects.exit('characterEscapeValue');
        effects.exit('characterEscape');
        return ok;
      }
    },
  };
  return {
    disable: { null: ['characterEscape', 'hardBreakEscape'] },
    string: { [symbol.backslash]: construct },
    text: { [symbol.backslash]: construct },
  };
}
