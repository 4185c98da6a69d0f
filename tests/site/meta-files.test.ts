/**
 * Material's meta plugin: `.meta.yml` defaults merged under a page's front matter
 * (src/site/meta-files.ts), and discoverFiles keeping meta files out of the site.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { discoverFiles } from '../../src/site/discover.ts';
import { mergeMeta, pageMeta, readMetaFiles, type MetaDefaults } from '../../src/site/meta-files.ts';

function docs(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'meta-files-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const defaults: MetaDefaults[] = [
  { folder: '', data: { tags: ['All'], template: 'main.html' } },
  { folder: 'guide', data: { tags: ['Guide'], hide: ['toc'], social: { cards: true, layout: 'a' } } },
];

describe('pageMeta', () => {
  test('should give a page the defaults of every folder holding it, farther ones first', () => {
    assert.deepEqual(pageMeta('guide/a.md', {}, defaults).meta, { tags: ['All', 'Guide'], template: 'main.html', hide: ['toc'], social: { cards: true, layout: 'a' } });
  });

  test('should let the page\'s own front matter win over the defaults, appending to lists', () => {
    const { meta } = pageMeta('guide/a.md', { tags: ['Own'], template: 'page.html', social: { layout: 'b' } }, defaults);
    assert.deepEqual(meta['tags'], ['All', 'Guide', 'Own']);
    assert.equal(meta['template'], 'page.html');
    assert.deepEqual(meta['social'], { cards: true, layout: 'b' });
  });

  test('should not give a folder\'s defaults to a sibling folder whose name starts the same', () => {
    assert.deepEqual(pageMeta('guidelines/a.md', {}, defaults).meta, { tags: ['All'], template: 'main.html' });
  });

  test('should leave a page outside every meta folder as it is', () => {
    assert.deepEqual(pageMeta('a.md', { title: 'A' }, [{ folder: 'guide', data: { tags: ['Guide'] } }]), { meta: { title: 'A' }, problems: [] });
  });

  test('should report a value of another type than the default and keep the page\'s', () => {
    const { meta, problems } = pageMeta('guide/a.md', { tags: 'Own' }, defaults);
    assert.equal(meta['tags'], 'Own');
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /'tags' is a str here but a list/);
  });
});

describe('mergeMeta', () => {
  test('should merge nested mappings key by key without changing its inputs', () => {
    const base = { a: { b: 1, c: [1] } };
    const merged = mergeMeta(base, { a: { c: [2], d: 3 } });
    assert.deepEqual(merged, { a: { b: 1, c: [1, 2], d: 3 } });
    assert.deepEqual(base, { a: { b: 1, c: [1] } });
  });

  test('should name the nested key of a type clash', () => {
    const problems: string[] = [];
    mergeMeta({ a: { b: 1 } }, { a: { b: 'x' } }, problems);
    assert.match(problems[0] ?? '', /'a\.b' is a str here but a int/);
  });
});

describe('readMetaFiles', () => {
  test('should read each meta file as the defaults of its folder', () => {
    const dir = docs({ '.meta.yml': 'tags: [All]\n', 'guide/.meta.yml': 'hide: [toc]\n' });
    assert.deepEqual(readMetaFiles(dir, ['.meta.yml', 'guide/.meta.yml']), {
      defaults: [{ folder: '', data: { tags: ['All'] } }, { folder: 'guide', data: { hide: ['toc'] } }],
      messages: [],
    });
  });

  test('should report a meta file that is not a mapping or not YAML, with its line, and skip it', () => {
    const dir = docs({ 'a/.meta.yml': '- a list\n', 'b/.meta.yml': 'tags: [x\n' });
    const { defaults: read, messages } = readMetaFiles(dir, ['a/.meta.yml', 'b/.meta.yml']);
    assert.deepEqual(read, []);
    assert.equal(messages.length, 2);
    assert.match(messages[0]?.message ?? '', /must be a YAML mapping/);
    assert.equal(messages[0]?.file, path.join(dir, 'a/.meta.yml'));
    assert.match(messages[1]?.message ?? '', /meta file ignored/);
    assert.equal(typeof messages[1]?.line, 'number');
  });

  test('should take an empty meta file as no defaults, without a word', () => {
    assert.deepEqual(readMetaFiles(docs({ '.meta.yml': '' }), ['.meta.yml']), { defaults: [], messages: [] });
  });
});

describe('discoverFiles and meta files', () => {
  test('should list meta files, parents first, and neither as pages nor as assets', () => {
    const dir = docs({ 'index.md': '', '.meta.yml': '', 'guide/a.md': '', 'guide/.meta.yml': '', 'guide/deep/meta.yml': '' });
    const found = discoverFiles(dir, { useDirectoryUrls: true, metaFile: '.meta.yml' });
    assert.deepEqual(found.metaFiles, ['.meta.yml', 'guide/.meta.yml']);
    assert.deepEqual(found.assets, ['guide/deep/meta.yml']);
  });

  test('should keep a meta_file without a leading dot out of the assets', () => {
    const dir = docs({ 'index.md': '', 'guide/meta.yml': '' });
    const found = discoverFiles(dir, { useDirectoryUrls: true, metaFile: 'meta.yml' });
    assert.deepEqual([found.metaFiles, found.assets], [['guide/meta.yml'], []]);
  });

  test('should list no meta files when the meta plugin is off', () => {
    const dir = docs({ 'index.md': '', '.meta.yml': 'tags: [a]\n' });
    assert.deepEqual(discoverFiles(dir, { useDirectoryUrls: true }).metaFiles, []);
  });
});
