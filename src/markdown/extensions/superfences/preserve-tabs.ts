/**
 * `preserve_tabs: true`: PyMdown stashes fenced blocks in a preprocessor that runs before
 * Python-Markdown's NormalizeWhitespace, so their tabs and lines of spaces survive while every
 * other tab of the page is expanded and every other line of spaces made blank. That preprocessor is line-based in PyMdown too; this finds the same lines: a fence
 * opens on a line whose first non-blank characters are 3+ backticks or tildes, and closes on a
 * line of exactly that fence, indented exactly as the opening one (or at the end of the page).
 *
 *   fenceLines('a\n```\n\tx\n```\nb')   // Set { 1, 2, 3 }
 */
const OPEN = /^([ \t]*)(`{3,}|~{3,})/;

export function fenceLines(source: string): Set<number> {
  const lines = source.split('\n');
  const inside = new Set<number>();
  let close: RegExp | undefined;
  lines.forEach((line, index) => {
    if (close === undefined) {
      const open = OPEN.exec(line);
      if (open?.[2] === undefined) return;
      close = new RegExp(`^${open[1] ?? ''}${open[2]}[ \\t]*$`);
      inside.add(index);
      return;
    }
    inside.add(index);
    if (close.test(line)) close = undefined;
  });
  return inside;
}

/**
 * PyMdown's `line_count` (what `hl_lines` is read against) for a fence with `preserve_tabs`: the
 * raw-block stash gives a fence back as its code plus a newline (SuperFencesRawBlockPreprocessor),
 * so an empty fence comes back holding one empty line, which `hl_lines="1"` marks. Undefined for
 * any other fence: its count is the lines between its fence lines, as without the option.
 *
 *   preservedLineCount({ start: { line: 3 }, end: { line: 4 } })   // 1
 */
export function preservedLineCount(position: { readonly start: { readonly line: number }; readonly end: { readonly line: number } } | undefined): number | undefined {
  return position !== undefined && position.end.line - position.start.line === 1 ? 1 : undefined;
}

/**
 * The lines of spaces in a fence's code as PyMdown leaves them with `preserve_tabs`: kept from
 * NormalizeWhitespace, they lose the indent of the containers and of the fence like any code line
 * (Python's detab takes 4 columns from a line that has them, blanks a shorter one), that is the
 * opening line's indent. Our containers take nothing from a line of spaces, so it is done here.
 * `start` is the fence's opening line (1-based), as its node's position says.
 *
 *   spaceLines('a\n      \nb', '!!! note\n    ```\n    a\n      \n    b\n    ```', 2)   // 'a\n  \nb'
 */
export function spaceLines(value: string, source: string, start: number | undefined): string {
  if (start === undefined || !value.includes(' ')) return value;
  const lines = source.split('\n');
  const indent = /^ */.exec(lines[start - 1] ?? '')?.[0].length ?? 0;
  return value
    .split('\n')
    .map((line, index) => {
      const raw = lines[start + index];
      return raw !== undefined && /^ +$/.test(raw) ? ' '.repeat(Math.max(0, raw.length - indent)) : line;
    })
    .join('\n');
}
