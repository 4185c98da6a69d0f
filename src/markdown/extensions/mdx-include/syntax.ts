/**
 * mdx_include's directive, built from its `syntax_*` options as the Python package builds it:
 *
 * ```
 * \?  {!  [+-]?  >?  path  ([ln:1-3,5])?  (| encoding)?  !}
 * ```
 * `\` escapes the directive (the backslash is dropped); `+`/`-` turn recursion on/off for this
 * include; `>` repeats the text before the directive in front of every included line (FastAPI's
 * `{!> ../../docs_src/x.py!}` inside an indented block); the path cannot hold `[`, `]` or `|`.
 * The `syntax_*` values are Python regular expressions: `(?P<name>` becomes `(?<name>`.
 */
import type { MdxIncludeOptions } from './options.ts';
import { pythonRegex } from '../../../shared/python-regex.ts';

export interface DirectiveMatch {
  readonly start: number;
  readonly end: number;
  readonly whole: string;
  readonly escaped: boolean;
  /** The recursion mark (`+` or `-` by default), if any. */
  readonly recursion: string | undefined;
  readonly applyIndent: boolean;
  readonly path: string;
  readonly lines: string | undefined;
  readonly encoding: string | undefined;
}

/**
 * mdx_include's directive regex, with the path and the encoding starting and ending at a
 * non-space: as written in Python (`\s*(?P<path>[^\]|[]+?)...\s*`) neighbouring quantifiers over
 * the same spaces take cubic time on a long run of them with no closing marker (a page that
 * hangs). A path or encoding of spaces only is then no directive, where Python would try it.
 */
export function directivePattern(options: MdxIncludeOptions): { pattern: RegExp; warning?: string } {
  // A piece of the whole expression: its named groups translated (a leading `(?i)` would mean nothing there).
  const python = (source: string) => pythonRegex(source).source;
  const build = (o: Pick<MdxIncludeOptions, 'syntaxLeft' | 'syntaxRight' | 'syntaxDelim' | 'syntaxRecursOn' | 'syntaxRecursOff' | 'syntaxApplyIndent'>) =>
    new RegExp(
      `(?<escape>\\\\)?${python(o.syntaxLeft)}(?<recursive>[${o.syntaxRecursOn}${o.syntaxRecursOff}])?(?<indent>${o.syntaxApplyIndent}?)?` +
        `\\s*(?<path>[^\\]|[\\s](?:[^\\]|[]*?[^\\]|[\\s])?)(?:\\s*\\[ln:(?<lines>[\\d.,-]+)\\])?\\s*(?:${python(o.syntaxDelim)}\\s*(?<encoding>\\S(?:.*?\\S)?)\\s*)?${python(o.syntaxRight)}`,
      'g',
    );
  try {
    return { pattern: build(options) };
  } catch (cause) {
    const defaults = { syntaxLeft: '\\{!', syntaxRight: '!\\}', syntaxDelim: '\\|', syntaxRecursOn: '+', syntaxRecursOff: '-', syntaxApplyIndent: '>' };
    return { pattern: build(defaults), warning: `the syntax_* options do not make a regular expression (${cause instanceof Error ? cause.message : String(cause)}); the default {! file !} syntax is used` };
  }
}

/** Every directive of a line, left to right (Python's finditer). */
export function findDirectives(line: string, pattern: RegExp): DirectiveMatch[] {
  return [...line.matchAll(pattern)].map((match) => {
    const groups = match.groups ?? {};
    return {
      start: match.index,
      end: match.index + match[0].length,
      whole: match[0],
      escaped: groups['escape'] !== undefined,
      recursion: groups['recursive'],
      // Python's group is '' without the mark (JavaScript's is undefined).
      applyIndent: (groups['indent'] ?? '') !== '',
      path: groups['path'] ?? '',
      lines: groups['lines'],
      encoding: groups['encoding'],
    };
  });
}
