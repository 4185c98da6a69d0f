/**
 * One bad input is reported at its file (and line) and affects only itself: prepareSite, the
 * stage before Astro, on small projects written to a temporary folder.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { prepareSite } from '../../src/site/prepare.ts';
import { htmlText } from '../../src/shared/page-html.ts';

function project(files: Record<string, string | Uint8Array>, config = 'site_name: Test\n'): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-bad-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  writeFileSync(path.join(root, 'mkdocs.yml'), config);
  return root;
}

describe('prepareSite on bad input', () => {
  test('should decode invalid UTF-8 with replacement characters and warn at the file, line and byte', async () => {
    const root = project({ 'docs/index.md': '# Home\n', 'docs/latin1.md': Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n\nok\n')]) });
    const site = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
    const warning = site.messages.find((m) => /invalid UTF-8/.test(m.message));
    assert.ok(warning, 'a warning about the encoding');
    assert.equal(warning.severity, 'warning');
    assert.equal(warning.file, path.join(root, 'docs', 'latin1.md'));
    assert.equal(warning.line, 1);
    assert.match(warning.message, /byte 5/);
    const page = site.model.pages.find((p) => p.src === 'latin1.md');
    assert.match(htmlText(page?.html ?? ''), /Caf\uFFFD/);
    assert.equal(site.model.pages.length, 2);
  });

  test('should not warn about valid UTF-8, and drop a leading BOM as MkDocs does', async () => {
    const root = project({ 'docs/index.md': '\uFEFF# Héllo wörld ✓ 🎉\n' });
    const site = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
    assert.deepEqual(site.messages.filter((m) => /UTF-8/.test(m.message)), []);
    assert.match(htmlText(site.model.pages[0]?.html ?? ''), /^<h1 id="hello-world">Héllo wörld ✓ 🎉<\/h1>/);
  });

  test('should report a dangling symlink in docs_dir, custom_dir and assets/ and build the rest', async () => {
    const root = project({ 'docs/index.md': '# Home\n', 'overrides/keep.css': 'a{}', 'assets/keep.png': 'png' }, 'site_name: Test\ntheme:\n  name: material\n  custom_dir: overrides\n');
    symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'docs', 'gone.md'));
    symlinkSync(path.join(root, 'nowhere.css'), path.join(root, 'overrides', 'gone.css'));
    symlinkSync(path.join(root, 'nowhere.png'), path.join(root, 'assets', 'gone.png'));
    const site = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
    const broken = site.messages.filter((m) => /broken symbolic link/.test(m.message)).map((m) => path.relative(root, m.file ?? ''));
    assert.deepEqual(broken.sort(), ['assets/gone.png', 'docs/gone.md', 'overrides/gone.css']);
    assert.ok(site.messages.every((m) => m.severity !== 'error'));
    assert.deepEqual(site.model.pages.map((p) => p.src), ['index.md']);
    assert.deepEqual(site.staticFiles.map((f) => f.to).sort(), ['assets/keep.png', 'keep.css']);
  });

  test('should warn about a snippet that cannot be looked up, at the page line, and render the rest of the page', async () => {
    const root = project({ 'docs/index.md': `# Home\n\n--8<-- "${'n'.repeat(4000)}.md"\n\nAfter.\n` }, 'site_name: Test\nmarkdown_extensions:\n  - pymdownx.snippets\n');
    const site = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
    const warning = site.messages.find((m) => /too long/.test(m.message));
    assert.equal(warning?.severity, 'warning');
    assert.equal(warning?.line, 3);
    assert.match(htmlText(site.model.pages[0]?.html ?? ''), /After\./);
  });

  test('should write each page once whatever its neighbours hold', async () => {
    const root = project({ 'docs/index.md': '# Home\n', 'docs/a.md': '# A\n', 'docs/a/index.md': '# A index\n' });
    const site = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
    assert.deepEqual(site.model.pages.map((p) => p.dest).sort(), ['a/index.html', 'index.html']);
    assert.ok(site.messages.some((m) => /excluding 'a\.md'/.test(m.message)));
  });
});

describe('nav messages', () => {
  test('should point a missing nav entry at its mkdocs.yml line and column', async () => {
    const root = project({ 'docs/index.md': '# Home\n' }, 'site_name: Test\nnav:\n  - Home: index.md\n  - Guide:\n      - Setup: setup.md\n');
    const site = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
    const missing = site.messages.find((m) => /setup\.md/.test(m.message));
    assert.equal(missing?.file, path.join(root, 'mkdocs.yml'));
    assert.equal(missing?.line, 5);
    assert.equal(missing?.column, 16);
  });

  test('should leave pages matched by not_in_nav out of a generated nav', async () => {
    const root = project({ 'docs/index.md': '# Home\n', 'docs/drafts/wip.md': '# WIP\n', 'docs/guide.md': '# Guide\n' }, 'site_name: Test\nnot_in_nav: |\n  /drafts/\n');
    const site = await prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
    const titles = JSON.stringify(site.model.site.nav);
    assert.match(titles, /Guide/);
    assert.doesNotMatch(titles, /WIP/);
    assert.ok(site.model.pages.some((p) => p.src === 'drafts/wip.md'), 'the page is still built');
  });
});
