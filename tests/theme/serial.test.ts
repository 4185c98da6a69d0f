/**
 * The queue Mermaid's CSP patches run through (src/components/scripts/serial.ts): two draws that
 * overlap would leave the page's prototypes patched, so they must never run at once.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSerial } from '../../src/components/scripts/serial.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createSerial', () => {
  test('a task started while another runs waits for it, as two pages\' Mermaid draws must', async () => {
    const run = createSerial();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name} starts`);
      await tick();
      log.push(`${name} ends`);
      return name;
    };
    const results = await Promise.all([run(task('a')), run(task('b')), run(task('c'))]);
    assert.deepEqual(results, ['a', 'b', 'c']);
    assert.deepEqual(log, ['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  test('a task that fails gives its caller the error and does not stop the next one', async () => {
    const run = createSerial();
    const failed = run(async () => { await tick(); throw new Error('draw failed'); });
    const next = run(async () => 'drawn');
    await assert.rejects(failed, /draw failed/);
    assert.equal(await next, 'drawn');
  });
});
