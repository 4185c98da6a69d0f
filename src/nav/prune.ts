/**
 * Material's navigation.prune: a collapsed section off the current page's path is drawn as one
 * link to its first page instead of its whole subtree, so a page's weight does not grow with the
 * site. The same pruning is switched on by itself when the nav is large (NAV_PRUNE_THRESHOLD).
 * Also which icons the drawn nav shows, so the theme can draw a repeated icon once per page.
 */
import { isActive, type ActiveTrail } from './trail.ts';
import type { NavItem } from './types.ts';

/**
 * Nav entries (pages, sections and links, a page listed twice twice) above which the sidebar is
 * pruned even without navigation.prune. A section holds about ten entries in a hand-written nav,
 * so 250 entries is some 25 sections: past that the unpruned nav outweighs most pages' text.
 */
export const NAV_PRUNE_THRESHOLD = 250;

/** Every entry of the nav tree: pages, sections and links. */
export function countNavEntries(items: readonly NavItem[]): number {
  return items.reduce((sum, item) => sum + 1 + (item.kind === 'section' ? countNavEntries(item.children) : 0), 0);
}

/** Whether the sidebar is pruned and why. */
export interface NavPruning {
  readonly prune: boolean;
  /** Pruned because the nav is large, not because theme.features asks for it. */
  readonly automatic: boolean;
  readonly entries: number;
}

/**
 * navigation.prune when listed, else pruning when the nav has more than NAV_PRUNE_THRESHOLD
 * entries. navigation.expand keeps a large nav whole: Material calls the two incompatible, and a
 * site that asks for every section open asks for the whole nav on every page.
 *
 *   ['navigation.prune'], 10 entries  ->  { prune: true, automatic: false }
 *   [], 300 entries                   ->  { prune: true, automatic: true }
 *   ['navigation.expand'], 300        ->  { prune: false, automatic: false }
 */
export function navPruning(features: readonly string[], items: readonly NavItem[]): NavPruning {
  const entries = countNavEntries(items);
  if (features.includes('navigation.prune')) return { prune: true, automatic: false, entries };
  const large = entries > NAV_PRUNE_THRESHOLD && !features.includes('navigation.expand');
  return { prune: large, automatic: large, entries };
}

/** The features that decide which nav nodes the sidebar draws. */
export interface NavDrawOptions {
  readonly tabs: boolean;
  readonly sections: boolean;
  readonly indexes: boolean;
  readonly prune: boolean;
}

/** The draw options of a site: its theme.features and its pruning decision (navPruning). */
export function navDrawOptions(features: readonly string[], prune: boolean): NavDrawOptions {
  return {
    tabs: features.includes('navigation.tabs'),
    sections: features.includes('navigation.sections'),
    indexes: features.includes('navigation.indexes'),
    prune,
  };
}

/**
 * Whether the section at `at` is drawn pruned, as Material's nav-item.html decides: a section
 * with children that is neither active nor a group that navigation.sections shows expanded (the
 * top level; with navigation.tabs the active tab and, with sections too, the groups under it).
 *
 *   nav: [{A: [a.md]}, {B: [b.md]}], current a.md, prune  ->  A no, B yes
 */
export function isPruned(node: NavItem, at: readonly number[], trail: ActiveTrail, options: NavDrawOptions): boolean {
  if (!options.prune || node.kind !== 'section' || node.children.length === 0) return false;
  if (isActive(node, at, trail)) return false;
  if (options.tabs) {
    // An inactive level-1 section is never a group with tabs; a level-2 one is when its tab is active.
    const parent = at.slice(0, -1);
    const parentActive = parent.length < trail.at.length && parent.every((position, depth) => trail.at[depth] === position);
    return !(options.sections && at.length === 2 && parentActive);
  }
  return !(options.sections && at.length === 1);
}

/**
 * How often each icon is drawn in the sidebar of the page `trail` is for: page icons (front
 * matter `icon`) and, with navigation.indexes, the index page's icon on its section's link;
 * nothing under a pruned section, whose link shows only the section's title.
 *
 *   [{A: [a.md (icon x)]}, {B: [b.md (icon x)]}], current a.md, prune  ->  { x: 1 }
 */
export function drawnIcons(items: readonly NavItem[], trail: ActiveTrail, options: NavDrawOptions): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (icon: string | undefined): void => {
    if (icon) counts.set(icon, (counts.get(icon) ?? 0) + 1);
  };
  const visit = (item: NavItem, at: readonly number[]): void => {
    if (item.kind === 'page') count(item.icon);
    if (item.kind !== 'section' || isPruned(item, at, trail, options)) return;
    const index = options.indexes ? item.index : undefined;
    count(index?.icon);
    // The index page is the section's link, not one of its drawn children (drawnChildren).
    item.children.forEach((child, position) => {
      if (!(index && child.kind === 'page' && child.src === index.src)) visit(child, [...at, position]);
    });
  };
  items.forEach((item, position) => visit(item, [position]));
  return counts;
}
