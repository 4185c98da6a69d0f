/** The tags plugin's export written into the built site (src/integration/tags-export.ts). */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { writeTagsExport } from '../../src/integration/tags-export.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'tags-export-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('writing tags.json', () => {
  test('should write export_file under the site folder, making its folders', () => {
    const out = path.join(root, 'site');
    assert.deepEqual(writeTagsExport(out, { tagsExport: { file: 'meta/tags.json', json: '{"mappings": []}' } }), []);
    assert.equal(readFileSync(path.join(out, 'meta', 'tags.json'), 'utf8'), '{"mappings": []}');
  });

  test('should not write a file that leaves the site folder, and say so', () => {
    const out = path.join(root, 'other');
    const said = writeTagsExport(out, { tagsExport: { file: '../escaped.json', json: '{}' } });
    assert.match(said.join(), /export_file '..\/escaped.json' lies outside the site folder/);
    assert.equal(existsSync(path.join(root, 'escaped.json')), false);
  });

  test('should write nothing when the export is off', () => {
    assert.deepEqual(writeTagsExport(path.join(root, 'none'), { tagsExport: undefined }), []);
    assert.equal(existsSync(path.join(root, 'none')), false);
  });
});
