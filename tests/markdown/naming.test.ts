/**
 * The names src/markdown/README.md ("An extension's folder") gives an extension's files and its
 * fixtures, checked over the whole tree so that a new folder follows them: node types in
 * `mdast.ts`, the mdast pass in `transform.ts`, the hast pass in `rehype.ts`, and fixture folders
 * named exactly like an extension folder (or `<folder>-<variant>`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { FIXTURES_ROOT } from '../helpers/fixture-configs.ts';

const EXTENSIONS = path.join(import.meta.dirname, '../../src/markdown/extensions');
const folders = readdirSync(EXTENSIONS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
/** Every `.ts` file under the extension folders, relative to src/markdown/extensions. */
const files = readdirSync(EXTENSIONS, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
/** Fixture folders about no one extension folder: Python-Markdown's core, `extra` (and `extra-pymdownx`, PyMdown's own `pymdownx.extra`), Material's recommended configs, Pygments' lexers, the tags plugin's listing headings. */
const NOT_AN_EXTENSION = /^(core|extra|material|pygments|tags-listing)(-|$)/;

describe('extension folder names', () => {
  test('should keep node types in mdast.ts: no other file registers mdast nodes', () => {
    const elsewhere = files.filter((file) => !/(^|\/)mdast\.ts$/.test(file) && readFileSync(path.join(EXTENSIONS, file), 'utf8').includes("declare module 'mdast'"));
    assert.deepEqual(elsewhere, []);
  });

  test('should name tree passes transform.ts (mdast) and rehype.ts (hast), never remark-*.ts or rehype-*.ts', () => {
    assert.deepEqual(files.filter((file) => /(^|\/)(remark|rehype)-[^/]*\.ts$/.test(file)), []);
  });

  test('should name every fixture folder like the extension folder it tests', () => {
    const fixtures = readdirSync(FIXTURES_ROOT, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const stray = fixtures.filter((name) => !NOT_AN_EXTENSION.test(name) && !folders.some((folder) => name === folder || name.startsWith(`${folder}-`)));
    assert.deepEqual(stray, []);
  });
});
