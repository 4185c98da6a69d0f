/** src/site/heap-keeper.ts: a collection once the heap has grown by the slack since the last one. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { getHeapStatistics } from 'node:v8';
import { DRAW_KEPT_PAGES, drawKeeper, heapAndExternal, heapKeeper } from '../../src/site/heap-keeper.ts';

test('collects only once the heap has grown by the slack past what the last collection left', () => {
  let heap = 100;
  let collections = 0;
  const keep = heapKeeper(() => { collections++; heap = 120; }, 50, () => heap);
  assert.ok(keep);
  heap = 149;
  keep();
  assert.equal(collections, 0);
  heap = 150;
  keep();
  assert.equal(collections, 1);
  // The floor is now what the collection left (120), not the first reading.
  heap = 169;
  keep();
  assert.equal(collections, 1);
  heap = 170;
  keep();
  assert.equal(collections, 2);
});

test('is undefined without a way to collect, and finds gc itself under --expose-gc', () => {
  assert.equal(heapKeeper(undefined), undefined);
  const probe = `import('${new URL('../../src/site/heap-keeper.ts', import.meta.url).href}').then(({ heapKeeper }) => console.log(typeof heapKeeper()))`;
  const run = (flags: string[]) => spawnSync(process.execPath, [...flags, '-e', probe], { encoding: 'utf8' }).stdout.trim();
  assert.equal(run(['--expose-gc']), 'function');
  assert.equal(run([]), 'undefined');
});

test('keeps a big draw only, collecting once it has grown by 64 MB', () => {
  let used = 100 << 20;
  let collections = 0;
  const collect = () => { collections++; used = 110 << 20; };
  assert.equal(drawKeeper(DRAW_KEPT_PAGES - 1, collect, () => used), undefined);
  const keep = drawKeeper(DRAW_KEPT_PAGES, collect, () => used);
  assert.ok(keep);
  used += (64 << 20) - 1;
  keep();
  assert.equal(collections, 0);
  used += 1;
  keep();
  assert.equal(collections, 1);
});

test('measures a draw by its heap and the buffers its objects hold (a page\'s bytes)', () => {
  const page = Buffer.alloc(32 << 20, 1);
  const outside = heapAndExternal() - getHeapStatistics().used_heap_size;
  assert.ok(outside >= (31 << 20), `${outside} bytes outside the heap, with a 32 MB buffer held`);
  assert.equal(page.length, 32 << 20);
});
