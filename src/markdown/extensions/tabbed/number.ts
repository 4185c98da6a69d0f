/**
 * Numbers tab sets 1, 2, ... in document order, once the whole page tree exists (sets in
 * nested Markdown count too), as PyMdown's per-page `tab_group_count` does: an outer set is
 * counted before the sets inside its tabs. Also warns about empty labels (`=== ""`), which
 * make PyMdown 9.5 fail on the whole page; we render an empty label.
 */
import type { Root } from 'mdast';
import { visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import { PageState } from '../../core/page-state.ts';

export function remarkTabbedNumbers() {
  // The page's count goes on from piece to piece (core/page-state.ts).
  const pages = new PageState(() => ({ count: 0 }));
  return (tree: Root, file: VFile): undefined => {
    const page = pages.of(file);
    visit(tree, (node) => {
      if (node.type === 'tabbedSet') {
        page.count++;
        node.index = page.count;
      } else if (node.type === 'tabbedLabel' && node.children.length === 0) {
        file.message('Empty tab label `=== ""`: PyMdown cannot render this page; write a label between the quotes', {
          place: node.position,
          ruleId: 'tabbed-empty-label',
          source: 'pymdownx.tabbed',
        });
      }
    });
  };
}

/**
 * Numbers the page's sets again from 1, in document order: once `pymdownx.blocks.tab` has taken
 * some of them into its own sets (blocks/tab/joined.ts), those no longer count. Only on a page
 * rendered whole (Blocks never renders in pieces).
 */
export function numberTabbedSets(tree: Root): undefined {
  let count = 0;
  visit(tree, (node) => {
    if (node.type === 'tabbedSet') node.index = ++count;
  });
}
