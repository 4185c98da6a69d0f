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

/**
 * How many of a block's `lines` (those up to a blank line) are a math block, or undefined when
 * none are. All of them when they match. Else as Python-Markdown goes on: the block processors
 * after arithmatex's (priority 79.9) that find their line anywhere in a block parse the lines
 * before it as a block of its own first, which arithmatex tests again: an ATX heading (priority
 * 70), then a thematic break (50), then a quote line (20). A setext underline as the second line
 * (60) makes the first a heading instead. So `$$ … $$` right above `## Next` is math.
 * `saneHeaders`: pymdownx.saneheaders is on, whose headings need a space after the `#`s.
 *
 * What still differs: the lines after the math start no container here (a quote line, a list
 * item, an admonition stay text), since syntax-block.ts reads the block's lines as its own while
 * it scans them; and Python's other processors that split a block (def_list's `: ` line,
 * footnote, abbreviation and link definitions) are not followed: the block stays a paragraph.
 */
export function mathBlockLines(lines: readonly string[], syntax: ReadonlySet<BlockSyntaxName>, saneHeaders = false): number | undefined {
  if (lines.length === 0) return undefined;
  if (matchMathBlock(lines.join('\n'), syntax) !== undefined) return lines.length;
  const heading = lines.findIndex((line) => (saneHeaders ? SANE_ATX_HEADING : ATX_HEADING).test(line));
  if (heading >= 0) return mathBlockLines(lines.slice(0, heading), syntax, saneHeaders);
  if (lines.length > 1 && SETEXT_UNDERLINE.test(lines[1] ?? '')) return undefined;
  for (const splits of [THEMATIC_BREAK, QUOTE_LINE]) {
    const at = lines.findIndex((line) => splits.test(line));
    if (at >= 0) return mathBlockLines(lines.slice(0, at), syntax, saneHeaders);
  }
  return undefined;
}

/** Python-Markdown's HashHeaderProcessor, SetextHeaderProcessor, HRProcessor and BlockQuoteProcessor lines. */
const ATX_HEADING = /^#{1,6}/;
const SANE_ATX_HEADING = /^#{1,6}(?= )/;
const SETEXT_UNDERLINE = /^(?:=+|-+) *$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-+ {0,2}){3,}|(?:_+ {0,2}){3,}|(?:\*+ {0,2}){3,}) *$/;
const QUOTE_LINE = /^ {0,3}>/;
