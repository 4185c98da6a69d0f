/**
 * How the command starts a build's process (bin/memory-tuning.js): a small young generation, an
 * old generation that grows by 100% at most, two malloc arenas and one V8 background thread,
 * unless the user set them or the process was started so already.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TUNED_FLAGS, tunedStart } from '../../bin/memory-tuning.js';
import { workerFlags } from '../../src/site/render-process.ts';

describe('tunedStart', () => {
  test('should start a build with a 16 MB young generation, a slower-growing old one, two arenas, one V8 background thread and gc() exposed, saying which flags it added', () => {
    const flags = ['--max-semi-space-size=16', '--heap-growing-percent=100', '--v8-pool-size=1', '--expose-gc'];
    assert.deepEqual(tunedStart([], { PATH: '/usr/bin' }), { flags, env: { PATH: '/usr/bin', MALLOC_ARENA_MAX: '2', [TUNED_FLAGS]: flags.join(' ') } });
  });

  test('should keep a young generation, growth, thread count or arena count the user set', () => {
    assert.deepEqual(tunedStart(['--max-semi-space-size=8', '--heap-growing-percent=30', '--v8-pool-size=2', '--expose-gc'], { MALLOC_ARENA_MAX: '4' })?.flags, []);
    assert.deepEqual(tunedStart(['--max-semi-space-size=8'], {})?.flags, ['--heap-growing-percent=100', '--v8-pool-size=1', '--expose-gc']);
    const options = '--require x.cjs --max-semi-space-size=8 --heap-growing-percent=30 --v8-pool-size=0 --expose-gc';
    assert.deepEqual(tunedStart([], { NODE_OPTIONS: options })?.env, { NODE_OPTIONS: options, MALLOC_ARENA_MAX: '2', [TUNED_FLAGS]: '' });
    assert.equal(tunedStart([], { MALLOC_ARENA_MAX: '4' })?.env['MALLOC_ARENA_MAX'], '4');
  });

  test('should not start a process started so again', () => {
    assert.equal(tunedStart(['--max-semi-space-size=16'], { [TUNED_FLAGS]: '--max-semi-space-size=16' }), undefined);
  });

  test('should leave the flags it added out of a render worker\'s, which has its own rule', () => {
    const tuned = ['--max-semi-space-size=16', '--heap-growing-percent=100', '--v8-pool-size=1', '--expose-gc'];
    assert.deepEqual(workerFlags(tuned, '', false, tuned.join(' ')), ['--always-sparkplug', '--no-regexp-tier-up', '--max-opt=2', '--expose-gc']);
    assert.deepEqual(workerFlags(tuned, '', true, tuned.join(' ')), ['--always-sparkplug', '--no-regexp-tier-up', '--max-semi-space-size=16', '--heap-growing-percent=100', '--expose-gc']);
    // The user's own size, given on the command line, is theirs to keep.
    assert.deepEqual(workerFlags(['--max-semi-space-size=32'], '', true, ''), ['--always-sparkplug', '--no-regexp-tier-up', '--heap-growing-percent=100', '--max-semi-space-size=32', '--expose-gc']);
  });
});
