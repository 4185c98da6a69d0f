/**
 * `pymdownx.blocks.tab`: `/// tab | Label` blocks; consecutive tabs share a set unless one says
 * `new: true`, `select: true` checks that tab instead of the first. Same markup as
 * pymdownx.tabbed (classic or `alternate_style`), counted per page on its own.
 *
 * `/// tab | A\na\n///` -> `<div class="tabbed-set tabbed-alternate" data-tabs="1:1"><input checked="checked" id="__tabbed_1_1" ...>...</div>`
 */
import type { BlockElement } from '../mdast.ts';
import type { BlockKind } from '../kind.ts';
import { attribute, blockElement, setAttribute } from '../kind.ts';
import { parseBoolean } from '../options.ts';
import { lastWritten } from '../../../core/unwritten.ts';

export interface TabConfig {
  readonly alternate: boolean;
  /** With a slugify function, ids come from the labels later (tab-slugs.ts). */
  readonly slugify: boolean;
}

/** `/// tab | Label` with `new` and `select` options. */
export function tabKind(config: TabConfig): BlockKind {
  const setClass = config.alternate ? 'tabbed-set tabbed-alternate' : 'tabbed-set';
  return {
    name: 'tab',
    argument: 'required',
    options: { new: { defaultValue: false, parse: parseBoolean }, select: { defaultValue: false, parse: parseBoolean } },
    create(input, siblings, page) {
      // A definition between two tabs leaves no element: the set before it is still the last.
      const last = lastWritten(siblings);
      const join = last?.type === 'blockElement' && last.tagName === 'div' && attribute(last, 'class') === setClass && input.options.get('new') !== true;
      let set: BlockElement;
      if (join) set = last;
      else {
        const count = (page.counters.get('tab') ?? 0) + 1;
        page.counters.set('tab', count);
        set = blockElement('div', [['class', setClass], ['data-tabs', `${count}:0`]]);
        if (config.alternate) set.children.push(blockElement('div', [['class', 'tabbed-labels']]), blockElement('div', [['class', 'tabbed-content']]));
        siblings.push(set);
      }
      const [setNumber = 0, tabCount = 0] = (attribute(set, 'data-tabs') ?? '0:0').split(':').map(Number);
      const number = tabCount + 1;
      const inputAttributes: Array<[string, string]> = [['name', `__tabbed_${setNumber}`], ['type', 'radio']];
      if (!config.slugify) inputAttributes.push(['id', `__tabbed_${setNumber}_${number}`]);
      const labelAttributes: Array<[string, string]> = config.slugify ? [] : [['for', `__tabbed_${setNumber}_${number}`]];
      const inputs = set.children.filter((child): child is BlockElement => child.type === 'blockElement' && child.tagName === 'input');
      if (!join || input.options.get('select') === true) {
        inputAttributes.push(['checked', 'checked']);
        for (const other of inputs) other.attributes = other.attributes.filter(([key]) => key !== 'checked');
      }
      const radio = blockElement('input', inputAttributes);
      const label = blockElement('label', labelAttributes, input.title);
      let target: BlockElement;
      if (config.alternate) {
        set.children.splice(inputs.length, 0, radio);
        const labels = set.children.find((child): child is BlockElement => child.type === 'blockElement' && attribute(child, 'class') === 'tabbed-labels');
        const content = set.children.find((child): child is BlockElement => child.type === 'blockElement' && attribute(child, 'class') === 'tabbed-content');
        labels?.children.push(label);
        target = blockElement('div', [['class', 'tabbed-block']]);
        content?.children.push(target);
      } else {
        target = blockElement('div', [['class', 'tabbed-content']]);
        set.children.push(radio, label, target);
      }
      setAttribute(set, 'data-tabs', `${setNumber}:${number}`);
      return { element: set, target, mode: 'auto' };
    },
  };
}
