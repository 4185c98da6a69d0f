/**
 * The extension's last pass, once toc has read the headings and the page's links are resolved:
 * each placeholder gets its stashed docstring HTML back (render/markdown.ts), and the root's
 * hidden headings go (their ToC entries and anchors stay, as with mkdocstrings).
 */
import type { ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visitHast } from '../../core/visit.ts';
import { STASH_PROPERTY } from './render/markdown.ts';
import { HIDDEN_HEADING } from './render/objects.ts';

export function rehypeMkdocstringsRestore() {
  return (tree: Root, file: VFile): undefined => {
    const stash = file.data.mkdocstringsStash;
    if (!stash) return;
    visitHast(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const slot = node.properties[STASH_PROPERTY];
      if (slot !== undefined) {
        const children: ElementContent[] = stash[Number(slot)] ?? [];
        parent.children.splice(index, 1, ...children);
        return [SKIP, index + children.length];
      }
      if (HIDDEN_HEADING in node.properties) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
