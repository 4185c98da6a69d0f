/**
 * Display math is a block only when it is a whole block, as Arithmatex's block processor
 * requires (`^(?:$$…$$|\[…\])[ ]*$` on the block): a paragraph holding nothing else becomes an
 * `arithmatexBlock`; display math inside a line of text stays as written.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { SKIP, visit } from '../../core/visit.ts';
import type { ArithmatexBlock } from './types.ts';

export function remarkArithmatex() {
  return (tree: Root): undefined => {
    visit(tree, 'paragraph', (node, index, parent: Parents | undefined) => {
      const [only, ...rest] = node.children;
      if (!parent || index === undefined || only?.type !== 'arithmatexDisplay') return undefined;
      if (!rest.every((child) => child.type === 'text' && /^[ ]*$/.test(child.value))) return undefined;
      const block: ArithmatexBlock = { type: 'arithmatexBlock', value: only.value };
      if (node.position) block.position = node.position;
      const children: Nodes[] = parent.children;
      children.splice(index, 1, block);
      return SKIP;
    });
    visit(tree, 'arithmatexDisplay', (node, index, parent: Parents | undefined) => {
      if (!parent || index === undefined) return undefined;
      const children: Nodes[] = parent.children;
      children.splice(index, 1, { type: 'text', value: node.raw });
      return undefined;
    });
  };
}
