import assert from 'node:assert/strict';
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { describe, mock, test } from 'node:test';
import { earlyWorker } from '../../src/cli/early-worker.ts';
import { buildsSite } from '../../src/cli/options.ts';

/** The processes started while `work` runs. */
function spawned<T>(work: () => T): { result: T; count: number } {
  const spy = mock.method(childProcess, 'spawn');
  syncBuiltinESMExports();
  try {
    const result = work();
    return { result, count: spy.mock.calls.length };
  } finally {
    spy.mock.restore();
    syncBuiltinESMExports();
  }
}

describe('earlyWorker', () => {
  test('should start a render worker for a command that builds, which the build can take', () => {
    // No command builds, as MkDocs does; the command is the first word wherever it stands.
    for (const argv of [['build'], ['build', '-f', 'mkdocs.yml', '--strict'], ['gh-deploy', '--force'], [], ['-f', 'x.yml', 'build']]) {
      const { result: spare, count } = spawned(() => earlyWorker(argv));
      assert.equal(count, 1, argv.join(' '));
      const worker = spare?.take();
      assert.ok(worker, argv.join(' '));
      worker.kill();
      spare?.dispose();
    }
  });

  test('should start none for other commands, help or the version', () => {
    for (const argv of [['serve'], ['preview'], ['new', 'site'], ['build', '--help'], ['gh-deploy', '-h'], ['--version'], ['build', '-V'], ['nonsense']]) {
      const { result, count } = spawned(() => earlyWorker(argv));
      assert.equal(result, undefined, argv.join(' '));
      assert.equal(count, 0, argv.join(' '));
    }
  });
});

describe('buildsSite', () => {
  test('should be true only for a command line that builds a site, so start.ts ends only such a process at once', () => {
    for (const argv of [['build'], ['build', '-q', '-d', 'out'], ['gh-deploy', '--force'], [], ['--strict'], ['-v', 'build'], ['-f', 'x.yml', 'gh-deploy']]) assert.equal(buildsSite(argv), true, argv.join(' '));
    // A server returns as it starts (it must keep running); help and the version build nothing.
    for (const argv of [['serve'], ['dev'], ['preview', '-a', '127.0.0.1:8000'], ['new', 'site'], ['build', '--help'], ['gh-deploy', '-h'], ['--version'], ['build', '-V'], ['nonsense']]) assert.equal(buildsSite(argv), false, argv.join(' '));
  });
});
