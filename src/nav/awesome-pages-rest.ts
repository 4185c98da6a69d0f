/**
 * mkdocs-awesome-pages-plugin's `...` entries in mkdocs.yml's own `nav:` (the plugin's README:
 * "add a `...` entry to it"). Each stands for the pages of the generated nav that no entry of
 * that nav names, kept in their sections; `... | glob` and `... | regex=re` take the pages whose
 * docs path matches, before the plain `...` takes what is left (the plugin's RestItemList), as
 * its on_config / on_nav do:
 *
 *   nav: [index.md, '... | guide/**', ...]     docs: index.md, a.md, guide/b.md
 *   ->   [index.md, { Guide: [guide/b.md] }, a.md]
 */
import { parseRest, type RestFilter } from './awesome-pages-meta.ts';
import type { NavConfig, NavConfigItem } from './types.ts';

interface Rest {
  readonly value: string;
  readonly filter: RestFilter | undefined;
}

/** True when `nav` holds a `...` entry at any depth. */
export function hasRestEntry(nav: NavConfig): boolean {
  return nav.some((item) => (typeof item === 'string' ? restOf(item) !== undefined : Object.values(item).some((child) => Array.isArray(child) && hasRestEntry(child))));
}

/** `...`, `... | glob`, `... | regex=re`; a regex Python could not compile either is no rest entry. */
function restOf(item: string): { filter: RestFilter | undefined } | undefined {
  try {
    return parseRest(item);
  } catch {
    return undefined;
  }
}

/** mkdocs.yml's `nav` with each `...` entry replaced by its share of `generated`. */
export function navWithRest(nav: NavConfig, generated: NavConfig): NavConfig {
  const named = new Set<string>();
  const rests: Rest[] = [];
  collect(nav, named, rests);
  const order = [...rests.filter((rest) => rest.filter !== undefined), ...rests.filter((rest) => rest.filter === undefined)];
  const blocks = share(generated, named, order);
  return replace(nav, blocks);
}

function collect(nav: NavConfig, named: Set<string>, rests: Rest[]): void {
  for (const item of nav) {
    if (typeof item === 'string') {
      const rest = restOf(item);
      if (rest === undefined) named.add(item);
      else if (!rests.some((known) => known.value === item.trim())) rests.push({ value: item.trim(), filter: rest.filter });
      continue;
    }
    for (const value of Object.values(item)) {
      if (typeof value === 'string') named.add(value);
      else if (Array.isArray(value)) collect(value, named, rests);
    }
  }
}

/** The generated nav's pages (and their sections) each rest entry takes: a page goes to the first that matches it. */
function share(items: NavConfig, named: ReadonlySet<string>, rests: readonly Rest[]): Map<string, NavConfigItem[]> {
  const blocks = new Map<string, NavConfigItem[]>(rests.map((rest) => [rest.value, []]));
  for (const item of items) {
    const [title, value] = typeof item === 'string' ? [undefined, item] : (Object.entries(item)[0] ?? [undefined, undefined]);
    if (typeof value === 'string') {
      // Only pages: a generated link (`.pages`' `Title: https://...`) is no file.
      if (named.has(value) || /^[a-z][a-z0-9+.-]*:|^\//i.test(value)) continue;
      const rest = rests.find((candidate) => candidate.filter === undefined || candidate.filter.regex.test(value));
      if (rest) blocks.get(rest.value)?.push(title === undefined ? value : { [title]: value });
    } else if (title !== undefined && Array.isArray(value)) {
      for (const [rest, children] of share(value, named, rests)) if (children.length > 0) blocks.get(rest)?.push({ [title]: children });
    }
  }
  return blocks;
}

function replace(nav: NavConfig, blocks: ReadonlyMap<string, NavConfigItem[]>): NavConfig {
  return nav.flatMap((item): NavConfigItem[] => {
    if (typeof item === 'string') return restOf(item) === undefined ? [item] : (blocks.get(item.trim()) ?? []);
    return [Object.fromEntries(Object.entries(item).map(([title, value]) => [title, Array.isArray(value) ? replace(value, blocks) : value]))];
  });
}
