/**
 * mkdocs-exclude: its `glob` (fnmatchcase) and `regex` (re.match) options over docs-relative file
 * paths, and discoverFiles leaving what they match out of pages and static files alike.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { discoverFiles } from '../../src/site/discover.ts';
import { excludePlugin } from '../../src/site/exclude-plugin.ts';
import { sitePlugins } from '../../src/site/plugins.ts';
import { discoverStage } from '../../src/site/stages/discover.ts';
import { loadStage } from '../../src/site/stages/load.ts';

const filter = (options: Record<string, unknown>) => excludePlugin([{ name: 'exclude', options }]);

function docs(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mkdocs-exclude-'));
  for (const file of files) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '# x\n');
  }
  return dir;
}

describe('excludePlugin', () => {
  it('should match globs with fnmatch: * crosses folders, the whole path must match, case counts', () => {
    const exclude = filter({ glob: ['drafts/*', '*.tmp'] }).exclude;
    assert.ok(exclude);
    assert.equal(exclude('drafts/a.md'), true);
    assert.equal(exclude('drafts/deep/b.md'), true);
    assert.equal(exclude('notes/x.tmp'), true);
    assert.equal(exclude('x.tmp.md'), false);
    assert.equal(exclude('Drafts/a.md'), false);
    assert.equal(exclude('guide/drafts/a.md'), false);
  });

  it('should read a glob with a reversed range ([z-a].md) as matching nothing, as Python 3.9+ does, not stop the build', () => {
    const { exclude, problems } = filter({ glob: ['[z-a].md', '[!z-a]x.md'] });
    assert.deepEqual(problems, []);
    assert.equal(exclude?.('z.md'), false);
    assert.equal(exclude?.('a.md'), false);
    assert.equal(exclude?.('qx.md'), true);
  });

  it('should not match a folder by its name alone, as the plugin sees only files', () => {
    const exclude = filter({ glob: 'drafts' }).exclude;
    assert.equal(exclude?.('drafts/a.md'), false);
    assert.equal(exclude?.('drafts'), true);
  });

  it('should match regexes from the start of the path only, as re.match does', () => {
    const exclude = filter({ regex: ['.*\\.(bak|orig)$', 'private'] }).exclude;
    assert.equal(exclude?.('a/b.md.bak'), true);
    assert.equal(exclude?.('private/x.md'), true);
    assert.equal(exclude?.('privateer.md'), true);
    assert.equal(exclude?.('docs/private/x.md'), false);
    assert.equal(exclude?.('a.bak.md'), false);
  });

  it('should read Python\'s own regex syntax: (?P<name>…), (?P=name) and leading inline flags', () => {
    const { exclude, problems } = filter({ regex: ['(?P<d>[a-z])(?P=d)\\.md$', '(?i)drafts/', '(?s)notes/.*x'] });
    assert.deepEqual(problems, []);
    assert.equal(exclude?.('aa.md'), true);
    assert.equal(exclude?.('ab.md'), false);
    assert.equal(exclude?.('Drafts/a.md'), true);
    assert.equal(exclude?.('notes/a\nx.md'), true);
  });

  it('should take one string or a list, and name a wrong value or a broken regex without failing', () => {
    assert.equal(filter({}).exclude, undefined);
    assert.equal(filter({ glob: null, regex: null }).exclude, undefined);
    const bad = filter({ glob: 3, regex: ['(unclosed', 'ok'], nope: 1 });
    assert.equal(bad.exclude?.('ok.md'), true);
    assert.equal(bad.problems.length, 3);
    assert.match(bad.problems.join('\n'), /unknown option 'nope'/);
    assert.match(bad.problems.join('\n'), /'glob' must be a string or a list of strings, found 3/);
    assert.match(bad.problems.join('\n'), /regex '\(unclosed' is not a valid regular expression.*the files it meant to exclude are published/);
  });

  it('should do nothing when the plugin is not listed or is switched off', () => {
    assert.equal(excludePlugin([{ name: 'search', options: {} }]).exclude, undefined);
    assert.equal(filter({ glob: '*', enabled: false }).exclude, undefined);
  });
});

describe('discoverFiles with mkdocs-exclude', () => {
  const tree = ['index.md', 'drafts/wip.md', 'drafts/img.png', 'guide/a.md', 'guide/a.md.orig', 'guide/keep.png'];

  it('should leave matched files out of the pages and the static files', () => {
    const exclude = filter({ glob: ['drafts/*'], regex: ['.*\\.orig$'] }).exclude;
    const found = discoverFiles(docs(tree), { useDirectoryUrls: true, excludeFile: exclude });
    assert.deepEqual(found.pages.map((page) => page.src), ['index.md', 'guide/a.md']);
    assert.deepEqual(found.assets, ['guide/keep.png']);
  });

  it('should keep every file without the plugin', () => {
    const found = discoverFiles(docs(tree), { useDirectoryUrls: true });
    assert.equal(found.pages.length + found.assets.length, tree.length);
  });

  it('should reach the discover stage from mkdocs.yml, so excluded files are not in the link index either', () => {
    const root = docs(tree.map((file) => `docs/${file}`));
    writeFileSync(path.join(root, 'mkdocs.yml'), "site_name: x\nplugins:\n  - exclude:\n      glob: 'drafts/*'\n");
    const site = discoverStage(loadStage({ configFile: path.join(root, 'mkdocs.yml') }));
    assert.deepEqual(site.pages.map((page) => page.src), ['index.md', 'guide/a.md']);
    assert.equal(site.index.docsFiles.has('drafts/img.png'), false);
    assert.equal(site.index.pages.has('drafts/wip.md'), false);
    assert.equal(site.index.docsFiles.has('guide/a.md.orig'), true);
  });

  it('should locate its option warnings at its entry in mkdocs.yml', () => {
    const place = (name: string) => (name === 'exclude' ? { file: '/p/mkdocs.yml', line: 4, column: 5 } : undefined);
    const plugins = sitePlugins({ plugins: [{ name: 'exclude', options: { glob: 1 } }], markdown_extensions: [], extra: {}, config_file_path: '/p/mkdocs.yml' }, false, place);
    assert.deepEqual(plugins.messages.map((m) => `${m.file}:${String(m.line)} ${m.message}`), ["/p/mkdocs.yml:4 exclude plugin: 'glob' must be a string or a list of strings, found 1; ignored"]);
  });
});
