/**
 * The build manifest (src/integration/build-manifest.ts): read back as written, no manifest from
 * a file that is not one, and the output check that tells a site was touched since.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { listOutputs, outputsUnchanged, readBuildManifest, removeBuildManifest, writeBuildManifest, type BuildManifest } from '../../src/integration/build-manifest.ts';
import { CACHE_DIR } from '../../src/shared/build-cache.ts';

function site(): string {
  const out = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-manifest-'));
  mkdirSync(path.join(out, 'guide'));
  mkdirSync(path.join(out, '.git'));
  writeFileSync(path.join(out, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(out, 'guide/index.html'), '<p>guide</p>');
  writeFileSync(path.join(out, '.nojekyll'), '');
  return out;
}

describe('the build manifest', () => {
  test('should be read back as written, and be gone once removed', () => {
    const out = site();
    const manifest: BuildManifest = { codeKey: 'c', configKey: 'k', roots: ['/p/docs'], fingerprint: 'f', outputs: listOutputs(out), messages: [{ severity: 'warning', message: 'w', file: '/p/docs/a.md', line: 3 }], pages: 2, searchPages: 2 };
    writeBuildManifest(out, manifest);
    assert.deepEqual(readBuildManifest(out), manifest);
    removeBuildManifest(out);
    assert.equal(readBuildManifest(out), undefined);
  });

  test('should be no manifest when the file is not one', () => {
    const out = site();
    mkdirSync(path.join(out, CACHE_DIR));
    writeFileSync(path.join(out, CACHE_DIR, 'build.json'), '{"format": 99}');
    assert.equal(readBuildManifest(out), undefined);
    writeFileSync(path.join(out, CACHE_DIR, 'build.json'), 'not json');
    assert.equal(readBuildManifest(out), undefined);
  });

  test('should list the site files, not the dot entries kept at the top', () => {
    assert.deepEqual(listOutputs(site()).map(([file]) => file), ['guide/index.html', 'index.html']);
  });

  test('should tell when a site file was changed, removed or added since', () => {
    const out = site();
    const recorded = listOutputs(out);
    assert.ok(outputsUnchanged(out, recorded));
    writeFileSync(path.join(out, '.nojekyll'), 'dot entries are not the build\'s');
    assert.ok(outputsUnchanged(out, recorded));
    utimesSync(path.join(out, 'index.html'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    assert.ok(!outputsUnchanged(out, recorded));
    const again = listOutputs(out);
    writeFileSync(path.join(out, 'extra.html'), '');
    assert.ok(!outputsUnchanged(out, again));
    rmSync(path.join(out, 'extra.html'));
    rmSync(path.join(out, 'guide/index.html'));
    assert.ok(!outputsUnchanged(out, again));
  });
});
