/**
 * `pymdownx.blocks.details`: `/// details | Summary` (option `open`, `type`) plus one block per
 * configured type.
 *
 * `/// details | More\n    open: true\nHi\n///` -> `<details open="open"><summary>More</summary><p>Hi</p></details>`
 */
import type { BlockKind } from '../kind.ts';
import { blockElement, titleCase } from '../kind.ts';
import { parseBoolean, parseIdentifier } from '../options.ts';
import { typeList, type BlockType } from '../types.ts';

/** `/// details` plus one block per configured type (none by default). */
export function detailsKinds(config: Readonly<Record<string, unknown>>): BlockKind[] {
  const types = typeList(config['types'], []);
  return [kind('details', undefined), ...types.map((type) => kind(type.name, type))];
}

function kind(name: string, preset: BlockType | undefined): BlockKind {
  const open = { defaultValue: false, parse: parseBoolean };
  return {
    name,
    argument: 'optional',
    options: preset ? { open } : { open, type: { defaultValue: '', parse: parseIdentifier } },
    create(input, siblings) {
      const typeOption = input.options.get('type');
      const type = preset ?? (typeof typeOption === 'string' && typeOption !== '' ? { name: typeOption, className: typeOption, title: titleCase(typeOption) } : undefined);
      const attributes: Array<[string, string]> = [];
      if (input.options.get('open') === true) attributes.push(['open', 'open']);
      if (type) attributes.push(['class', type.className]);
      const element = blockElement('details', attributes);
      // No argument: the type's title; an empty one (`/// note |`): no title at all.
      const title = input.argument === undefined ? (type ? [{ type: 'text' as const, value: type.title }] : undefined) : input.argument !== '' ? input.title : undefined;
      if (title) {
        element.children.push(blockElement('summary', [], title));
      }
      siblings.push(element);
      return { element, target: element, mode: 'auto' };
    },
  };
}
