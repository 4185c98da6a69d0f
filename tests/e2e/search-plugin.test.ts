/**
 * Material's search switches, end to end: a site that lists plugins without `search` has no
 * search box and no index (as Material draws none); a page with `search: {exclude: true}` front
 * matter is written but not indexed; a heading marked data-search-exclude keeps its section out.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  test('mkdocs-exclude-search leaves out the pages and sections it names, but the sections its ignore keeps', async () => {
    const files = {
      'index.md': '# Home\n\nHomeword.\n',
      'private/notes.md': '# Notes\n\nNotesword.\n\n## More\n\nMoreword.\n',
      'private/faq.md': '# FAQ\n\nFaqintro.\n\n## Public\n\nPublicword.\n\n## Internal\n\nInternalword.\n',
      'guide.md': '# Guide\n\nGuideword.\n\n## Secrets\n\nSecretword.\n\n## Setup\n\nSetupword.\n',
    };
    const plugins = 'plugins:\n  - search\n  - exclude-search:\n      exclude:\n        - private/*\n        - guide.md#secrets\n      ignore:\n        - private/faq.md#public\n';
    const root = project(files, `site_name: Test\ntheme:\n  name: material\n${plugins}`);
    const result = await runBuildCommand(['build'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stdout + result.stderr, /exclude-search/, 'supported, and nothing to say');
    assert.equal(indexed(result.stdout), 3, 'the notes page is left out whole');
    const folder = path.join(root, 'site/pagefind/fragment');
    const text = readdirSync(folder).map((name) => gunzipSync(readFileSync(path.join(folder, name))).toString('utf8')).join('\n');
    for (const word of ['Homeword', 'Faqintro', 'Publicword', 'Guideword', 'Setupword']) assert.match(text, new RegExp(word));
    for (const word of ['Notesword', 'Moreword', 'Internalword', 'Secretword']) assert.doesNotMatch(text, new RegExp(word));
    assert.match(readFileSync(path.join(root, 'site/private/notes/index.html'), 'utf8'), /Notesword/, 'the page itself is written');
    // A rule taken out: the rebuild indexes what it left out, though no page changed.
    writeFileSync(path.join(root, 'mkdocs.yml'), `site_name: Test\ntheme:\n  name: material\n${plugins.replace('        - guide.md#secrets\n', '')}`);
    const again = await runBuildCommand(['build'], root);
    assert.equal(again.code, 0, again.stderr);
    const after = readdirSync(folder).map((name) => gunzipSync(readFileSync(path.join(folder, name))).toString('utf8')).join('\n');
    assert.match(after, /Secretword/);
    assert.doesNotMatch(after, /Notesword/);
  });
});
