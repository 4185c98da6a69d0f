/**
 * The unit test folders, imported into one process per aggregator file (tests/all-units-*.test.ts):
 * `npm test` pays Node's start-up and the loading of our modules once per aggregator instead of
 * once per file. Two aggregators, so the unit tests can use both cores while the end-to-end and
 * browser files, one process each, run beside them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe } from 'node:test';

export const TESTS = path.resolve(import.meta.dirname, '..');

/** Unit folders by aggregator: the renderer's own tests, and the rest. */
export const UNIT_FOLDERS = { markdown: ['markdown'], rest: ['bench', 'cli', 'config', 'integration', 'lint', 'nav', 'python', 'search', 'shared', 'site', 'theme'] } as const;

export const testFiles = (folder: string): string[] => readdirSync(path.join(TESTS, folder)).filter((name) => name.endsWith('.test.ts')).sort();

/** Imports every test file of `folders`, each inside a suite named after its file. */
export function importUnitTests(folders: readonly string[]): void {
  for (const folder of folders) {
    for (const name of testFiles(folder)) {
      // A file's top-level tests and hooks land in this suite, as they would in a process of their own.
      describe(`tests/${folder}/${name}`, async () => {
        await import(pathToFileURL(path.join(TESTS, folder, name)).href);
      });
    }
  }
}
