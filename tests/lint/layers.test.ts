/**
 * The layer rules of ARCHITECTURE.md, as eslint.config.js enforces them: each "never" is tried
 * with a wrong import (which must be reported) and its allowed neighbours (which must not), so a
 * config edit that silently turns a rule into a no-op fails here.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const ROOT = path.resolve(import.meta.dirname, '../..');
// One ESLint for the file: building it loads typescript-eslint and the resolver once.
const eslint = new ESLint({ cwd: ROOT, cache: false });

/** The rule ids ESLint reports for `code` as if it were the file at `file` (relative to the root). */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal');
}

describe('the modules a build loads late', () => {
  it('should report a value import of vite or pagefind in src, and not a type import', async () => {
    assert.deepEqual(await rulesFor('src/theme/probe.ts', "import { minifySync } from 'vite';\nexport const m = minifySync;\n"), ['@typescript-eslint/no-restricted-imports']);
    assert.deepEqual(await rulesFor('src/search/probe.ts', "import { close } from 'pagefind';\nexport const c = close;\n"), ['@typescript-eslint/no-restricted-imports']);
    assert.deepEqual(await rulesFor('src/search/probe.ts', "import type { PagefindIndex } from 'pagefind';\nexport type I = PagefindIndex;\n"), []);
  });
});

describe('the layer rules of ARCHITECTURE.md', () => {
  it('should report markdown/core importing an extension', async () => {
    assert.deepEqual(await rulesFor('src/markdown/core/probe.ts', "export { classList } from '../extensions/admonition/mdast.ts';\n"), ['import-x/no-restricted-paths']);
  });

  it('should not report markdown/core importing core, nor an extension importing core or another extension', async () => {
    assert.deepEqual(await rulesFor('src/markdown/core/probe.ts', "export { splitFrontMatter } from './front-matter.ts';\n"), []);
    assert.deepEqual(await rulesFor('src/markdown/extensions/directives/probe.ts', "export { classList } from '../admonition/mdast.ts';\nexport { splitFrontMatter } from '../../core/front-matter.ts';\n"), []);
  });

  it('should report the site reaching into an extension, and not the site using src/markdown/index.ts', async () => {
    assert.deepEqual(await rulesFor('src/site/probe.ts', "export { snippetsOptions } from '../markdown/extensions/snippets/options.ts';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesFor('src/site/probe.ts', "export { snippetsOptions } from '../markdown/index.ts';\n"), []);
  });

  it('should report a layer importing one above it, and not one below it', async () => {
    assert.deepEqual(await rulesFor('src/site/probe.ts', "export { buildSearchIndex } from '../search/index.ts';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesFor('src/config/probe.ts', "export { buildNav } from '../nav/index.ts';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesFor('src/search/probe.ts', "export { formatMessage } from '../site/messages.ts';\n"), []);
    assert.deepEqual(await rulesFor('src/nav/probe.ts', "export { createIgnoreMatcher } from '../config/index.ts';\n"), []);
  });

  it('should report src/config importing src/markdown, and not src/markdown importing the spec both share in src/shared', async () => {
    assert.deepEqual(await rulesFor('src/config/probe.ts', "export { createRenderer } from '../markdown/index.ts';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesFor('src/markdown/probe.ts', "export { normalizeExtensions } from '../shared/extension-specs.ts';\n"), []);
  });

  it('should report src/theme and src/search importing each other, and not either importing the site model', async () => {
    assert.deepEqual(await rulesFor('src/theme/probe.ts', "export { pagefindConfig } from '../search/config.ts';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesFor('src/search/probe.ts', "export { initialPalette } from '../theme/palette.ts';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesFor('src/theme/probe.ts', "export type { SiteModel } from '../site/model.ts';\n"), []);
    assert.deepEqual(await rulesFor('src/search/probe.ts', "export type { SiteModel } from '../site/model.ts';\n"), []);
  });

  it('should report src/shared importing anything of ours, and not src/config importing src/shared', async () => {
    assert.deepEqual(await rulesFor('src/shared/probe.ts', "export { createRenderer } from '../markdown/index.ts';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesFor('src/config/probe.ts', "export { normalizeExtensions } from '../shared/extension-specs.ts';\n"), []);
  });

  it('should report astro imported by the renderer or the site, and not by the integration', async () => {
    assert.deepEqual(await rulesFor('src/markdown/probe.ts', "export { defineConfig } from 'astro/config';\n"), ['no-restricted-imports']);
    assert.deepEqual(await rulesFor('src/site/probe.ts', "export type { AstroIntegration } from 'astro';\n"), ['no-restricted-imports']);
    assert.deepEqual(await rulesFor('src/integration/probe.ts', "export type { AstroIntegration } from 'astro';\n"), []);
  });

  it('should report the Python analysis importing the renderer or astro, and not the renderer or the site importing it', async () => {
    assert.deepEqual(await rulesFor('src/python/probe.ts', "export { createRenderer } from '../markdown/index.ts';\n"), ['import-x/no-restricted-paths']);
    assert.deepEqual(await rulesFor('src/python/probe.ts', "export type { AstroIntegration } from 'astro';\n"), ['no-restricted-imports']);
    assert.deepEqual(await rulesFor('src/markdown/extensions/mkdocstrings/probe.ts', "export { parseDocstring } from '../../../python/docstrings/index.ts';\n"), []);
    assert.deepEqual(await rulesFor('src/site/probe.ts', "export { PythonCollection } from '../python/collection.ts';\n"), []);
  });
});
