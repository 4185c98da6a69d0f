import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareFiles, dirnameToTitle, generateNavConfig, isIndexFile } from '../../src/nav/index.ts';

describe('generateNavConfig (MkDocs nest_paths)', () => {
  it('should sort files as MkDocs does: index/README first, names next, subfolders after files', () => {
    const nav = generateNavConfig(['b.md', 'sub/z.md', 'a.md', 'index.md', 'sub/index.md', 'sub/deep/x.md', 'sub/a.md', 'zz.md']);
    assert.deepEqual(nav, ['index.md', 'a.md', 'b.md', 'zz.md', { Sub: ['sub/index.md', 'sub/a.md', 'sub/z.md', { Deep: ['sub/deep/x.md'] }] }]);
  });

  it('should title folders from their names, capitalizing only all-lowercase ones', () => {
    assert.equal(dirnameToTitle('getting-started'), 'Getting started');
    assert.equal(dirnameToTitle('user_guide'), 'User guide');
    assert.equal(dirnameToTitle('API-docs'), 'API docs');
    assert.equal(dirnameToTitle('iOS'), 'iOS');
  });

  it('should merge folders whose titles are the same, as MkDocs does', () => {
    assert.deepEqual(generateNavConfig(['foo-bar/a.md', 'foo_bar/b.md']), [{ 'Foo bar': ['foo-bar/a.md', 'foo_bar/b.md'] }]);
  });

  it('should sort uppercase before lowercase, like Python string order', () => {
    assert.deepEqual(generateNavConfig(['b.md', 'C.md', 'a.md']), ['C.md', 'a.md', 'b.md']);
  });

  it('should put a folder\'s README first, like index', () => {
    assert.deepEqual(generateNavConfig(['os/about.md', 'os/README.md']), [{ Os: ['os/README.md', 'os/about.md'] }]);
  });
});

describe('compareFiles and isIndexFile', () => {
  it('should put files of a folder before files of its subfolders', () => {
    assert.ok(compareFiles('a/z.md', 'a/b/c.md') < 0);
    assert.ok(compareFiles('a/b/c.md', 'a-b/x.md') < 0);
    assert.ok(compareFiles('z.md', 'a/index.md') < 0);
  });

  it('should know index and README pages, and not lookalikes', () => {
    assert.equal(isIndexFile('index.md'), true);
    assert.equal(isIndexFile('os/README.md'), true);
    assert.equal(isIndexFile('os/indexes.md'), false);
    assert.equal(isIndexFile('os/readme.md'), false);
  });
});
