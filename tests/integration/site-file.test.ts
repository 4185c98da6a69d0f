/**
 * src/integration/site-file.ts: a plugin's file (tags.json, a feed, a redirect page) is written
 * inside the site folder only, whatever path the config names.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { writeSiteFile } from '../../src/integration/site-file.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'site-file-'));
const site = path.join(root, 'site');
after(() => rmSync(root, { recursive: true, force: true }));

test('writes a file inside the site folder, making its folders', () => {
  assert.equal(writeSiteFile(site, path.resolve(site, 'feeds/rss.xml'), '<rss/>'), true);
  assert.equal(readFileSync(path.join(site, 'feeds/rss.xml'), 'utf8'), '<rss/>');
});

test('writes nothing outside the site folder, nor over the folder itself', () => {
  assert.equal(writeSiteFile(site, path.resolve(site, '../escaped.json'), '{}'), false);
  assert.equal(writeSiteFile(site, path.resolve(site, '/tmp/abs.json'.replace('/tmp', root)), '{}'), false);
  assert.equal(writeSiteFile(site, site, '{}'), false);
  assert.ok(!existsSync(path.join(root, 'escaped.json')));
  assert.ok(!existsSync(path.join(root, 'abs.json')));
});
