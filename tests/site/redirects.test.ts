/**
 * The redirects plugin (src/site/redirects.ts). Expected paths and links are what
 * mkdocs-redirects 1.2's get_html_path/get_relative_html_path give, run with MkDocs 1.6's File
 * from ../shared/conformance/pystack for the same entries.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { discoverFiles } from '../../src/site/discover.ts';
import { redirectFiles, redirectMaps } from '../../src/site/redirects.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The pages of a docs folder holding `names`, as the build discovers them. */
function pagesOf(names: string[], useDirectoryUrls: boolean) {
  const docs = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-redirects-'));
  for (const name of names) {
    mkdirSync(path.dirname(path.join(docs, name)), { recursive: true });
    writeFileSync(path.join(docs, name), '# Page\n');
  }
  return discoverFiles(docs, { useDirectoryUrls }).pages;
}

const PAGES = ['index.md', 'guide/index.md', 'guide/setup.md', 'a/new.md', 'über.md'];
const MAPS = new Map([
  ['old.md', 'guide/setup.md#install'],
  ['a/b/old.md', 'index.md'],
  ['a/old.md', 'a/new.md'],
  ['Getting Started.md', 'über.md'],
]);

function links(useDirectoryUrls: boolean): Array<[string, string]> {
  const { files } = redirectFiles(MAPS, pagesOf(PAGES, useDirectoryUrls), useDirectoryUrls);
  return files.map((file) => [file.dest, /url=([^"]*)"/.exec(file.html)?.[1] ?? '']);
}

describe('the redirects plugin', () => {
  test('should write each old page where MkDocs would, linking relatively to the new one (directory URLs)', () => {
    assert.deepEqual(links(true), [
      ['old/index.html', '../guide/setup/#install'],
      ['a/b/old/index.html', '../../../'],
      ['a/old/index.html', '../new/'],
      ['Getting Started/index.html', '../%C3%BCber/'],
    ]);
  });

  test('should link to .html files without directory URLs', () => {
    assert.deepEqual(links(false), [
      ['old.html', 'guide/setup.html#install'],
      ['a/b/old.html', '../../index.html'],
      ['a/old.html', 'new.html'],
      ['Getting Started.html', '%C3%BCber.html'],
    ]);
  });

  test('should write the plugin\'s page: canonical link, script keeping the anchor, meta refresh', () => {
    const { files } = redirectFiles(new Map([['old.md', 'https://example.org/new/']]), pagesOf(PAGES, true), true);
    assert.equal(files[0]?.html, '\n<!doctype html>\n<html lang="en">\n<head>\n    <meta charset="utf-8">\n    <title>Redirecting...</title>\n    <link rel="canonical" href="https://example.org/new/">\n    <script>var anchor=window.location.hash.substr(1);location.href="https://example.org/new/"+(anchor?"#"+anchor:"")</script>\n    <meta http-equiv="refresh" content="0; url=https://example.org/new/">\n</head>\n<body>\nYou\'re being redirected to a <a href="https://example.org/new/">new destination</a>.\n</body>\n</html>\n');
  });

  test('should warn about a target that is no page, a name that is no Markdown, and never replace a page', () => {
    const maps = new Map([['gone.md', 'missing.md'], ['old/page.html', 'index.md'], ['guide/setup.md', 'index.md']]);
    const { files, problems } = redirectFiles(maps, pagesOf(PAGES, true), true);
    assert.deepEqual(files.map((file) => file.dest), ['old/page.html']);
    assert.deepEqual(problems, [
      "Redirect target 'missing.md' does not exist!",
      "redirects plugin: 'old/page.html' is not a valid markdown file!",
      "redirects plugin: 'guide/setup.md' is a page of this site: its redirect to 'index.md' is not written over it",
    ]);
  });

  test('should read redirect_maps from the plugin\'s options, and nothing when it is off or absent', () => {
    assert.deepEqual([...(redirectMaps([{ name: 'search', options: {} }, { name: 'redirects', options: { redirect_maps: { 'a.md': 'b.md' } } }]) ?? [])], [['a.md', 'b.md']]);
    assert.equal(redirectMaps([{ name: 'redirects', options: { enabled: false, redirect_maps: { 'a.md': 'b.md' } } }]), undefined);
    assert.equal(redirectMaps([{ name: 'search', options: {} }]), undefined);
  });
});
