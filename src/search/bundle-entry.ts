/**
 * A written search bundle's entry file (`pagefind-entry.json`): what it says of each language's
 * index, read once for the build's page count (index.ts) and for the metadata files that name
 * the fragments (bundle-reuse.ts); and the list of the index's other parts (index-parts.ts PART_CHARS).
 *
 *   bundleLanguages('site/pagefind') // [{ hash: 'en_fddf49861b', pages: 123 }]
 *   bundleParts('site/pagefind')     // ['part-2/'] (the browser merges `pagefind/part-2/`)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { partFolders, PARTS_FILE } from './parts-list.ts';

export interface BundleLanguage {
  /** Names its metadata file, `pagefind.<hash>.pf_meta`; undefined when the entry lacks it. */
  readonly hash: string | undefined;
  readonly pages: number;
}

/** The other parts' folders the bundle in `root` lists (PARTS_FILE); none when it lists none or cannot be read. */
export function bundleParts(root: string): string[] {
  try {
    return partFolders(JSON.parse(readFileSync(path.join(root, PARTS_FILE), 'utf8')));
  } catch {
    return [];
  }
}

/** The pages of every language in the bundle in `outputPath` (its entry file); throws when it cannot be read. */
export function bundlePages(outputPath: string): number {
  return bundleLanguages(outputPath).reduce((sum, language) => sum + language.pages, 0);
}

export function bundleLanguages(outputPath: string): BundleLanguage[] {
  const entry: unknown = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
  const languages = typeof entry === 'object' && entry !== null && 'languages' in entry ? entry.languages : undefined;
  if (typeof languages !== 'object' || languages === null) return [];
  return Object.values(languages).map((language: unknown) => {
    const fields = new Map<string, unknown>(typeof language === 'object' && language !== null ? Object.entries(language) : []);
    const hash = fields.get('hash');
    const pages = fields.get('page_count');
    return { hash: typeof hash === 'string' ? hash : undefined, pages: typeof pages === 'number' ? pages : 0 };
  });
}
