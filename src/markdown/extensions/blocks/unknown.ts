/**
 * Warns about `/// name` headers this renderer leaves as text because no enabled Blocks
 * extension defines `name` (PyMdown leaves them as text too, silently).
 *
 * `/// tab | A` without pymdownx.blocks.tab -> `<p>/// tab | A ...</p>` and one warning
 */
import type { Root } from 'mdast';
import { visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';

const HEADER = /^ {0,3}\/{3,} *([\p{L}\p{N}_-]+)/gmu;

/** `names`: every block name the enabled extensions define (lowercase). */
export function remarkUnknownBlocks(names: ReadonlySet<string>) {
  return (tree: Root, file: VFile): undefined => {
    visit(tree, 'paragraph', (node) => {
      const first = node.children[0];
      if (first?.type !== 'text') return;
      for (const match of first.value.matchAll(HEADER)) {
        const name = (match[1] ?? '').toLowerCase();
        if (names.has(name)) continue;
        file.message(`Unknown block \`/// ${name}\`: it stays text; enable the pymdownx.blocks extension that defines it or fix the name`, {
          place: node.position?.start,
          ruleId: 'blocks-unknown',
          source: 'pymdownx.blocks',
        });
      }
    });
  };
}
