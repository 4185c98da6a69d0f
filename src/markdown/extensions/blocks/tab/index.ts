/**
 * `pymdownx.blocks.tab`: `/// tab | Label` blocks; consecutive tabs share a set unless one says
 * `new: true`, `select: true` checks that tab instead of the first. Same markup as
 * pymdownx.tabbed (classic or `alternate_style`), counted per page on its own.
 *
 * `/// tab | A\na\n///` -> `<div class="tabbed-set tabbed-alternate" data-tabs="1:1"><input checked="checked" id="__tabbed_1_1" ...>...</div>`
 *
 * Both extensions add a tab to the set that is the parent's last element when its class is
 * theirs, whoever made it (joined.ts): with the same style, a `/// tab` right after a `===` set
 * is one more tab of it, and the reverse.
 */
import type { RootContent } from 'mdast';
import type { BlockElement } from '../mdast.ts';
import type { BlockKind } from '../kind.ts';
import { attribute, blockElement, setAttribute } from '../kind.ts';
import { parseBoolean } from '../options.ts';
import { lastWritten } from '../../../core/unwritten.ts';
import { continuesSet, joinTabbedSet } from './joined.ts';

export interface TabConfig {
  readonly alternate: boolean;
  /** With a slugify function, ids come from the labels later (tab-slugs.ts). */
  readonly slugify: boolean;
  /** pymdownx.tabbed's `alternate_style` when it is enabled too (its sets and ours then mix). */
  readonly tabbedAlternate?: boolean | undefined;
}

/** `/// tab | Label` with `new` and `select` options. */
export function tabKind(config: TabConfig): BlockKind {
  const setClass = config.alternate ? 'tabbed-set tabbed-alternate' : 'tabbed-set';
  const mixes = config.tabbedAlternate === config.alternate;
  const isOurSet = (node: RootContent | undefined): node is BlockElement =>
    node?.type === 'blockElement' && node.tagName === 'div' && attribute(node, 'class') === setClass;
  return {
    name: 'tab',
    argument: 'required',
    options: { new: { defaultValue: false, parse: parseBoolean }, select: { defaultValue: false, parse: parseBoolean } },
    create(input, siblings, page) {
      // A definition between two tabs leaves no element: the set before it is still the last.
      const last = lastWritten(siblings);
      const select = input.options.get('select') === true;
      if (input.options.get('new') !== true && mixes && last?.type === 'tabbedSet') return joinTabbedSet(last, input.title, select);
      let set: BlockElement;
      if (isOurSet(last) && input.options.get('new') !== true) set = last;
      else {
        const count = (page.counters.get('tab') ?? 0) + 1;
        page.counters.set('tab', count);
        set = blockElement('div', [['class', setClass], ['data-tabs', `${count}:0`]]);
        if (config.alternate) set.children.push(blockElement('div', [['class', 'tabbed-labels']]), blockElement('div', [['class', 'tabbed-content']]));
        siblings.push(set);
      }
      const target = addTab(set, config, input.title, set !== last || select);
      return { element: set, target, mode: 'auto' };
    },
    adopt: mixes
      ? (node, siblings, build) => {
          if (!continuesSet(node)) return false;
          const last = lastWritten(siblings);
          // A `/// tab` joined that `===` set: the `===` tabs below it go on in it too.
          if (last?.type === 'tabbedSet') {
            for (const built of build([node])) if (built.type === 'tabbedSet') last.children.push(...built.children);
            return true;
          }
          if (!isOurSet(last)) return false;
          for (const tab of node.children) {
            const [label, ...body] = tab.children;
            addTab(last, config, label?.type === 'tabbedLabel' ? label.children : [], tab.selected).children.push(...build(body));
          }
          return true;
        }
      : undefined,
  };
}

/** Adds one tab to a set, checked when `checked` (the others then lose it); returns its body's element. */
function addTab(set: BlockElement, config: TabConfig, title: RootContent[], checked: boolean): BlockElement {
  const [setNumber = 0, tabCount = 0] = (attribute(set, 'data-tabs') ?? '0:0').split(':').map(Number);
  const number = tabCount + 1;
  const inputAttributes: Array<[string, string]> = [['name', `__tabbed_${setNumber}`], ['type', 'radio']];
  if (!config.slugify) inputAttributes.push(['id', `__tabbed_${setNumber}_${number}`]);
  const labelAttributes: Array<[string, string]> = config.slugify ? [] : [['for', `__tabbed_${setNumber}_${number}`]];
  const inputs = set.children.filter((child): child is BlockElement => child.type === 'blockElement' && child.tagName === 'input');
  if (checked) {
    inputAttributes.push(['checked', 'checked']);
    for (const other of inputs) other.attributes = other.attributes.filter(([key]) => key !== 'checked');
  }
  const radio = blockElement('input', inputAttributes);
  const label = blockElement('label', labelAttributes, title);
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
  return target;
}
