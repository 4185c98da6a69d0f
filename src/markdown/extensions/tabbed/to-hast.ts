/**
 * pymdownx.tabbed mdast -> hast. With `alternate_style: true` (what Material needs):
 *
 * ```html
 * <div class="tabbed-set tabbed-alternate" data-tabs="1:2">
 *   <input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio"><input id="__tabbed_1_2" ...>
 *   <div class="tabbed-labels"><label for="__tabbed_1_1">A</label><label for="__tabbed_1_2">B</label></div>
 *   <div class="tabbed-content"><div class="tabbed-block">...</div><div class="tabbed-block">...</div></div>
 * </div>
 * ```
 *
 * The classic style repeats `<input><label><div class="tabbed-content">` per tab instead.
 */
import type { Element, ElementContent } from 'hast';
import type { Handlers, State } from 'mdast-util-to-hast';
import type { TabbedSet, TabbedTab } from './mdast.ts';

export function tabbedHandlers(alternate: boolean): Handlers {
  return {
    tabbedSet(state: State, node: TabbedSet): Element {
      const element = alternate ? alternateSet(state, node) : classicSet(state, node);
      state.patch(node, element);
      return state.applyData(node, element);
    },
  };
}

/**
 * The tab checked when the page opens: PyMdown checks the first tab, and each `===+` tab moves
 * the check to itself, so the last one wins.
 */
function checkedTab(set: TabbedSet): number {
  const last = set.children.findLastIndex((tab) => tab.selected);
  return last === -1 ? 1 : last + 1;
}

function radio(set: TabbedSet, tab: number): Element {
  return {
    type: 'element',
    tagName: 'input',
    properties: { checked: tab === checkedTab(set) ? true : undefined, id: `__tabbed_${set.index}_${tab}`, name: `__tabbed_${set.index}`, type: 'radio' },
    children: [],
  };
}

function label(state: State, set: TabbedSet, tab: TabbedTab, number: number): Element {
  const first = tab.children[0];
  const children = first?.type === 'tabbedLabel' ? state.all(first) : [];
  return { type: 'element', tagName: 'label', properties: { htmlFor: [`__tabbed_${set.index}_${number}`] }, children };
}

/** The tab's body: everything after its label. */
function body(state: State, tab: TabbedTab): ElementContent[] {
  const content: TabbedTab = { ...tab, children: tab.children.filter((child) => child.type !== 'tabbedLabel') };
  return state.wrap(state.all(content), true);
}

function div(className: string[], children: ElementContent[]): Element {
  return { type: 'element', tagName: 'div', properties: { className }, children };
}

function setProperties(set: TabbedSet, className: string[]): Element['properties'] {
  return { className, dataTabs: `${set.index}:${set.children.length}` };
}

function alternateSet(state: State, set: TabbedSet): Element {
  const tabs = set.children;
  const inputs = tabs.map((_, i) => radio(set, i + 1));
  const labels = div(['tabbed-labels'], tabs.map((tab, i) => label(state, set, tab, i + 1)));
  const content = div(['tabbed-content'], state.wrap(tabs.map((tab) => div(['tabbed-block'], body(state, tab))), true));
  return { type: 'element', tagName: 'div', properties: setProperties(set, ['tabbed-set', 'tabbed-alternate']), children: [...inputs, labels, content] };
}

function classicSet(state: State, set: TabbedSet): Element {
  const children = set.children.flatMap((tab, i) => [radio(set, i + 1), label(state, set, tab, i + 1), div(['tabbed-content'], body(state, tab))]);
  return { type: 'element', tagName: 'div', properties: setProperties(set, ['tabbed-set']), children };
}
