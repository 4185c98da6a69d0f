import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { siteArrival } from '../../src/integration/site-arrival.ts';

/** Runs the plugin's buildApp hook, as Vite does once it has built the bundles. */
async function viteBuilt(arrival: ReturnType<typeof siteArrival>): Promise<void> {
  const hook = arrival.plugin.buildApp;
  const handler: unknown = typeof hook === 'object' && hook !== null && 'handler' in hook ? hook.handler : undefined;
  if (typeof handler !== 'function') throw new Error('no buildApp hook');
  // The hook reads neither its context nor Vite's builder.
  await Reflect.apply(handler, undefined, []);
}

describe('siteArrival', () => {
  test('should give a site that is there to ready only once Vite is done', async () => {
    const steps: string[] = [];
    const arrival = siteArrival(Promise.resolve('the site'), { ready: (ready) => steps.push(`ready ${ready}`), bundled: () => steps.push('bundled') });
    await new Promise((resolve) => setImmediate(resolve));
    // Before Vite is done: nothing runs, and no page can be waiting.
    assert.equal(arrival.arrived(), undefined);
    assert.deepEqual(steps, []);
    await viteBuilt(arrival);
    await arrival.arrived();
    assert.deepEqual(steps, ['bundled', 'ready the site']);
  });

  test('should tell of the pages waiting once, and settle arrived() once ready has taken the site', async () => {
    const steps: string[] = [];
    const site = Promise.withResolvers<string>();
    const arrival = siteArrival(site.promise, { ready: (ready) => steps.push(`ready ${ready}`), bundled: () => steps.push('bundled'), waiting: () => steps.push('waiting') });
    await viteBuilt(arrival);
    const first = arrival.arrived();
    const second = arrival.arrived();
    assert.ok(first);
    let settled = false;
    void first.then(() => {
      settled = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(settled, false);
    assert.deepEqual(steps, ['bundled', 'waiting']);
    site.resolve('the site');
    await first;
    await second;
    assert.deepEqual(steps, ['bundled', 'waiting', 'ready the site']);
  });

  test('should reject arrived() with the error that prepared the site, never unhandled when nobody asks', async () => {
    const failed = new Error('aborted with 2 warning(s) in strict mode');
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', onUnhandled);
    try {
      const asked = siteArrival(Promise.reject(failed), { ready: () => assert.fail('ready for a site that failed') });
      await viteBuilt(asked);
      await assert.rejects(asked.arrived() ?? Promise.resolve(), failed);
      // Astro failed before any page asked: the rejection is handled all the same.
      const unasked = siteArrival(Promise.reject(new Error('never asked for')), { ready: () => undefined });
      await viteBuilt(unasked);
      await new Promise((resolve) => setTimeout(resolve, 10));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
