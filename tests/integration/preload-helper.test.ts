/**
 * The smaller `__vitePreload` (src/integration/preload-helper.ts), run against a stand-in
 * document: what it links for an import's dependencies, and when the import runs. The built
 * pages' lazily loaded parts run through it in the browser tests (features, search, instant…).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createPreload, preloadHelperModule } from '../../src/integration/preload-helper.ts';

/** A document that records the links appended to its head; `load` says how a stylesheet ends. */
function fakeDocument(present: string[] = []) {
  const appended: Array<{ rel: string; href: string; fire: (type: string) => void }> = [];
  const doc = {
    baseURI: 'https://example.org/guide/page/',
    querySelectorAll: () => present.map((href) => ({ href })),
    createElement: () => {
      const listeners = new Map<string, () => void>();
      const link = { rel: '', href: '', addEventListener: (type: string, listener: () => void) => listeners.set(type, listener), fire: (type: string) => listeners.get(type)?.() };
      return link;
    },
    head: { append: (link: (typeof appended)[number]) => appended.push(link) },
  };
  return { doc: doc as unknown as Document, appended };
}

describe('the preload helper', () => {
  test('links each chunk the import needs under the base path, once, and runs the import', async () => {
    const { doc, appended } = fakeDocument();
    const preload = createPreload('/guide/', doc);
    assert.equal(await preload(() => Promise.resolve('a'), ['_astro/a.js', '_astro/labels.js']), 'a');
    assert.equal(await preload(() => Promise.resolve('b'), ['_astro/b.js', '_astro/labels.js']), 'b');
    assert.deepEqual(appended.map((link) => [link.rel, link.href]), [
      ['modulepreload', 'https://example.org/guide/_astro/a.js'],
      ['modulepreload', 'https://example.org/guide/_astro/labels.js'],
      ['modulepreload', 'https://example.org/guide/_astro/b.js'],
    ]);
  });

  test('an import without dependencies just runs', async () => {
    const { doc, appended } = fakeDocument();
    assert.equal(await createPreload('/', doc)(() => Promise.resolve(1)), 1);
    assert.equal(await createPreload('/', doc)(() => Promise.resolve(2), []), 2);
    assert.equal(appended.length, 0);
  });

  test('a stylesheet is linked and waited for (loaded or failed) before the module runs; one the page links already is not linked again', async () => {
    const { doc, appended } = fakeDocument(['https://example.org/_astro/page.css']);
    const preload = createPreload('/', doc);
    let ran = false;
    const done = preload(() => { ran = true; return Promise.resolve(); }, ['_astro/m.js', '_astro/m.css', '_astro/page.css']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(ran, false, 'waits for the stylesheet');
    assert.deepEqual(appended.map((link) => link.rel), ['modulepreload', 'stylesheet']);
    appended[1]?.fire('error');
    await done;
    assert.equal(ran, true);
  });

  test('a failed import rejects, as the import itself would', async () => {
    const { doc } = fakeDocument();
    await assert.rejects(createPreload('/', doc)(() => Promise.reject(new Error('offline')), ['_astro/x.js']), /offline/);
  });

  test('the module the page imports is the helper, self-contained, for the base path', async () => {
    const source = preloadHelperModule('/guide/');
    assert.match(source, /^export const __vitePreload = \(/);
    assert.ok(source.includes('("/guide/", document)'));
    // It parses and runs as the module a browser gets (no imports, no types).
    const url = `data:text/javascript,${encodeURIComponent(source.replace('document)', 'globalThis.fakeDocument)'))}`;
    Reflect.set(globalThis, 'fakeDocument', fakeDocument().doc);
    const module = (await import(url)) as { __vitePreload: ReturnType<typeof createPreload> };
    assert.equal(await module.__vitePreload(() => Promise.resolve('ran'), []), 'ran');
    Reflect.deleteProperty(globalThis, 'fakeDocument');
  });
});
