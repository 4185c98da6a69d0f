/** The reading order's questions: a page's neighbours (navigation.footer). */
import type { NavPage, NavResult } from './types.ts';

/**
 * The pages before and after `src` in nav order. A page listed twice takes its last place:
 * MkDocs walks the order and sets each Page's previous/next, so the last place overwrites the
 * others. A page not in the nav has neither.
 *
 *   nav: [a.md, b.md, c.md, b.md]  ->  b.md: previous c.md, next none
 */
export function previousNext(nav: Pick<NavResult, 'pagesInOrder'>, src: string): { previous: NavPage | undefined; next: NavPage | undefined } {
  const order = nav.pagesInOrder;
  const at = order.findLastIndex((page) => page.src === src);
  if (at === -1) return { previous: undefined, next: undefined };
  return { previous: order[at - 1], next: order[at + 1] };
}
