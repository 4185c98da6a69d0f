/**
 * src/integration/ssr-externals.ts: which of our modules a build's server bundle imports from
 * their files instead of bundling, and the rule that makes that safe: every such module (and so
 * everything it imports of ours) is one Node can load, importing nothing only Vite resolves. Every
 * e2e build runs through the plugin.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { isPlainModule, ssrExternalsPlugin } from '../../src/integration/ssr-externals.ts';
import { REPO } from '../helpers/build-site.ts';

const SRC = path.join(REPO, 'src');
const root = `${SRC}${path.sep}`;

/** Calls the plugin's resolveId as Vite would, with `resolve` standing in for Vite's resolver. */
async function decide(source: string, importer: string | undefined, resolved: { id: string; external?: boolean } | null) {
  const plugin = ssrExternalsPlugin(SRC);
  const hook = plugin.resolveId;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  assert.ok(handler);
  const context = { resolve: () => Promise.resolve(resolved) };
  return handler.call(context as never, source, importer, { attributes: {}, isEntry: false });
}

describe('the server bundle\'s externals', () => {
  test('our plain modules are external, by file URL; components, layouts and the middleware are bundled', () => {
    assert.equal(isPlainModule(path.join(SRC, 'theme/urls.ts'), root), true);
    assert.equal(isPlainModule(path.join(SRC, 'markdown/index.ts'), root), true);
    assert.equal(isPlainModule(path.join(SRC, 'components/scripts/toc.ts'), root), false);
    assert.equal(isPlainModule(path.join(SRC, 'layouts/Page.astro'), root), false);
    assert.equal(isPlainModule(path.join(SRC, 'integration/page-middleware.ts'), root), false);
    assert.equal(isPlainModule(path.join(SRC, 'theme/urls.ts?raw'), root), false);
    assert.equal(isPlainModule(path.join(REPO, 'node_modules/vfile/index.ts'), root), false);
  });

  test('resolveId hands a relative import of a plain module back as an external file URL, and leaves the rest to Vite', async () => {
    const page = path.join(SRC, 'layouts/Page.astro');
    const urls = path.join(SRC, 'theme/urls.ts');
    assert.deepEqual(await decide('../theme/urls.ts', page, { id: urls }), { id: pathToFileURL(urls).href, external: true });
    assert.equal(await decide('./scripts/toc.ts', path.join(SRC, 'components/Toc.astro'), { id: path.join(SRC, 'components/scripts/toc.ts') }), null);
    assert.equal(await decide('hastscript', page, { id: path.join(REPO, 'node_modules/hastscript/index.js') }), null);
    assert.equal(await decide('../theme/urls.ts', undefined, { id: urls }), null, 'an entry point');
    assert.equal(await decide('../theme/missing.ts', page, null), null, 'what Vite cannot resolve, Vite reports');
  });

  test('no module left external imports what only Vite resolves (virtual modules, astro:, ?url, .astro, .css)', () => {
    const viteOnly = /(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
    const offenders: string[] = [];
    for (const entry of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
      const file = path.join(SRC, entry);
      if (!isPlainModule(file, root)) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(viteOnly)) {
        const specifier = match[1] ?? match[2] ?? '';
        if (/^(?:virtual:|astro:)|\?|\.(?:astro|css)$/.test(specifier)) offenders.push(`${entry}: ${specifier}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
