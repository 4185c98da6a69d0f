/**
 * Tab ids from their labels (`slugify` option of pymdownx.tabbed and pymdownx.blocks.tab,
 * PyMdown's TabbedTreeprocessor): each tab's radio gets `id` = the slug of its label, made
 * unique among the page's ids, and its label `for` = that id. With `combine_header_slug`, the
 * id of the nearest heading before the set (at its level or an outer one) comes first.
 * Runs after toc, as PyMdown's pass (priority 4) runs after toc's (5), so heading ids exist.
 *
 * `### Setup` + `=== "Linux"` -> `<input id="setup-linux" ...><label for="setup-linux">Linux</label>`
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { unique } from '../toc/slugify.ts';
import type { Slugify } from './slugify-option.ts';

export interface TabSlugOptions {
  readonly slugify: Slugify;
  readonly alternate: boolean;
  readonly combineHeaderSlug: boolean;
  readonly separator: string;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function rehypeTabSlugs(options: TabSlugOptions) {
  return (tree: Root): undefined => {
    const used = new Set<string>();
    collectIds(tree, used);
    const visit = (node: Root | Element, ancestors: Array<Root | Element>): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (isTabSet(child, options.alternate)) slugSet(child, [...ancestors, node], options, used);
        visit(child, [...ancestors, node]);
      }
    };
    visit(tree, []);
  };
}

function classes(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : String(value).split(' ');
}

function isTabSet(element: Element, alternate: boolean): boolean {
  if (element.tagName !== 'div') return false;
  const names = classes(element);
  return names.includes('tabbed-set') && (!alternate || names.includes('tabbed-alternate'));
}

function slugSet(set: Element, ancestors: Array<Root | Element>, options: TabSlugOptions, used: Set<string>): void {
  const children = set.children.filter((child): child is Element => child.type === 'element');
  const inputs = children.filter((child) => child.tagName === 'input');
  const labels = options.alternate
    ? children.filter((child) => child.tagName === 'div' && classes(child).join(' ') === 'tabbed-labels').flatMap((div) => div.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'label'))
    : children.filter((child) => child.tagName === 'label');
  const parentSlug = options.combineHeaderSlug ? headingBefore(set, ancestors) : '';
  inputs.forEach((input, index) => {
    const label = labels[index];
    if (!label) return;
    let slug = options.slugify(labelText(label), options.separator);
    if (parentSlug) slug = `${parentSlug}${options.separator}${slug}`;
    slug = unique(slug, used);
    input.properties['id'] = slug;
    label.properties['htmlFor'] = [slug];
  });
}

/** The label's text without footnote references (toc's `remove_fnrefs`). */
function labelText(label: Element): string {
  const copy: Element = { ...label, children: label.children.filter((child) => !(child.type === 'element' && child.tagName === 'sup' && String(child.properties['id'] ?? '').startsWith('fnref'))) };
  return toString(copy);
}

/** The id of the last heading with an id before the set, in its parent or the nearest ancestor that has one. */
function headingBefore(set: Element, ancestors: Array<Root | Element>): string {
  let branch: Root | Element = set;
  for (const parent of [...ancestors].reverse()) {
    let found = '';
    for (const child of parent.children) {
      if (child === branch) break;
      if (child.type === 'element' && HEADINGS.has(child.tagName) && child.properties['id'] !== undefined) found = String(child.properties['id']);
    }
    if (found) return found;
    branch = parent;
  }
  return '';
}

function collectIds(node: Root | Element, used: Set<string>): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const id = child.properties['id'];
    if (id !== undefined && id !== null) used.add(String(id));
    collectIds(child, used);
  }
}
