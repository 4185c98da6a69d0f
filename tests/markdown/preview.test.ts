/**
 * material.extensions.preview: which links get `data-preview`. The fixture site
 * (tests/fixtures/preview-site) rendered through the site's stages equals what MkDocs 1.6.1 with
 * Material 9.7.6's extension writes (its `reference/` folder, made by
 * ../shared/conformance/reference.py); the pure parts (MkDocs' target guesses, urlparse, the
 * include/exclude filters) and the renderer's rules are checked one by one.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { DocsFiles } from '../../src/markdown/index.ts';
import { previewOptions } from '../../src/markdown/extensions/preview/options.ts';
import { normpath, possibleTargets, splitHref } from '../../src/markdown/extensions/preview/targets.ts';
import { discoverStage } from '../../src/site/stages/discover.ts';
import { loadStage } from '../../src/site/stages/load.ts';
import { renderStage } from '../../src/site/stages/render.ts';
import { REPO } from '../helpers/build-site.ts';
import { normalizeHtml } from '../helpers/normalize-html.ts';
import { ext, renderHtml } from '../helpers/render.ts';
import { htmlText } from '../../src/shared/page-html.ts';

const FIXTURE = path.join(REPO, 'tests/fixtures/preview-site');

describe('material.extensions.preview on the fixture site', () => {
  test('should mark the same links as MkDocs with Material 9.7.6, page by page', async () => {
    const site = loadStage({ configFile: path.join(FIXTURE, 'mkdocs.yml'), siteDir: path.join(os.tmpdir(), 'preview-fixture-unused') });
    const rendered = await renderStage(site, discoverStage(site));
    assert.deepEqual([...rendered.results.keys()].sort(), ['guide/private.md', 'guide/setup.md', 'index.md', 'other.md']);
    for (const [src, result] of rendered.results) {
      const expected = readFileSync(path.join(FIXTURE, 'reference', src.replace(/\.md$/, '.html')), 'utf8');
      assert.equal(normalizeHtml(htmlText(result.html)), normalizeHtml(expected), src);
    }
    // Python-Markdown writes attributes sorted by name: data-preview comes before href.
    assert.match(htmlText(rendered.results.get('index.md')?.html ?? ''), /<a data-preview="" href="guide\/setup\/#install">/);
    assert.deepEqual(rendered.messages.filter((message) => message.severity !== 'info'), []);
  });
});

/** A renderer over a made-up site: `files` lists its docs files, pages end in `.md`. */
function render(markdown: string, options: Record<string, unknown>, page = 'index.md', files = ['index.md', 'guide/a.md', 'guide/b.md', 'img/x.png'], useDirectoryUrls = true): string {
  const pages = new Map(files.filter((file) => file.endsWith('.md')).map((file) => [file, urlOf(file, useDirectoryUrls)]));
  const docs: DocsFiles = { has: (src) => files.includes(src), pageUrl: (src) => pages.get(src), useDirectoryUrls };
  return renderHtml(markdown, [ext('material.extensions.preview', options), ext('toc', { permalink: true }), ext('footnotes')], { files: docs, path: page });
}

function urlOf(src: string, useDirectoryUrls: boolean): string {
  const stem = src.replace(/\.md$/, '');
  if (!useDirectoryUrls) return `${stem}.html`;
  if (stem === 'index') return '';
  return stem.endsWith('/index') ? stem.slice(0, -'index'.length) : `${stem}/`;
}

const marked = (html: string): string[] => [...html.matchAll(/<a data-preview="" href="([^"]*)"/g)].map((match) => match[1] ?? '');

