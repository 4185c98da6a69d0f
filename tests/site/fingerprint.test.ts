/**
 * The fingerprint of what a build read (src/site/fingerprint.ts): it changes with any file's
 * name, size or time under the roots, with a file appearing where none was, and never with
 * what lies in the skipped output folder or version control.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { configKey, fingerprintFiles } from '../../src/site/fingerprint.ts';
import type { MkdocsConfig } from '../../src/config/index.ts';

function tree(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-fingerprint-'));
  for (const [name, text] of Object.entries({ 'docs/index.md': '# Home\n', 'docs/a/b.md': 'b', 'site/index.html': 'out', '.git/HEAD': 'ref' })) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('fingerprintFiles', () => {
  test('should be the same for the same files, and change with a file changed, added or removed', () => {
    const root = tree();
    const print = () => fingerprintFiles([root], [path.join(root, 'site')]).hash;
    const first = print();
    assert.equal(print(), first);
    writeFileSync(path.join(root, 'docs/a/b.md'), 'bb');
    const changed = print();
    assert.notEqual(changed, first);
    writeFileSync(path.join(root, 'docs/new.md'), '');
    const added = print();
    assert.notEqual(added, changed);
    rmSync(path.join(root, 'docs/new.md'));
    assert.equal(print(), changed);
  });

  test('should see a changed time with the same size (an edit that keeps the length)', () => {
    const root = tree();
    const before = fingerprintFiles([root], []).hash;
    utimesSync(path.join(root, 'docs/index.md'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    assert.notEqual(fingerprintFiles([root], []).hash, before);
  });

  test('should not look into the skipped folder or .git, and count a missing root as missing', () => {
    const root = tree();
    const before = fingerprintFiles([root, path.join(root, 'nope.md')], [path.join(root, 'site')]);
    writeFileSync(path.join(root, 'site/index.html'), 'rebuilt output');
    writeFileSync(path.join(root, '.git/HEAD'), 'another ref');
    assert.equal(fingerprintFiles([root, path.join(root, 'nope.md')], [path.join(root, 'site')]).hash, before.hash);
    writeFileSync(path.join(root, 'nope.md'), 'now here');
    assert.notEqual(fingerprintFiles([root, path.join(root, 'nope.md')], [path.join(root, 'site')]).hash, before.hash);
  });

  test('should report the newest modification time it saw', () => {
    const root = tree();
    utimesSync(path.join(root, 'docs/a/b.md'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    assert.equal(fingerprintFiles([root], []).newest, new Date(2030, 0, 1).getTime());
  });
});

describe('configKey', () => {
  test('should change with any value of the resolved config', () => {
    const config = { site_name: 'A', extra: { version: 1 } } as unknown as MkdocsConfig;
    assert.equal(configKey(config), configKey({ ...config }));
    assert.notEqual(configKey(config), configKey({ ...config, extra: { version: 2 } }));
  });

  test('should not change with what never changes the written site: strict (--strict), watch, gh-deploy\'s branch and remote', () => {
    const config = { site_name: 'A', strict: false, watch: [], remote_branch: 'gh-pages', remote_name: 'origin' } as unknown as MkdocsConfig;
    assert.equal(configKey(config), configKey({ ...config, strict: true, watch: ['/p/extra'], remote_branch: 'pages', remote_name: 'upstream' }));
    assert.notEqual(configKey(config), configKey({ ...config, site_name: 'B' }));
  });
});
