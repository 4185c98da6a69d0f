/**
 * Where a cold build's Astro waits for its site (src/integration/site-ready.ts): once Vite has
 * built its bundles, the build is told this process is free, then handed the site when it arrives.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { siteReady } from '../../src/integration/site-ready.ts';

describe('siteReady', () => {
  test('should say this process waits before the site arrives, then hand the site over', async () => {
    const site = Promise.withResolvers<string>();
    const events: string[] = [];
    const plugin = siteReady(site.promise, (ready) => events.push(`ready ${ready}`), () => events.push('waiting'));
    const hook = plugin.buildApp;
    assert.ok(hook && typeof hook === 'object' && hook.order === 'post');
    const waited = hook.handler.call(undefined as never, undefined as never);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(events, ['waiting']);
    site.resolve('the site');
    await waited;
    assert.deepEqual(events, ['waiting', 'ready the site']);
  });
});
