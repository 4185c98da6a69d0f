/**
 * Build phase timings (src/site/timings.ts): the bench's only window into a build. They must
 * report every phase once, in order, and cost nothing when nobody listens.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { prepareSite } from '../../src/site/prepare.ts';
import { phaseClock, type BuildPhase } from '../../src/site/timings.ts';

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-timings-'));
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs/index.md'), '# Home\n\nText.\n');
  writeFileSync(path.join(root, 'mkdocs.yml'), 'site_name: Test\n');
  return root;
}

describe('phaseClock', () => {
  test('should report each lap as its phase with the time since the previous lap', async () => {
    const seen: Array<[BuildPhase, number]> = [];
    const lap = phaseClock((phase, ms) => seen.push([phase, ms]));
    lap('config');
    const busyUntil = performance.now() + 5;
    while (performance.now() < busyUntil) { /* spin: the render lap must take at least 5 ms */ }
    lap('render');
    assert.deepEqual(seen.map(([phase]) => phase), ['config', 'render']);
    assert.ok((seen[1]?.[1] ?? 0) >= 5, 'the second lap counts the time spent since the first');
    assert.ok((seen[0]?.[1] ?? Infinity) < (seen[1]?.[1] ?? 0), 'the first lap does not count the second');
  });

  test('should not call anything and not throw without a listener', async () => {
    const lap = phaseClock(undefined);
    assert.doesNotThrow(() => lap('astro'));
  });
});

describe('prepareSite timings', () => {
  test('should report config, render and model once each, in that order', async () => {
    const seen: BuildPhase[] = [];
    await prepareSite({ configFile: path.join(project(), 'mkdocs.yml'), onTiming: (phase, ms) => { assert.ok(ms >= 0); seen.push(phase); } });
    assert.deepEqual(seen, ['config', 'render', 'model']);
  });

  test('should not change the prepared site when a listener is given', async () => {
    const root = project();
    const without = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
    const timed = await prepareSite({ configFile: path.join(root, 'mkdocs.yml'), onTiming: () => undefined });
    assert.deepEqual(timed.model, without.model);
  });
});
