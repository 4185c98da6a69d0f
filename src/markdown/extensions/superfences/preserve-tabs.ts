/**
 * `preserve_tabs: true`: PyMdown stashes fenced blocks in a preprocessor that runs before
 * Python-Markdown's NormalizeWhitespace, so their tabs survive while every other tab of the page
 * is expanded. That preprocessor is line-based in PyMdown too; this finds the same lines: a fence
 * opens on a line whose first non-blank characters are 3+ backticks or tildes, and closes on a
 * line of at least as many of the same character (or at the end of the page).
 *
 *   fenceLines('a\n```\n\tx\n```\nb')   // Set { 1, 2, 3 }
 */
const OPEN = /^[ \t]*(`{3,}|~{3,})/;

export function fenceLines(source: string): Set<number> {
  const lines = source.split('\n');
  const inside = new Set<number>();
  let fence: string | undefined;
  lines.forEach((line, index) => {
    if (fence === undefined) {
      const open = OPEN.exec(line);
      if (open?.[1] === undefined) return;
      fence = open[1];
      inside.add(index);
      return;
    }
    inside.add(index);
    const marker = fence;
    const close = new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
    if (close.test(line)) fence = undefined;
  });
  return inside;
}
