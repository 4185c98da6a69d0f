/**
 * superfences' line scan drops a fence when a line before its end is less indented than its
 * opening line (SuperFencesBlockPreprocessor.eval_fence: "Not indented enough"), measured on the
 * page's lines as written, whatever container the fence is in. CommonMark keeps such a fence,
 * taking what indent each line has; to PyMdown its lines are Markdown, and ``` ... ``` in one
 * paragraph is a code span:
 *
 * ```
 * |   ```json        ->  <p><code>json
 * |  x                     x</code></p>
 * |   ```
 * ```
 * Blank lines do not count; a tab counts to the next multiple of 4 columns. Under a quote marker
 * the rule is quoted-fence.ts's.
 */
export function outdentedFence(source: string, start: number, raw: string): boolean {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const indent = source.slice(lineStart, start);
  if (indent === '' || !/^[ \t]+$/.test(indent)) return false;
  const width = columns(indent);
  return raw
    .split('\n')
    .slice(1)
    .some((line) => line.trim() !== '' && columns(/^[ \t]*/.exec(line)?.[0] ?? '') < width);
}

/** Columns a run of spaces and tabs takes, a tab to the next multiple of 4 (superfences' ws_virtual_len). */
function columns(whitespace: string): number {
  let column = 0;
  for (const char of whitespace) column = char === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}
