/**
 * The build's search index makes whoever hands it pages wait while too many are waiting
 * (SearchIndexer.room): pages made faster than Pagefind takes them do not pile up in the build's
 * memory, and every page handed over is still indexed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { noSearchIndex, startSearchIndex } from '../../src/search/index.ts';

const page = (n: number) => `<!doctype html><html lang="en"><head><title>P${n}</title></head><body><article data-pagefind-body><h1 id="p">Page ${n}</h1><p>Word${n} and more text.</p></article></body></html>`;

/** Whether `promise` has settled after a turn of the event loop. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => { done = true; });
  await turn();
  return done;
}

describe('SearchIndexer.room', () => {
  test('should be there at once while few pages wait, then make the next wait until Pagefind has taken some', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'search-room-'));
    const index = startSearchIndex('en');
    try {
      index.add('p0/index.html', page(0));
      assert.equal(await settled(index.room()), true);
      // Far more than wait at most: Pagefind has not even started yet.
      for (let n = 1; n < 200; n++) index.add(`p${n}/index.html`, page(n));
      const room = index.room();
      assert.equal(await settled(room), false);
      await room;
      const result = await index.finish(dir);
      assert.deepEqual(result.messages, []);
      assert.equal(result.pages, 200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('should always be there without search', async () => {
    assert.equal(await settled(noSearchIndex().room()), true);
  });
});
