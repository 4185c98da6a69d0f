/** The real-world proving ground: only run when the corpus is next to this repository. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig, PythonValue } from '../../src/config/index.ts';

const file = '/work/shared/corpus/privacyguides/mkdocs.yml';
const skip = existsSync(file) ? false : 'the Privacy Guides corpus is not present';

describe('the Privacy Guides mkdocs.yml', { skip }, () => {
  it('should load with the !ENV defaults when no variable is set', () => {
    const { config } = loadConfig(file, { env: {} });
    assert.equal(config.site_name, 'Privacy Guides');
    assert.equal(config.docs_dir, path.join(path.dirname(file), 'docs'));
    assert.equal(config.theme.name, 'material');
    assert.equal(config.theme.palette.length, 3);
    assert.equal(typeof config.theme.font === 'object' && config.theme.font.code, 'DM Mono');
    assert.equal(config.repo_name, '');
    assert.equal(config.edit_uri_template, 'blob/main/docs/{path}?plain=1');
  });

  it('should read the nav with its !ENV titles as keys', () => {
    const { config } = loadConfig(file, { env: {} });
    const nav = config.nav ?? [];
    assert.deepEqual(nav[0], { Home: 'index.md' });
    const titles = nav.map((item) => (typeof item === 'string' ? item : Object.keys(item)[0]));
    assert.ok(titles.includes('Knowledge Base'));
    assert.ok(titles.includes('Activism'));
    const articles = nav.find((item) => typeof item !== 'string' && 'Articles' in item);
    assert.deepEqual(articles, { Articles: '/articles/' });
  });

  it('should take nav titles from the environment when set', () => {
    const { config } = loadConfig(file, { env: { NAV_HOME: 'Accueil' } });
    assert.deepEqual(config.nav?.[0], { Accueil: 'index.md' });
  });

  it('should list the markdown extensions in order, builtins first, options intact', () => {
    const { config } = loadConfig(file, { env: {} });
    const names = config.markdown_extensions.map((spec) => spec.name);
    assert.deepEqual(names.slice(0, 4), ['toc', 'tables', 'fenced_code', 'admonition']);
    assert.ok(names.includes('pymdownx.snippets'));
    const byName = new Map(config.markdown_extensions.map((spec) => [spec.name, spec.options]));
    assert.deepEqual(byName.get('toc'), { toc_depth: 4 });
    assert.deepEqual(byName.get('pymdownx.snippets'), { auto_append: ['includes/abbreviations.en.txt'] });
    assert.ok(byName.get('pymdownx.emoji')?.['emoji_index'] instanceof PythonValue);
  });

  it('should not warn about search, tags or privacy (src/site/privacy.ts), and only note the plugins switched off', () => {
    const { messages } = loadConfig(file, { env: {} });
    const named = messages.map((m) => m.message);
    assert.ok(!named.some((m) => m.includes("'tags'")));
    assert.ok(!named.some((m) => m.includes("'privacy'")));
    assert.ok(named.includes("plugin 'offline' is not supported; ignored"));
    assert.ok(messages.every((m) => m.severity === 'info'));
    assert.ok(!named.some((m) => m.includes("'search'")));
    assert.ok(messages.every((m) => m.file === file && typeof m.line === 'number'));
  });
});
