/**
 * nl2br: every newline inside a paragraph's text is a hard line break, as Python-Markdown's
 * nl2br inline pattern makes each `\n` of text a `<br />`. Code spans are `inlineCode` nodes,
 * not text, so they keep their newlines.
 *
 * ```md
 * one            ->  <p>one<br />
 * two                two</p>
 * ```
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from '../../core/visit.ts';

export function remarkNl2br() {
  return (tree: Root): undefined => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('\n')) return;
      const parts = node.value.split('\n');
      const replacement: PhrasingContent[] = [];
      parts.forEach((part, at) => {
        if (at > 0) replacement.push({ type: 'break' });
        if (part !== '') replacement.push({ type: 'text', value: part });
      });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
