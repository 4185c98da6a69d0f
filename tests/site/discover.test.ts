import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { discoverFiles, quoteUrl } from '../../src/site/discover.ts';

function docs(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mkdocs-discover-'));
  for (const file of files) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '# x\n');
  }
  return dir;
}

const tree = [
  'index.md',
  'b.md',
  'A.md',
  'img/logo.png',
  'guide/setup.md',
  'guide/index.md',
  'guide/advanced/tuning.md',
  'about/README.md',
  'about/team.md',
  'extra.css',
];

describe('discoverFiles', () => {
  it('should list pages in MkDocs order: index first, names by code point, folders after files', () => {
    const { pages, assets } = discoverFiles(docs(tree), { useDirectoryUrls: true });
    assert.deepEqual(pages.map((page) => page.src), [
      'index.md',
      'A.md',
      'b.md',
      'about/README.md',
      'about/team.md',
      'guide/index.md',
      'guide/setup.md',
      'guide/advanced/tuning.md',
    ]);
    assert.deepEqual(assets, ['extra.css', 'img/logo.png']);
  });

  it('should give directory URLs and index.html outputs with use_directory_urls', () => {
    const { pages } = discoverFiles(docs(tree), { useDirectoryUrls: true });
    const bySrc = new Map(pages.map((page) => [page.src, page]));
    assert.deepEqual(bySrc.get('index.md'), { src: 'index.md', url: '', dest: 'index.html', isIndex: true });
    assert.deepEqual(bySrc.get('b.md'), { src: 'b.md', url: 'b/', dest: 'b/index.html', isIndex: false });
    assert.deepEqual(bySrc.get('about/README.md'), { src: 'about/README.md', url: 'about/', dest: 'about/index.html', isIndex: true });
    assert.deepEqual(bySrc.get('guide/advanced/tuning.md'), {
      src: 'guide/advanced/tuning.md',
      url: 'guide/advanced/tuning/',
      dest: 'guide/advanced/tuning/index.html',
      isIndex: false,
    });
  });

  it('should give .html URLs and outputs without use_directory_urls', () => {
    const { pages } = discoverFiles(docs(tree), { useDirectoryUrls: false });
    const bySrc = new Map(pages.map((page) => [page.src, page]));
    assert.deepEqual(bySrc.get('index.md'), { src: 'index.md', url: 'index.html', dest: 'index.html', isIndex: true });
    assert.deepEqual(bySrc.get('b.md'), { src: 'b.md', url: 'b.html', dest: 'b.html', isIndex: false });
    assert.deepEqual(bySrc.get('about/README.md'), { src: 'about/README.md', url: 'about/index.html', dest: 'about/index.html', isIndex: true });
  });

  it('should keep index.md and skip README.md with a warning when a folder has both', () => {
    const { pages, messages } = discoverFiles(docs(['os/index.md', 'os/README.md', 'os/linux.md']), { useDirectoryUrls: true });
    assert.deepEqual(pages.map((page) => page.src), ['os/index.md', 'os/linux.md']);
    assert.deepEqual(messages, [{ severity: 'warning', message: "excluding 'os/README.md' from the site because it conflicts with 'os/index.md'", file: 'os/README.md' }]);
  });

  it('should not warn about a lone README.md', () => {
    assert.deepEqual(discoverFiles(docs(['README.md']), { useDirectoryUrls: true }).messages, []);
  });

  it('should skip dotfiles, dot-folders and the top-level templates folder', () => {
    const dir = docs(['index.md', '.hidden.md', '.git/config', 'a/.DS_Store', 'templates/main.html', 'guide/templates/page.md']);
    const { pages, assets } = discoverFiles(dir, { useDirectoryUrls: true });
    assert.deepEqual(pages.map((page) => page.src), ['index.md', 'guide/templates/page.md']);
    assert.deepEqual(assets, []);
  });

  it('should apply exclude_docs patterns on top of the defaults', () => {
    const dir = docs(['index.md', 'drafts/a.md', 'notes.tmp', 'keep.tmp', 'sub/secret.md']);
    const { pages, assets } = discoverFiles(dir, { useDirectoryUrls: true, exclude: ['drafts/', '*.tmp', '!keep.tmp', '/sub/secret.md'] });
    assert.deepEqual(pages.map((page) => page.src), ['index.md']);
    assert.deepEqual(assets, ['keep.tmp']);
  });

  it('should take every Markdown suffix MkDocs knows as a page', () => {
    const { pages } = discoverFiles(docs(['a.markdown', 'b.mdown', 'c.mkdn', 'd.mkd', 'e.md', 'f.txt']), { useDirectoryUrls: true });
    assert.deepEqual(pages.map((page) => [page.src, page.url]), [
      ['a.markdown', 'a/'],
      ['b.mdown', 'b/'],
      ['c.mkdn', 'c/'],
      ['d.mkd', 'd/'],
      ['e.md', 'e/'],
    ]);
  });

  it('should percent-encode URLs the way Python\'s quote does', () => {
    const { pages } = discoverFiles(docs(['my page.md', 'café/ß.md']), { useDirectoryUrls: true });
    assert.deepEqual(pages.map((page) => page.url), ['my%20page/', 'caf%C3%A9/%C3%9F/']);
    assert.equal(quoteUrl("a(b)!*'~_.-/"), "a%28b%29%21%2A%27~_.-/");
  });

  it('should drop a static .html file that a page would overwrite', () => {
    const { pages, assets, messages } = discoverFiles(docs(['about.html', 'about.md']), { useDirectoryUrls: false });
    assert.deepEqual(pages.map((page) => page.src), ['about.md']);
    assert.deepEqual(assets, []);
    assert.equal(messages.length, 1);
  });

  it('should follow symlinked folders like os.walk(followlinks=True), but not loop forever', () => {
    const dir = docs(['index.md', 'real/page.md']);
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'linked'));
    symlinkSync(dir, path.join(dir, 'real', 'loop'));
    const { pages } = discoverFiles(dir, { useDirectoryUrls: true });
    assert.deepEqual(pages.map((page) => page.src), ['index.md', 'linked/page.md', 'real/page.md']);
  });

  it('should keep one page per output and name the dropped one when pages of different folders collide', () => {
    const { pages, messages } = discoverFiles(docs(['a.md', 'a/index.md', 'b.md']), { useDirectoryUrls: true });
    assert.deepEqual(pages.map((page) => page.src), ['b.md', 'a/index.md']);
    assert.equal(messages.length, 1);
    assert.match(messages[0]?.message ?? '', /excluding 'a\.md'.*'a\/index\.html'.*'a\/index\.md'/);
  });

  it('should not report a collision when the outputs differ (use_directory_urls: false)', () => {
    const { pages, messages } = discoverFiles(docs(['a.md', 'a/index.md']), { useDirectoryUrls: false });
    assert.deepEqual(pages.map((page) => page.dest), ['a.html', 'a/index.html']);
    assert.deepEqual(messages, []);
  });

  it('should make the files a plugin names pages at MkDocs\' URLs (mkdocs-jupyter\'s notebooks), and leave them files without it', () => {
    const dir = docs(['index.md', 'tutorial/intro.ipynb', 'tutorial/index.ipynb', 'data/raw.ipynb']);
    const isPlugInPage = (src: string) => src.endsWith('.ipynb') && !src.startsWith('data/');
    const { pages, assets } = discoverFiles(dir, { useDirectoryUrls: true, isPlugInPage });
    assert.deepEqual(pages.map((page) => [page.src, page.url, page.dest]), [
      ['index.md', '', 'index.html'],
      ['tutorial/index.ipynb', 'tutorial/', 'tutorial/index.html'],
      ['tutorial/intro.ipynb', 'tutorial/intro/', 'tutorial/intro/index.html'],
    ]);
    assert.deepEqual(assets, ['data/raw.ipynb']);
    assert.deepEqual(discoverFiles(dir, { useDirectoryUrls: true }).assets, ['data/raw.ipynb', 'tutorial/index.ipynb', 'tutorial/intro.ipynb']);
  });
});
