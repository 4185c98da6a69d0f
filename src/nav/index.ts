/**
 * The one owner of nav rules, pure (knows nothing of Astro): `buildNav(config.nav, pages)` ->
 * tree, reading order, omitted and missing pages; then previous/next, breadcrumbs, the active
 * trail, section indexes and pruning (navigation.prune, or a large nav), as MkDocs 1.6 and
 * Material's navigation.* features define them. The theme only draws the nodes these give.
 */
export { buildNav } from './build.ts';
export { awesomeNavConfig, type AwesomePagesOptions } from './awesome-pages.ts';
export { hasRestEntry, navWithRest } from './awesome-pages-rest.ts';
export { parsePagesMeta, PAGES_ORDERS, PAGES_ORDER_BY, PAGES_SORT_TYPES, type PagesMeta } from './awesome-pages-meta.ts';
export { awesomeNav3Config } from './awesome-nav.ts';
export { parseNavYml, type NavYml } from './awesome-nav-config.ts';
export { generateNavConfig, compareFiles, isIndexFile } from './auto.ts';
export { attachSections } from './attach.ts';
export { localizeNavConfig } from './localize.ts';
export { previousNext } from './reading.ts';
export { drawnChildren, findSectionIndex, firstUrl, sectionLink, sectionOfIndex } from './sections.ts';
export { literateNavConfig, navPathKey, type LiterateElement, type LiterateListItem, type LiterateNavFile, type LiterateNavOptions, type LiterateOrigin } from './literate-nav.ts';
export { createGlobber } from './literate-nav-glob.ts';
export { activeTrail, breadcrumbs, firstLeafUrl, isActive, pathCrumbs, type ActiveTrail, type Crumb } from './trail.ts';
export { countNavEntries, drawnIcons, isPruned, NAV_PRUNE_THRESHOLD, navDrawOptions, navPruning, type NavDrawOptions, type NavPruning } from './prune.ts';
export { dirnameToTitle } from './titles.ts';
export type * from './types.ts';
