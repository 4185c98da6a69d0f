/**
 * The other unit tests (config, nav, search, site, theme, integration, lint, bench), in one
 * process: see tests/helpers/unit-files.ts. Also checks that every folder of tests runs once.
 * Tests that build sites with the CLI, start servers or drive Chromium (tests/e2e/,
 * tests/browser/) keep one process per file: npm test lists those folders itself.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { importUnitTests, TESTS, testFiles, UNIT_FOLDERS } from './helpers/unit-files.ts';

importUnitTests(UNIT_FOLDERS.rest);

test('every folder of tests runs: the unit folders through the aggregators, the others through npm test\'s own patterns', () => {
  const script = (JSON.parse(readFileSync(path.join(TESTS, '..', 'package.json'), 'utf8')) as { scripts: { test: string } }).scripts.test;
  const units: readonly string[] = [...UNIT_FOLDERS.markdown, ...UNIT_FOLDERS.rest];
  const folders = readdirSync(TESTS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const missed = folders.filter((folder) => testFiles(folder).length > 0 && !units.includes(folder) && !script.includes(`tests/${folder}/`));
  assert.deepEqual(missed, []);
  for (const aggregator of ['tests/all-units-markdown.test.ts', 'tests/all-units-rest.test.ts']) assert.ok(script.includes(aggregator), aggregator);
  for (const folder of units) assert.ok(!script.includes(`tests/${folder}/`), `tests/${folder}/ would run twice`);
});
