/**
 * src/integration/plugin-files.ts: the files plugins write beside the pages (sitemap.xml, the
 * tags plugin's tags.json, RSS feeds, redirect pages) as text by their place in the site folder,
 * which `build` writes and `serve` answers from memory; a name that leaves the folder is a
 * warning at the plugin, never a file.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { pluginFiles, servedFile, writePluginFiles } from '../../src/integration/plugin-files.ts';
import { prepareSite } from '../../src/site/prepare.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'plugin-files-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A two-page site with these `plugins:`, prepared as a build prepares it. */
async function site(plugins: string) {
  const dir = mkdtempSync(path.join(root, 'site-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'docs', 'index.md'), '---\ntags: [Alpha]\n---\n# Home\n');
  writeFileSync(path.join(dir, 'docs', 'guide.md'), '# Guide\n');
  writeFileSync(path.join(dir, 'mkdocs.yml'), `site_name: T\nsite_url: https://example.org/docs/\nplugins:\n${plugins}`);
  return prepareSite({ configFile: path.join(dir, 'mkdocs.yml'), siteDir: path.join(dir, 'site') });
}

describe('the files plugins write beside the pages', () => {
  test('should make the sitemap, the tags export and redirect pages by their place in the site folder', async () => {
    const prepared = await site('  - tags:\n      export_file: meta/./tags.json\n  - redirects:\n      redirect_maps:\n        old.md: guide.md\n');
    const { files, messages } = pluginFiles(prepared);
    assert.deepEqual(files.map((file) => file.to), ['sitemap.xml', 'meta/tags.json', 'old/index.html']);
    assert.match(files[0]?.text ?? '', /<loc>https:\/\/example\.org\/docs\/guide\/<\/loc>/);
    assert.match(files[1]?.text ?? '', /"Alpha"/);
    assert.match(files[2]?.text ?? '', /guide\//);
    assert.deepEqual(messages, []);
  });

  test("should make llmstxt's llms.txt, each listed page's Markdown and the full output, which serve finds; a full output outside the folder is a warning", async () => {
    const prepared = await site('  - llmstxt:\n      full_output: llms-full.txt\n      sections:\n        Pages:\n          - guide.md: How to\n');
    const { files, messages } = pluginFiles(prepared);
    assert.deepEqual(files.map((file) => file.to), ['sitemap.xml', 'llms.txt', 'guide/index.md', 'llms-full.txt']);
    assert.equal(servedFile(files, 'llms.txt')?.text, '# T\n\n## Pages\n\n- [Guide](https://example.org/docs/guide/index.md): How to\n\n');
    assert.equal(servedFile(files, 'guide/index.md')?.text, '# Guide\n');
    assert.deepEqual(messages, []);
    const outside = pluginFiles(await site('  - llmstxt:\n      full_output: ../all.txt\n'));
    assert.match(outside.messages[0]?.message ?? '', /llmstxt plugin: '\.\.\/all\.txt' lies outside the site folder; not written/);
  });

  test("should make the privacy plugin's style sheets and scripts, pointed at its downloads, written over their copies", async () => {
    const prepared = await site('  - privacy\n');
    const { files } = pluginFiles({ ...prepared, privacyFiles: [{ to: 'css/site.css', text: 'body{background:url(../assets/external/x.org/a.png)}' }] });
    assert.deepEqual(files.map((file) => file.to), ['sitemap.xml', 'css/site.css']);
    assert.equal(servedFile(files, 'css/site.css')?.text, 'body{background:url(../assets/external/x.org/a.png)}');
  });

  test('should not make a file whose name leaves the site folder, and warn at the plugin in mkdocs.yml', async () => {
    const prepared = await site('  - tags:\n      export_file: ../escaped.json\n');
    const { files, messages } = pluginFiles(prepared);
    assert.deepEqual(files.map((file) => file.to), ['sitemap.xml']);
    assert.equal(messages.length, 1);
    assert.match(messages[0]?.message ?? '', /export_file '..\/escaped.json' lies outside the site folder; not written/);
    assert.equal(messages[0]?.file, prepared.config.config_file_path);
    assert.equal(messages[0]?.line, 4, 'the plugin\'s line');
  });

  test('should write them under the site folder, making their folders', () => {
    const out = path.join(root, 'written');
    writePluginFiles(out, [{ to: 'meta/tags.json', text: '{"mappings": []}' }, { to: 'sitemap.xml', text: '<x/>' }]);
    assert.equal(readFileSync(path.join(out, 'meta', 'tags.json'), 'utf8'), '{"mappings": []}');
    assert.equal(existsSync(path.join(out, 'sitemap.xml')), true);
  });

  test('should find the file a request asks for, a folder by its index.html, and nothing else', () => {
    const files = [{ to: 'sitemap.xml', text: 'a' }, { to: 'old/index.html', text: 'b' }];
    assert.equal(servedFile(files, 'sitemap.xml')?.text, 'a');
    assert.equal(servedFile(files, 'old/')?.text, 'b');
    assert.equal(servedFile(files, 'old/index.html')?.text, 'b');
    assert.equal(servedFile(files, 'old'), undefined);
    assert.equal(servedFile(files, ''), undefined);
  });
});
