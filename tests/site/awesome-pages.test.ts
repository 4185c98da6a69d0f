/**
 * The awesome-pages plugin in the site (src/site/awesome-pages.ts): its options, its `.pages`
 * files read into each folder's settings with bad files left out at their line, and
 * discoverFiles listing those files without publishing them.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { awesomePagesPlugin, readPagesFiles } from '../../src/site/awesome-pages.ts';
import { discoverFiles } from '../../src/site/discover.ts';

function docs(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'awesome-pages-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('awesomePagesPlugin', () => {
  test('should be off unless listed, and off with enabled: false', () => {
    assert.equal(awesomePagesPlugin([{ name: 'search', options: {} }]).options, undefined);
    assert.equal(awesomePagesPlugin([{ name: 'awesome-pages', options: { enabled: false } }]).options, undefined);
  });

  test("should take the plugin's defaults", () => {
    assert.deepEqual(awesomePagesPlugin([{ name: 'awesome-pages', options: {} }]), {
      options: { filename: '.pages', collapseSinglePages: false, strict: true, order: undefined, sortType: undefined, orderBy: undefined, ignoreCase: false },
      problems: [],
    });
  });

  test('should read every option', () => {
    const options = { filename: '.nav', collapse_single_pages: true, strict: false, order: 'desc', sort_type: 'natural', order_by: 'title', ignore_case: true };
    assert.deepEqual(awesomePagesPlugin([{ name: 'awesome-pages', options }]).options, { filename: '.nav', collapseSinglePages: true, strict: false, order: 'desc', sortType: 'natural', orderBy: 'title', ignoreCase: true });
  });

  test('should name a wrong or unknown option and use the default', () => {
    const { options, problems } = awesomePagesPlugin([{ name: 'awesome-pages', options: { strict: 'no', order: 'up', filename: 'a/b', colapse: true } }]);
    assert.deepEqual([options?.strict, options?.order, options?.filename], [true, undefined, '.pages']);
    assert.deepEqual(problems.length, 4);
    assert.match(problems.join('\n'), /'strict' must be true or false, found no; using true/);
    assert.match(problems.join('\n'), /unknown option 'colapse'/);
  });
});

describe('readPagesFiles', () => {
  test("should read each folder's settings, keyed by folder", () => {
    const dir = docs({ '.pages': 'nav:\n  - b.md\n  - ...\n', 'guide/.pages': 'title: The Guide\n', 'empty/.pages': '' });
    const { metas, messages } = readPagesFiles(dir, ['.pages', 'guide/.pages', 'empty/.pages']);
    assert.deepEqual(messages, []);
    assert.deepEqual([...metas.keys()], ['', 'guide', 'empty']);
    assert.equal(metas.get('guide')?.title, 'The Guide');
    assert.equal(metas.get('')?.nav?.length, 2);
  });

  test('should leave out a file that is not valid YAML, with a warning at its line', () => {
    const dir = docs({ 'guide/.pages': 'title: Guide\nnav:\n  - a.md\n  - [unclosed\n' });
    const { metas, messages } = readPagesFiles(dir, ['guide/.pages']);
    assert.equal(metas.size, 0);
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.file, path.join(dir, 'guide/.pages'));
    assert.equal(messages[0]?.severity, 'warning');
    assert.match(messages[0]?.message ?? '', /^awesome-pages: \.pages file ignored: invalid YAML/);
    assert.ok((messages[0]?.line ?? 0) >= 4);
  });

  test('should leave out a file with a wrong value or an unknown key, with a warning at that key', () => {
    const dir = docs({ '.pages': 'title: Docs\nhide: maybe\n', 'a/.pages': '# the guide\ntilte: Guide\n', 'b/.pages': 'nav:\n  - a.md\n  - 3\n' });
    const { metas, messages } = readPagesFiles(dir, ['.pages', 'a/.pages', 'b/.pages']);
    assert.equal(metas.size, 0);
    assert.deepEqual(
      messages.map((message) => [path.relative(dir, message.file ?? ''), message.line]),
      [['.pages', 2], ['a/.pages', 2], ['b/.pages', 3]],
    );
    assert.match(messages[0]?.message ?? '', /'hide' must be true or false, found 'maybe'/);
  });

  test('should leave out a file that is not a mapping', () => {
    const { metas, messages } = readPagesFiles(docs({ '.pages': '- a.md\n' }), ['.pages']);
    assert.deepEqual([metas.size, messages.length], [0, 1]);
  });
});

describe('discoverFiles and .pages files', () => {
  test('should list .pages files, parents first, and never publish them', () => {
    const dir = docs({ 'index.md': '', '.pages': '', 'guide/a.md': '', 'guide/.pages': '' });
    const found = discoverFiles(dir, { useDirectoryUrls: true, pagesFile: '.pages' });
    assert.deepEqual([found.pagesFiles, found.assets], [['.pages', 'guide/.pages'], []]);
  });

  test('should copy a file name without a leading dot as MkDocs does, and read it too', () => {
    const found = discoverFiles(docs({ 'index.md': '', 'guide/pages.yml': '' }), { useDirectoryUrls: true, pagesFile: 'pages.yml' });
    assert.deepEqual([found.pagesFiles, found.assets], [['guide/pages.yml'], ['guide/pages.yml']]);
  });

  test('should list none when the plugin is off', () => {
    assert.deepEqual(discoverFiles(docs({ 'index.md': '', '.pages': 'title: x\n' }), { useDirectoryUrls: true }).pagesFiles, []);
  });
});
