/** src/site/heap-keeper.ts: a collection once the heap has grown by the slack since the last one. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { heapKeeper } from '../../src/site/heap-keeper.ts';

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
