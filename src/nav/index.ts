/**
 * Pure nav logic: `buildNav(config.nav, pages)` -> tree, reading order, omitted and missing
 * pages; helpers for previous/next, breadcrumbs and section indexes. Knows nothing of Astro.
 */
export { buildNav } from './build.ts';
export { generateNavConfig, compareFiles, isIndexFile } from './auto.ts';
export { breadcrumbs, findSectionIndex, previousNext, sectionOfIndex } from './helpers.ts';
export { dirnameToTitle } from './titles.ts';
export type * from './types.ts';
