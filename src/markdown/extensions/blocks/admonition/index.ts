/**
 * `pymdownx.blocks.admonition`: `/// admonition | Title` plus one block per configured type
 * (`/// note`, `/// warning | Careful`), PyMdown's admonition markup.
 *
 * `/// note\nHi\n///` -> `<div class="admonition note"><p class="admonition-title">Note</p><p>Hi</p></div>`
 */
import type { BlockKind } from '../kind.ts';
import { blockElement, titleCase } from '../kind.ts';
import { parseIdentifier } from '../options.ts';
import { typeList, type BlockType } from '../types.ts';

const DEFAULT_TYPES = ['note', 'attention', 'caution', 'danger', 'error', 'tip', 'hint', 'warning', 'important'];

/** `/// admonition` plus one block per configured type (`types`, PyMdown's nine by default). */
export function admonitionKinds(config: Readonly<Record<string, unknown>>): BlockKind[] {
  const types = typeList(config['types'], DEFAULT_TYPES);
  return [kind('admonition', undefined), ...types.map((type) => kind(type.name, type))];
}

function kind(name: string, preset: BlockType | undefined): BlockKind {
  return {
    name,
    argument: 'optional',
    options: preset ? {} : { type: { defaultValue: '', parse: parseIdentifier } },
    create(input, siblings) {
      const typeOption = input.options.get('type');
      const type = preset ?? (typeof typeOption === 'string' && typeOption !== '' ? { name: typeOption, className: typeOption, title: titleCase(typeOption) } : undefined);
      const classes = ['admonition', ...(type && type.name !== 'admonition' ? [type.className] : [])];
      const element = blockElement('div', [['class', classes.join(' ')]]);
      // No argument: the type's title; an empty one (`/// note |`): no title at all.
      const title = input.argument === undefined ? (type ? [{ type: 'text' as const, value: type.title }] : undefined) : input.argument !== '' ? input.title : undefined;
      if (title) {
        element.children.push(blockElement('p', [['class', 'admonition-title']], title));
      }
      siblings.push(element);
      return { element, target: element, mode: 'auto' };
    },
  };
}
