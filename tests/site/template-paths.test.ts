/**
 * custom_dir templates are looked up inside custom_dir only, by path segments (output-dir.ts'
 * contains): a file whose name begins with `..` is the site's own, `../x` is outside.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { customTemplate } from '../../src/site/templates/environment.ts';

test('a custom_dir template is found by any name inside custom_dir, and never outside it', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-templates-'));
  const customDir = path.join(root, 'overrides');
  mkdirSync(customDir);
  writeFileSync(path.join(customDir, '..dotted.html'), 'x');
  writeFileSync(path.join(root, 'outside.html'), 'x');
  assert.equal(customTemplate(customDir, '..dotted.html'), path.join(customDir, '..dotted.html'));
  assert.equal(customTemplate(customDir, '../outside.html'), undefined);
  assert.equal(customTemplate(customDir, '.'), undefined);
});
