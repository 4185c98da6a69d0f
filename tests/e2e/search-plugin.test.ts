/**
 * Material's search switches, end to end: a site that lists plugins without `search` has no
 * search box and no index (as Material draws none); a page with `search: {exclude: true}` front
 * matter is written but not indexed; a heading marked data-search-exclude keeps its section out.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { indexed, project, runBuildCommand } from '../helpers/cli-run.ts';

const pages = {
  'index.md': '# Home\n\nWelcome.\n\n## Secret { data-search-exclude }\n\nSectionword stays out.\n\n## After\n\nAfterword is found.\n',
  'hidden.md': '---\nsearch:\n  exclude: true\n---\n\n# Hidden\n\nNot to be found.\n',
};

describe('the search plugin', () => {
  test('a site whose plugins leave search out has no search box and no index', async () => {
    const root = project(pages, 'site_name: Test\ntheme:\n  name: material\nplugins:\n  - tags\n');
    const result = await runBuildCommand(['build'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /search: off/);
    const home = readFileSync(path.join(root, 'site/index.html'), 'utf8');
    assert.doesNotMatch(home, /id="__search"/);
    assert.doesNotMatch(home, /md-search/);
    assert.ok(!existsSync(path.join(root, 'site/pagefind')), 'no pagefind/ folder');
  });

  test('a page whose front matter says search.exclude is written but not indexed, and a marked heading\'s section is left out', async () => {
    const root = project(pages, 'site_name: Test\ntheme:\n  name: material\nmarkdown_extensions:\n  - attr_list\n');
    const result = await runBuildCommand(['build'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /built 2 pages, /);
    assert.equal(indexed(result.stdout), 1);
    const folder = path.join(root, 'site/pagefind/fragment');
    const texts = readdirSync(folder).map((name) => gunzipSync(readFileSync(path.join(folder, name))).toString('utf8'));
    assert.equal(texts.length, 1);
    assert.match(texts[0] ?? '', /Afterword is found/);
    assert.doesNotMatch(texts[0] ?? '', /Sectionword|Not to be found/);
    assert.match(readFileSync(path.join(root, 'site/index.html'), 'utf8'), /id="__search"/);
    assert.match(readFileSync(path.join(root, 'site/hidden/index.html'), 'utf8'), /Not to be found/);
  });
});
