/**
 * The nav MkDocs generates when mkdocs.yml has no `nav:` (`mkdocs.utils.nest_paths`): files in
 * MkDocs' file order (index/README first, then by name, folders after files), each folder a
 * section titled from its name (`getting-started` -> `Getting started`).
 */
import { dirnameToTitle } from './titles.ts';
import type { NavConfig, NavConfigItem } from './types.ts';
import { compareCodePoints } from '../shared/code-points.ts';

export function generateNavConfig(srcs: readonly string[]): NavConfig {
  const nested: NavConfigItem[] = [];
  for (const src of [...srcs].sort(compareFiles)) {
    const parts = src.split('/');
    let branch = nested;
    for (const folder of parts.slice(0, -1)) branch = findOrCreate(branch, dirnameToTitle(folder));
    branch.push(src);
  }
  return nested;
}

/** Sections are found by title, so `foo-bar/` and `foo_bar/` share one, as in MkDocs. */
function findOrCreate(branch: NavConfigItem[], title: string): NavConfigItem[] {
  for (const node of branch) {
    if (typeof node === 'string') continue;
    const existing = node[title];
    if (Array.isArray(existing)) return existing;
  }
  const created: NavConfigItem[] = [];
  branch.push({ [title]: created });
  return created;
}

/**
 * MkDocs' `file_sort_key`: by folder (parts compared in order, a folder's own files before its
 * subfolders), then index/README first, then by name.
 */
export function compareFiles(a: string, b: string): number {
  const partsA = a.split('/');
  const partsB = b.split('/');
  const folderA = partsA.slice(0, -1);
  const folderB = partsB.slice(0, -1);
  for (let index = 0; index < Math.min(folderA.length, folderB.length); index++) {
    const order = compareCodePoints(folderA[index] ?? '', folderB[index] ?? '');
    if (order !== 0) return order;
  }
  if (folderA.length !== folderB.length) return folderA.length - folderB.length;
  const nameA = partsA.at(-1) ?? '';
  const nameB = partsB.at(-1) ?? '';
  const indexA = isIndexFile(nameA);
  const indexB = isIndexFile(nameB);
  if (indexA !== indexB) return indexA ? -1 : 1;
  return compareCodePoints(nameA, nameB);
}

/** `index.md`, `README.md` (any Markdown suffix): the page of its folder. */
export function isIndexFile(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot <= 0 ? base : base.slice(0, dot);
  return stem === 'index' || stem === 'README';
}

