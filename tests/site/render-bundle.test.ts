/**
 * The render worker starts from a bundle of its modules when a fresh one is kept in the user's
 * cache folder (src/site/render-bundle.ts), and renders the same pages from it as from the sources.
 */
import assert from 'node:assert/strict';
import childProcess from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, mock, test } from 'node:test';
import { makeWorkerBundle, workerEntry } from '../../src/site/render-bundle.ts';
import { prepareSite } from '../../src/site/prepare.ts';

const SOURCE_ENTRY = pathToFileURL(path.resolve(import.meta.dirname, '../../src/site/render-worker.ts')).href;

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-bundle-site-'));
  const files: Record<string, string> = {
    'mkdocs.yml': 'site_name: Bundle\nmarkdown_extensions:\n  - admonition\n  - pymdownx.superfences\n  - pymdownx.highlight\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n  - pymdownx.keys\n',
    'docs/index.md': '# Home\n\n!!! note\n    A note :smile: ++ctrl+alt+del++\n\n```python\ndef f(x):\n    return x\n```\n\n```rust\nfn main() {}\n```\n',
    'docs/a.md': `# A\n\n${'Some *text*.\n\n'.repeat(200)}`,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('the render worker bundle', () => {
  const cache = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-bundle-cache-'));
  const env = { XDG_CACHE_HOME: cache };
  let bundle: string | undefined;

  test('should start from the sources until a bundle is made, then from the bundle', async () => {
    assert.equal(workerEntry(env), SOURCE_ENTRY);
    bundle = await makeWorkerBundle(env);
    assert.ok(bundle, 'a bundle was made');
    assert.equal(workerEntry(env), bundle);
    assert.equal(workerEntry({ ...env, MKDOCS_ASTRO_BUNDLE: '0' }), SOURCE_ENTRY);
  });

  test('should render the same pages from the bundle as in this process', async () => {
    assert.ok(bundle);
    const configFile = path.join(project(), 'mkdocs.yml');
    const before = process.env['XDG_CACHE_HOME'];
    process.env['XDG_CACHE_HOME'] = cache;
    const spy = mock.method(childProcess, 'spawn');
    syncBuiltinESMExports();
    try {
      const off = await prepareSite({ configFile, beforeRender: () => ({ offMain: true }) });
      const started = spy.mock.calls.filter((call) => JSON.stringify(call.arguments).includes(bundle ?? '-'));
      assert.equal(started.length, 1, 'the worker started from the bundle');
      const here = await prepareSite({ configFile });
      assert.deepEqual(off.model, here.model);
      assert.match(here.model.pages[0]?.html ?? '', /class="highlight"/);
    } finally {
      spy.mock.restore();
      syncBuiltinESMExports();
      if (before === undefined) delete process.env['XDG_CACHE_HOME'];
      else process.env['XDG_CACHE_HOME'] = before;
    }
  });

  test('should not use a bundle one of whose files changed since it was made', () => {
    assert.ok(bundle);
    const folder = path.join(cache, 'mkdocs-astro');
    const recordFile = readdirSync(folder).find((name) => name.endsWith('.json'));
    assert.ok(recordFile);
    const file = path.join(folder, recordFile);
    const text = readFileSync(file, 'utf8');
    const record = JSON.parse(text) as { inputs: Array<[string, number, number]> };
    const first = record.inputs[0];
    assert.ok(first);
    first[1] += 1;
    writeFileSync(file, JSON.stringify(record));
    try {
      assert.equal(workerEntryWithoutMaking(env), SOURCE_ENTRY);
    } finally {
      writeFileSync(file, text);
    }
    assert.equal(workerEntry(env), bundle);
  });

  test('should keep no bundle in a cache folder others may write into', () => {
    assert.ok(bundle);
    if (typeof process.getuid !== 'function') return;
    const folder = path.join(cache, 'mkdocs-astro');
    chmodSync(folder, 0o777);
    try {
      assert.equal(workerEntryWithoutMaking(env), SOURCE_ENTRY);
    } finally {
      chmodSync(folder, 0o700);
    }
    assert.equal(workerEntry(env), bundle);
  });
});

/** workerEntry, with the bundle it would make at the process's end left unmade (MKDOCS_ASTRO_BUNDLE=0 skips the check itself). */
function workerEntryWithoutMaking(env: Record<string, string>): string {
  const listeners = process.listeners('beforeExit');
  const entry = workerEntry(env);
  for (const listener of process.listeners('beforeExit')) if (!listeners.includes(listener)) process.off('beforeExit', listener);
  return entry;
}
