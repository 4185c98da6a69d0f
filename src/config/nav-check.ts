/**
 * `nav:` checked with MkDocs' rules (config_options.Nav): a list whose items are a path/URL or a
 * one-key mapping of a title to a path/URL or to a nested list. A nested mapping is accepted with
 * a warning, as MkDocs does, and read as a list of its one-key pairs.
 */
import type { NavConfig, NavConfigItem } from './types.ts';
import type { Problem, ValuePath } from './problems.ts';
import { isRecord } from './yaml-tags.ts';

export interface NavCheck {
  readonly nav: NavConfig | undefined;
  readonly problems: Problem[];
  /** Paths of nested mappings that should have been lists. */
  readonly mappingsAsLists: ValuePath[];
}

const ITEM = 'a page path, a URL, or a one-key mapping of a title to a path, URL or list';

export function checkNav(value: unknown): NavCheck {
  const problems: Problem[] = [];
  const mappingsAsLists: ValuePath[] = [];

  const list = (items: readonly unknown[], path: ValuePath): NavConfig => {
    const out: NavConfigItem[] = [];
    items.forEach((item, index) => {
      const checked = entry(item, [...path, index]);
      if (checked !== undefined) out.push(checked);
    });
    return out;
  };

  const entry = (item: unknown, path: ValuePath): NavConfigItem | undefined => {
    if (typeof item === 'string') return item;
    if (!isRecord(item) || Object.keys(item).length !== 1) {
      problems.push({ path, expected: ITEM });
      return undefined;
    }
    const [title, child] = Object.entries(item)[0] ?? ['', undefined];
    const children = sub(child, [...path, title]);
    return children === undefined ? undefined : { [title]: children };
  };

  const sub = (child: unknown, path: ValuePath): string | NavConfig | undefined => {
    if (typeof child === 'string') return child;
    if (Array.isArray(child)) return list(child, path);
    if (isRecord(child) && Object.keys(child).length > 0) {
      mappingsAsLists.push(path);
      const out: NavConfigItem[] = [];
      for (const [title, grandchild] of Object.entries(child)) {
        const checked = sub(grandchild, [...path, title]);
        if (checked !== undefined) out.push({ [title]: checked });
      }
      return out;
    }
    problems.push({ path, expected: 'a page path, a URL or a list of nav items' });
    return undefined;
  };

  if (value === undefined || value === null) return { nav: undefined, problems, mappingsAsLists };
  if (!Array.isArray(value)) {
    problems.push({ path: ['nav'], expected: 'a list of pages and sections' });
    return { nav: undefined, problems, mappingsAsLists };
  }
  const nav = list(value, ['nav']);
  // An empty `nav: []` means "no nav" to MkDocs: the nav is then built from the files.
  return { nav: nav.length === 0 ? undefined : nav, problems, mappingsAsLists };
}
