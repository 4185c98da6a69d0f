/**
 * The run-wide site cache the browser and end-to-end tests share (tests/helpers/shared-site.ts):
 * one build per distinct config and arguments, the same folder and CLI output for every caller,
 * a failed build failing every caller with the CLI's message, a lock left by a dead process
 * taken over instead of waited on forever, and the global setup's prebuild leaving a site it
 * cannot build on a server to the first file that reads it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { REPO } from '../helpers/build-site.ts';
import { BUILDER_ENV, prebuildSharedSite, sharedFolder, sharedSite, type SharedBuild } from '../helpers/shared-site.ts';
import { BASIC_SITE } from '../helpers/sites.ts';

const BROKEN: SharedBuild = { config: path.join(REPO, 'tests/fixtures/broken-config/mkdocs.yml') };

describe('sites shared across test files', () => {
  test('should give callers asking at the same time one build: the same folder and the same CLI output', async () => {
    const [first, second] = await Promise.all([sharedSite(BASIC_SITE), sharedSite(BASIC_SITE)]);
    assert.equal(first.dir, second.dir);
    // The summary line carries the build's own duration, so a second build would not match.
    assert.equal(first.stdout, second.stdout);
    assert.match(first.stdout, /built \d+ pages, .* in \d+\.\d+s/);
    assert.ok(existsSync(path.join(first.dir, 'index.html')));
  });

  test('should keep builds of different configs, INHERIT additions or arguments apart', () => {
    const folders = [
      BASIC_SITE,
      BROKEN,
      { ...BASIC_SITE, args: ['--strict'] },
      { ...BASIC_SITE, inherit: 'site_url: http://127.0.0.1/x/' },
    ].map(sharedFolder);
    assert.equal(new Set(folders).size, folders.length, folders.join('\n'));
  });

  test('should not keep apart two descriptions of the same build', () => {
    assert.equal(sharedFolder({ config: BASIC_SITE.config }), sharedFolder(BASIC_SITE));
  });

  test('should fail every caller of a failing build with the CLI\'s message', async () => {
    const outcomes = await Promise.allSettled([sharedSite(BROKEN), sharedSite(BROKEN)]);
    for (const outcome of outcomes) {
      assert.equal(outcome.status, 'rejected');
      assert.match(String(outcome.reason), /invalid value for 'use_directory_urls'/);
    }
  });

  test('should take over a lock whose process has died instead of waiting for it', { timeout: 300_000 }, async () => {
    const build: SharedBuild = { ...BROKEN, args: ['--strict'] };
    const folder = sharedFolder(build);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    mkdirSync(`${folder}.lock`, { recursive: true });
    writeFileSync(path.join(`${folder}.lock`, 'pid'), String(dead));
    await assert.rejects(sharedSite(build), /invalid value for 'use_directory_urls'/);
    assert.ok(!existsSync(`${folder}.lock`), 'the lock is released after the build');
  });

  test('should leave a site to its first reader when no build server answers a prebuild', async (t) => {
    const build: SharedBuild = { ...BROKEN, inherit: 'site_name: prebuilt' };
    const folder = sharedFolder(build);
    const servers = process.env[BUILDER_ENV];
    t.after(() => { if (servers === undefined) delete process.env[BUILDER_ENV]; else process.env[BUILDER_ENV] = servers; });
    // Port 9 (discard) on localhost: nothing listens there, so no server answers.
    process.env[BUILDER_ENV] = 'http://127.0.0.1:9';
    await prebuildSharedSite(build);
    assert.ok(!existsSync(path.join(folder, 'outcome.json')), 'no outcome is recorded');
    assert.ok(!existsSync(`${folder}.lock`), 'the lock is let go');
    // While a build holds the lock, a prebuild of the same site neither waits nor builds.
    mkdirSync(`${folder}.lock`, { recursive: true });
    writeFileSync(path.join(`${folder}.lock`, 'pid'), String(process.pid));
    await prebuildSharedSite(build);
    assert.ok(existsSync(`${folder}.lock`) && !existsSync(path.join(folder, 'outcome.json')));
    rmSync(`${folder}.lock`, { recursive: true, force: true });
  });
});
