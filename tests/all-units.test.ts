/**
 * The unit tests, in one process. Every `*.test.ts` in the folders below is imported here, each
 * inside a suite named after its file, so `npm test` pays Node's start-up and the loading of our
 * modules once for all of them instead of once per file (about a hundred processes; ~40 s of
 * CPU on a 2-core machine). Each file still runs alone: `node --test tests/markdown/abbr.test.ts`.
 *
 * Tests that build sites with the CLI, start servers or drive Chromium (tests/e2e/,
 * tests/browser/) keep one process per file: npm test lists those folders itself and runs
 * them, and this file, two at a time. node --test starts files in sorted order: this one's name
 * puts it first, so its long single process is not the last thing left running.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';

const TESTS = import.meta.dirname;
const UNIT_FOLDERS = ['bench', 'config', 'integration', 'lint', 'markdown', 'nav', 'search', 'site', 'theme'];

const testFiles = (folder: string) => readdirSync(path.join(TESTS, folder)).filter((name) => name.endsWith('.test.ts')).sort();

for (const folder of UNIT_FOLDERS) {
  for (const name of testFiles(folder)) {
    const file = path.join(TESTS, folder, name);
    // A file's top-level tests and hooks land in this suite, as they would in a process of their own.
    describe(`tests/${folder}/${name}`, async () => {
      await import(pathToFileURL(file).href);
    });
  }
}

test('every folder of tests runs: the unit folders here, the others through npm test\'s own patterns', () => {
  const script = (JSON.parse(readFileSync(path.join(TESTS, '..', 'package.json'), 'utf8')) as { scripts: { test: string } }).scripts.test;
  const folders = readdirSync(TESTS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const missed = folders.filter((folder) => testFiles(folder).length > 0 && !UNIT_FOLDERS.includes(folder) && !script.includes(`tests/${folder}/`));
  assert.deepEqual(missed, []);
  assert.ok(script.includes('tests/all-units.test.ts'));
  for (const folder of UNIT_FOLDERS) assert.ok(!script.includes(`tests/${folder}/`), `tests/${folder}/ would run twice`);
});
