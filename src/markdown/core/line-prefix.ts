/**
 * What opens the current line before a block construct starts on it: the blockquote markers of
 * the containers around it and the spaces right before it. Python-Markdown has removed the
 * markers (its blockquote processor) and the container's indent by the time its block
 * processors look at the line, so constructs that follow its rules measure them.
 */
import type { TokenizeContext } from 'micromark-util-types';

/**
 * The blockquote markers (`> `) that open this line before the current position: how many, and
 * the column after them; and the column of the last list item marker before them, if any.
 */
export function quotePrefixes(context: TokenizeContext): { count: number; end: number; marker?: number } {
  const line = context.now().line;
  let count = 0;
  let end = 1;
  let marker: number | undefined;
  for (let index = context.events.length - 1; index >= 0; index--) {
    const [kind, token] = context.events[index] ?? [];
    if (!token || token.start.line !== line) break;
    if (kind === 'enter' && token.type === 'blockQuoteMarker') count++;
    if (kind === 'exit' && token.type === 'blockQuotePrefix') end = Math.max(end, token.end.column);
    if (kind === 'enter' && token.type === 'listItemPrefix') marker ??= token.start.column;
  }
  return marker === undefined ? { count, end } : { count, end, marker };
}

/**
 * Columns of indent right before a marker (`  |- a`). Python's list processors allow fewer than
 * their indent: 3 with tab_length 4 (as micromark's own limit), 1 with mdx_truly_sane_lists' 2.
 */
export function prefixSize(context: TokenizeContext): number {
  const tail = context.events[context.events.length - 1];
  return tail?.[0] === 'exit' && tail[1].type === 'linePrefix' ? tail[1].end.column - tail[1].start.column : 0;
}
