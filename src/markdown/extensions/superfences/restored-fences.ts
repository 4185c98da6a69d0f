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
 *
 * The text comes back as superfences stored it (`_store`: opening line, body, a line ending,
 * closing line), so a fence with no body line gets an empty one: `` ```sh\n``` `` -> `` ```sh\n\n``` ``.
 */
import { readFenceHeader } from './fence-info.ts';
import { resolveFence, type FenceContext } from './validate.ts';

/**
 * How many highlighted (non-custom) fences superfences' scan finds in an indented block's text,
 * and that text as its code block processor restores it.
 */
export function restoredFences(value: string, context: FenceContext): { count: number; value: string } {
  if (!value.includes('```') && !value.includes('~~~')) return { count: 0, value };
  const lines = value.split('\n');
  let count = 0;
  // Opening lines of the fences found with no body line.
  const empty = new Set<number>();
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
        if (next === open + 1) empty.add(open);
        open = next;
        break;
      }
    }
  }
  if (empty.size === 0) return { count, value };
  return { count, value: lines.flatMap((line, at) => (empty.has(at) ? [line, ''] : [line])).join('\n') };
}
