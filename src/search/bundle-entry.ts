/**
 * A written search bundle's entry file (`pagefind-entry.json`): what it says of each language's
 * index, read once for the build's page count (index.ts) and for the metadata files that name
 * the fragments (bundle-reuse.ts).
 *
 *   bundleLanguages('site/pagefind') // [{ hash: 'en_fddf49861b', pages: 123 }]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface BundleLanguage {
  /** Names its metadata file, `pagefind.<hash>.pf_meta`; undefined when the entry lacks it. */
  readonly hash: string | undefined;
  readonly pages: number;
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
