/**
 * `preserve_tabs: true`: PyMdown stashes fenced blocks in a preprocessor that runs before
 * Python-Markdown's NormalizeWhitespace, so their tabs survive while every other tab of the page
 * is expanded. That preprocessor is line-based in PyMdown too; this finds the same lines: a fence
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
