/**
 * pymdownx.arithmatex's options, read once per renderer. Defaults are PyMdown's: every inline
 * and block syntax on, smart dollars, MathJax 2 script output with a preview.
 */

/** `inline_syntax` names. */
const INLINE_SYNTAX = ['dollar', 'round'] as const;
/** `block_syntax` names. */
const BLOCK_SYNTAX = ['dollar', 'square', 'begin'] as const;

export type BlockSyntaxName = (typeof BLOCK_SYNTAX)[number];

export interface ArithmatexOptions {
  /** `$…$` (when set: smart or plain dollars) and `\(…\)`. */
  readonly inline: { readonly dollar: 'smart' | 'plain' | undefined; readonly round: boolean };
  readonly block: ReadonlySet<BlockSyntaxName>;
  /** `generic: true`: the TeX wrapped in `\(…\)` / `\[…\]` for any client renderer; else MathJax 2 scripts. */
  readonly generic: boolean;
  readonly preview: boolean;
  readonly inlineTag: string;
  readonly blockTag: string;
  readonly inlineWrap: readonly [string, string];
  readonly blockWrap: readonly [string, string];
}

/** `{generic: true, smart_dollar: false}` -> `{generic: true, inline: {dollar: 'plain', round: true}, ...}`. */
export function arithmatexOptions(options: Readonly<Record<string, unknown>>): ArithmatexOptions {
  const inline = names(options['inline_syntax'], INLINE_SYNTAX);
  const dollar = inline.has('dollar') ? (options['smart_dollar'] === false ? 'plain' : 'smart') : undefined;
  return {
    inline: { dollar, round: inline.has('round') },
    block: names(options['block_syntax'], BLOCK_SYNTAX),
    generic: options['generic'] === true,
    preview: options['preview'] !== false,
    inlineTag: typeof options['inline_tag'] === 'string' ? options['inline_tag'] : 'span',
    blockTag: typeof options['block_tag'] === 'string' ? options['block_tag'] : 'div',
    inlineWrap: pair(options['tex_inline_wrap'], ['\\(', '\\)']),
    blockWrap: pair(options['tex_block_wrap'], ['\\[', '\\]']),
  };
}

/** A list option restricted to the known names; absent means all of them. */
function names<T extends string>(value: unknown, known: readonly T[]): Set<T> {
  if (!Array.isArray(value)) return new Set(known);
  return new Set(known.filter((name) => value.includes(name)));
}

function pair(value: unknown, fallback: readonly [string, string]): readonly [string, string] {
  if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') return [formatBraces(value[0]), formatBraces(value[1])];
  return fallback;
}

/**
 * PyMdown builds a `str.format` template from the wrap strings, doubling braces in an order
 * that turns `{` into `}}`: after formatting, a `{` in a wrap string comes out as `}}`.
 */
function formatBraces(text: string): string {
  return text.replaceAll('{', '}}');
}
