/**
 * Whether Python-Markdown's reference patterns (priority 170 and below) see a label's text with a
 * placeholder in it: the backtick pattern (190) and the escape pattern (180) have already
 * replaced its code spans, `\\` before a backtick and escaped characters. The text is then looked
 * up with the placeholder in it and finds no definition, which stores its id as written.
 *
 * ```
 * [`a`]      [`a`]: u   ->  [<code>a</code>]     (the code span made the id a placeholder)
 * [a\_b]     [a\_b]: u  ->  [a_b]
 * [`a`](u)              ->  <a href="u"><code>a</code></a>   (inline links read no id)
 * ```
 */

/** Python-Markdown's BACKTICK_RE (pymdownx.inlinehilite's has the same ends), with re.DOTALL. */
const BACKTICK = /(?<!\\)(?:\\{2})+(?=`+)|(?<!\\)(`+).+?(?<!`)\1(?!`)/su;

/** `escapable`: the characters a backslash escapes on the page (core/escape.ts). */
export function stashedLabel(text: string, escapable: string): boolean {
  if (BACKTICK.test(text)) return true;
  for (const match of text.matchAll(/\\(.)/gsu)) if (escapable.includes(match[1] ?? '')) return true;
  return false;
}
