/**
 * Arithmatex's block test: a whole block (the lines up to a blank line) is math when it is one
 * of these forms and nothing but spaces follows the closing delimiter:
 *
 * ```
 * $$ … $$                          dollar   the TeX between the dollars
 * \[ … \]                          square   the TeX between the brackets
 * \begin{env} … \end{env}          begin    all of it, the environment included
 * ```
 * A backslash takes the next character along, so `\$$` does not close a dollar block.
 * The patterns are PyMdown's RE_DOLLAR_BLOCK, RE_BRACKET_BLOCK and RE_TEX_BLOCK.
 */
import type { BlockSyntaxName } from './options.ts';

const PATTERNS: Readonly<Record<BlockSyntaxName, RegExp>> = {
  dollar: /^\$\$((?:\\[\s\S]|[^\\])+?)\$\$ *$/,
  square: /^\\\[((?:\\[^\]]|[^\\])+?)\\\] *$/,
  begin: /^(\\begin\{([a-z]+\*?)\}(?:\\[\s\S]|[^\\])+?\\end\{\2\}) *$/,
};

/** How each form's first line starts: only a line that starts so can open a block. */
const OPENERS: Readonly<Record<BlockSyntaxName, RegExp>> = { dollar: /^\$\$/, square: /^\\\[/, begin: /^\\begin\{[a-z]+\*?\}/ };

/** True when `line` (a block's first line) can start one of the enabled forms. */
export function opensMathBlock(line: string, syntax: ReadonlySet<BlockSyntaxName>): boolean {
  return [...syntax].some((name) => OPENERS[name].test(line));
}

/** The TeX of a math block, or undefined when `block` is not one (in PyMdown's order of forms). */
export function matchMathBlock(block: string, syntax: ReadonlySet<BlockSyntaxName>): string | undefined {
  for (const name of ['dollar', 'square', 'begin'] as const) {
    if (!syntax.has(name)) continue;
    const match = PATTERNS[name].exec(block);
    if (match?.[1] !== undefined) return match[1];
  }
  return undefined;
}