describe('which links are marked', () => {
  const guide = { targets: { include: ['guide/*'] } };

  test('should mark a link to an included page, with or without an anchor, and not one to an excluded page', () => {
    const html = render('[a](guide/a.md) [b](guide/b.md#x) [home](index.md)', { targets: { include: ['guide/*'], exclude: ['guide/b.md'] } });
    assert.deepEqual(marked(html), ['guide/a.md']);
  });

  test('should not mark links to other sites, mail addresses, protocol-relative URLs or files that do not exist', () => {
    const html = render('[w](https://example.com/guide/a.md) [m](mailto:a@b.c) [p](//example.com/guide/a.md) [n](guide/none.md)', { targets: {} , sources: { include: ['*'] } });
    assert.deepEqual(marked(html), []);
  });

  test('should mark a link to a page written as its URL, and an absolute one, as MkDocs guesses the file', () => {
    assert.deepEqual(marked(render('[a](guide/a/) [b](/guide/b.md)', guide)), ['guide/a/', '/guide/b.md']);
  });

  test('should mark a link to an image when every target is included (no include patterns)', () => {
    assert.deepEqual(marked(render('[x](img/x.png)', { sources: { include: ['index.md'] } })), ['img/x.png']);
  });

  test('should mark the page\'s own anchors and permalinks when the page itself is a target, but never a footnote reference', () => {
    const html = render('# T\n\n[up](#t) and a note[^1]\n\n[^1]: Note.', guide, 'guide/a.md');
    assert.deepEqual(marked(html), ['#t']);
    assert.match(html, /<a class="headerlink" data-preview="" href="#t" title="Permanent link">/);
    assert.match(html, /<a class="footnote-ref" href="#fn:1">/);
    assert.match(html, /<a class="footnote-backref" data-preview="" href="#fnref:1"/);
  });

  test('should mark nothing on a page the sources filter leaves out', () => {
    assert.deepEqual(marked(render('[a](guide/a.md)', { ...guide, sources: { exclude: ['index.md'] } })), []);
  });

  test('should mark nothing when no configuration names sources or targets', () => {
    assert.deepEqual(marked(render('[a](guide/a.md)', { configurations: [{}], sources: {}, targets: {} })), []);
  });

  test('should not mark links in code', () => {
    assert.deepEqual(marked(render('`[a](guide/a.md)`\n\n    [b](guide/b.md)', guide)), []);
  });

  test('should read a `.html` link as its page with use_directory_urls: false', () => {
    assert.deepEqual(marked(render('[a](a.html)', guide, 'guide/b.md', undefined, false)), ['a.html']);
  });
});

describe('MkDocs\' target guesses (_possible_target_uris)', () => {
  test('should try the file named, then the page URL forms, from the page and from its URL', () => {
    assert.deepEqual(possibleTargets('guide/page.md', 'guide/page/', '../other/', true), [
      'other', 'other/index.md', 'other/README.md', 'other.md',
      'guide/other', 'guide/other/index.md', 'guide/other/README.md', 'guide/other.md',
    ]);
  });

  test('should read an empty path or `.` as the page itself', () => {
    assert.deepEqual(possibleTargets('guide/a.md', 'guide/a/', '', true), ['guide', 'guide/a.md']);
  });

  test('should not guess a `.md` form for a `.md` link, nor a folder without use_directory_urls', () => {
    assert.deepEqual(possibleTargets('a.md', 'a.html', 'b.md', false), ['b.md']);
    assert.deepEqual(possibleTargets('a.md', 'a.html', 'b/', false), ['b', 'b/index.md', 'b/README.md']);
  });

  test('normpath should work as Python\'s posixpath.normpath', () => {
    assert.equal(normpath(''), '.');
    assert.equal(normpath('a/./b/../c/'), 'a/c');
    assert.equal(normpath('../a/..'), '..');
    assert.equal(normpath('//a//b'), '//a/b');
    assert.equal(normpath('///a'), '/a');
  });

  test('splitHref should read hrefs as urlparse does', () => {
    assert.deepEqual(splitHref('guide/a.md#x'), { external: false, path: 'guide/a.md' });
    assert.deepEqual(splitHref('a.md;v=1?q'), { external: false, path: 'a.md' });
    assert.deepEqual(splitHref('HTTPS://x.org/a.md'), { external: true, path: '' });
    assert.deepEqual(splitHref('///a.md'), { external: false, path: '/a.md' });
    assert.deepEqual(splitHref('#top'), { external: false, path: '' });
  });
});

describe('the options', () => {
  test('should take each configuration and the top-level pair, include then exclude', () => {
    const { configurations, warnings } = previewOptions({ configurations: [{ targets: { include: ['a/*'], exclude: ['a/b.md'] } }], sources: { include: ['x.md'] } });
    assert.deepEqual(warnings, []);
    assert.equal(configurations.length, 2);
    assert.equal(configurations[0]?.targets('a/c/d.md'), true, '* crosses folders');
    assert.equal(configurations[0]?.targets('a/b.md'), false);
    assert.equal(configurations[0]?.targets('A/c.md'), false, 'case-sensitive');
    assert.equal(configurations[1]?.sources('x.md'), true);
    assert.equal(configurations[1]?.sources('y.md'), false);
    assert.equal(configurations[1]?.targets('anything'), true);
  });

  test('should warn about unknown options and keys, and drop a configuration with a pattern that is not a list of strings', () => {
    const { configurations, warnings } = previewOptions({ colour: 'red', configurations: [{ targets: { include: 'a/*' } }, { targets: { includes: ['x'] } }] });
    assert.deepEqual(warnings, [
      "unknown option 'colour', ignored (it takes 'configurations', 'sources' and 'targets')",
      '\'configurations[0].targets.include\' must be a list of strings, found "a/*"; this configuration marks no link',
      "'configurations[1].targets' has an unknown key 'includes', ignored (it takes 'include' and 'exclude')",
    ]);
    assert.equal(configurations.length, 1);
  });
});
