/**
 * `pymdownx.blocks.definition`: `/// define` turns paragraphs into terms and list items into
 * definitions.
 *
 * `/// define\nApple\n\n- A fruit\n///` -> `<dl><dt>Apple</dt><dd>A fruit</dd></dl>`
 */
import type { RootContent } from 'mdast';
import type { BlockKind } from '../kind.ts';
import { blockElement } from '../kind.ts';

/** `/// define`: no argument, no options. */
export function definitionKind(): BlockKind {
  return {
    name: 'define',
    argument: 'none',
    options: {},
    create(_input, siblings) {
      const element = blockElement('dl');
      siblings.push(element);
      return {
        element,
        target: element,
        mode: 'auto',
        end() {
          element.children = element.children.flatMap((child) => restructure(child));
        },
      };
    },
  };
}

/** `p` -> `dt`, each item of a list -> `dd`, anything else wrapped in a `dt`. */
function restructure(child: RootContent): RootContent[] {
  if (child.type === 'blockElement' && (child.tagName === 'dt' || child.tagName === 'dd')) return [child];
  if (child.type === 'paragraph') return [blockElement('dt', [], child.children)];
  if (child.type === 'list') {
    return child.children.map((item) => {
      const tight = child.spread !== true && item.spread !== true;
      const content: RootContent[] = [];
      item.children.forEach((part, index) => {
        // A tight item's text is the `dd`'s text, as Python-Markdown writes tight items.
        if (!tight || part.type !== 'paragraph') content.push(part);
        else content.push(...(index > 0 ? [{ type: 'text' as const, value: '\n' }] : []), ...part.children);
      });
      return blockElement('dd', [], content);
    });
  }
  return [blockElement('dt', [], [child])];
}
