/**
 * Fences PyMdown highlights and an indented code block then takes back. superfences' line scan
 * runs before blocks, at any indent, so a fence inside what becomes an indented code block (eight
 * spaces in a list item, four after a blank line) is highlighted first, using up a block number
 * (`__codelineno-N`), then restored as text by its code block processor:
 *
 * ```
 * 1. Activate it:
 *
 *         ```sh            ->  <pre><code>```sh ... ```</code></pre>, and the next fence
 *         source x             of the page is numbered 1, not 0
 *         ```
 * ```
 */
import { readFenceHeader } from './fence-info.ts';
import { resolveFence, type FenceContext } from './validate.ts';

/** How many highlighted (non-custom) fences superfences' scan finds in an indented block's text. */
export function restoredFences(value: string, context: FenceContext): number {
  if (!value.includes('```') && !value.includes('~~~')) return 0;
  const lines = value.split('\n');
  let count = 0;
  for (let open = 0; open < lines.length; open++) {
    const match = /^([ ]*)(`{3,}|~{3,})(.*)$/.exec(lines[open] ?? '');
    const [, indent = '', fence = '', rest = ''] = match ?? [];
    const header = match ? readFenceHeader(rest) : undefined;
    const info = header ? resolveFence(header, context) : undefined;
    if (!info) continue;
    for (let next = open + 1; next < lines.length; next++) {
      const line = lines[next] ?? '';
      // A less indented line drops the fence; the scan goes on after it (eval_fence).
      if (line.trim() !== '' && !line.startsWith(indent)) {
        open = next;
        break;
      }
      const content = line.slice(indent.length);
      if (content.startsWith(fence) && /^[ \t]*$/.test(content.slice(fence.length))) {
        if (!info.custom) count += 1;
        open = next;
        break;
      }
    }
  }
  return count;
}
