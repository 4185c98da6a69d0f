/** src/site/heap-keeper.ts: a collection once the heap has grown by the slack since the last one. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { DRAW_KEPT_PAGES, drawKeeper, heapKeeper } from '../../src/site/heap-keeper.ts';

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

test('keeps a big draw only, counting the buffers its objects hold as well as the heap', () => {
  let collections = 0;
  const collect = () => { collections++; };
  assert.equal(drawKeeper(DRAW_KEPT_PAGES - 1, collect), undefined);
  const keep = drawKeeper(DRAW_KEPT_PAGES, collect);
  assert.ok(keep);
  keep();
  assert.equal(collections, 0);
  // 80 MB of buffers (a page's bytes are one): past the slack though the heap hardly grew.
  const pages = Array.from({ length: 8 }, () => Buffer.alloc(10 << 20, 1));
  keep();
  assert.equal(collections, 1);
  assert.equal(pages.length, 8);
});
