/**
 * Python-Markdown's first pass over every page (NormalizeWhitespace), after `--8<--` snippets
 * and before any parsing:
 *
 * ```
 * "a\tb"        ->  "a   b"     tabs expanded to 4-column stops (also in code and raw HTML)
 * "a\n    \nb"  ->  "a\n\nb"     a line of spaces only is blank (an included snippet's blank
 *                                 lines indented by its container, code blocks' trailing lines)
 * "a\r\nb"      ->  "a\nb"
 * ```
 *
 * Lines keep their numbers; columns after a tab move (messages point at the expanded line).
 */
const TAB_LENGTH = 4;

/**
 * `keep`: 0-based lines left as written, tabs and lines of spaces alike (pymdownx.superfences'
 * `preserve_tabs` fences, stashed before this pass runs).
 */
export function normalizeWhitespace(source: string, keep?: ReadonlySet<number>): string {
  const lines = source.replace(/[\u0002\u0003]/g, '').replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line, index) => {
      if (keep?.has(index) === true) return line;
      const expanded = line.includes('\t') ? expandTabs(line) : line;
      // Python's `(?<=\n) +\n`: not the first line, and only when a line ending follows.
      return index > 0 && index < lines.length - 1 && /^ +$/.test(expanded) ? '' : expanded;
    })
    .join('\n');
}

/**
 * Python's `str.expandtabs(4)`, line by line; `offset` is the column the text starts at (a code
 * block's content after its indent), so stops fall where they fall in the page.
 *
 * `expandTabs('a\tb')` -> `'a   b'`
 */
export function expandTabs(text: string, offset = 0): string {
  if (!text.includes('\t')) return text;
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      // Python counts code points, not UTF-16 units.
      let column = offset;
      for (const character of line) {
        if (character === '\t') {
          const width = TAB_LENGTH - (column % TAB_LENGTH);
          out += ' '.repeat(width);
          column += width;
        } else {
          out += character;
          column++;
        }
      }
      return out;
    })
    .join('\n');
}
