/**
 * Material's privacy plugin, its pure parts: the options (src/site/privacy-options.ts), a URL's
 * path and whether the plugin takes it (privacy-urls.ts), style sheets' and scripts' URLs
 * (privacy-media.ts), and the pass over a page's HTML (privacy-html.ts). No network here; the
 * downloads are tested in privacy.test.ts against a local server.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { mayChangePage, pageAssetUrls, rewritePage, type PageRewrite } from '../../src/site/privacy-html.ts';
import { mediaExpressions, mediaUrls, replaceMediaUrls } from '../../src/site/privacy-media.ts';
import { privacyOptions, type PrivacyOptions } from '../../src/site/privacy-options.ts';
import { sitePlugins } from '../../src/site/plugins.ts';
import { assetPath, isExternal, pathAsUrl, takenByPlugin } from '../../src/site/privacy-urls.ts';

const entry = (options: Record<string, unknown>, name = 'privacy') => [{ name, options }];
const optionsOf = (options: Record<string, unknown>): PrivacyOptions => {
  const read = privacyOptions(entry(options)).options;
  assert.ok(read);
  return read;
};

describe('privacyOptions', () => {
  test("should read the plugin's defaults, under either spelling", () => {
    for (const name of ['privacy', 'material/privacy']) {
      const { options, problems } = privacyOptions(entry({}, name));
      assert.deepEqual(problems, []);
      assert.ok(options);
      assert.equal(options.fetchDir, 'assets/external');
      assert.ok(options.concurrency >= 1);
      assert.deepEqual({ cache: options.cache, assets: options.assets, fetch: options.fetch, include: options.include, exclude: options.exclude, links: options.links }, { cache: true, assets: true, fetch: true, include: [], exclude: [], links: { attrs: {}, noopener: true } });
    }
  });

  test('should be off when not listed or enabled: false', () => {
    assert.equal(privacyOptions([]).options, undefined);
    assert.equal(privacyOptions(entry({ enabled: false })).options, undefined);
  });

  test('should read every option, and take a deprecated name for its new one with a warning', () => {
    const { options, problems } = privacyOptions(entry({ concurrency: 2, cache: false, cache_dir: 'c', assets_fetch_dir: '/x/y/', assets_include: ['a.com/*'], external_assets_exclude: ['b.com/*'], links_attr_map: { target: '_blank' }, links_noopener: false }));
    assert.deepEqual(problems, ["privacy plugin: 'external_assets_exclude' is deprecated; use 'assets_exclude'"]);
    assert.deepEqual(options, { concurrency: 2, cache: false, assets: true, fetch: true, fetchDir: 'x/y', include: ['a.com/*'], exclude: ['b.com/*'], exprMap: {}, links: { attrs: { target: '_blank' }, noopener: false } });
    assert.equal(optionsOf({ links: false }).links, undefined);
  });

  test('should say at its entry that serve asks no host, and say nothing of it in a build', () => {
    const config = { plugins: entry({}), markdown_extensions: [], extra: {}, config_file_path: '/p/mkdocs.yml' };
    const place = (name: string) => (name === 'privacy' ? { file: '/p/mkdocs.yml', line: 3 } : undefined);
    assert.deepEqual(sitePlugins(config, true, place).messages, [{ severity: 'info', message: 'privacy plugin: serve loads external assets from their hosts; a build downloads them', file: '/p/mkdocs.yml', line: 3 }]);
    assert.deepEqual(sitePlugins(config, false, place).messages, []);
    assert.ok(sitePlugins(config, false, place).privacy);
  });

  test('should keep assets_fetch_dir inside the site', () => {
    const { options, problems } = privacyOptions(entry({ assets_fetch_dir: 'a/../../out' }));
    assert.equal(options?.fetchDir, 'assets/external');
    assert.deepEqual(problems, ['privacy plugin: \'assets_fetch_dir\' "a/../../out" is no folder inside the site; using "assets/external"']);
    assert.equal(optionsOf({ assets_fetch_dir: './x//y/' }).fetchDir, 'x/y');
  });

  test('should name a wrong value and an unknown option, and use the default', () => {
    const { options, problems } = privacyOptions(entry({ concurrency: 0, cache: 'yes', assets_exclude: 'x', colour: 1 }));
    assert.equal(options?.cache, true);
    assert.deepEqual(options?.exclude, []);
    assert.match(problems.join('\n'), /unknown option 'colour'[\s\S]*'concurrency' must be a whole number above 0, found 0[\s\S]*'cache' must be true or false, found "yes"[\s\S]*'assets_exclude' must be a list of strings/);
  });
});

describe('assetPath and takenByPlugin', () => {
  test('should name a download by host and path, a query as 8 digits of its SHA-1 before the extension', () => {
    assert.equal(assetPath(new URL('https://fonts.gstatic.com/s/roboto/a.woff2')), 'fonts.gstatic.com/s/roboto/a.woff2');
    const digest = createHash('sha1').update('family=Roboto:300').digest('hex').slice(0, 8);
    assert.equal(assetPath(new URL('https://fonts.googleapis.com/css?family=Roboto:300')), `fonts.googleapis.com/css.${digest}`);
    assert.equal(assetPath(new URL('https://x.org/a/img.png?v=1')), `x.org/a/img.${createHash('sha1').update('v=1').digest('hex').slice(0, 8)}.png`);
  });

  test('should keep the port, unhide hidden parts, decode, and drop a trailing slash and the fragment', () => {
    assert.equal(assetPath(new URL('http://localhost:8080/.well-known/a%20b.svg#only-dark')), 'localhost:8080/_well-known/a b.svg');
    assert.equal(assetPath(new URL('https://x.org/a/b/')), 'x.org/a/b');
    assert.equal(pathAsUrl('assets/external/x.org/a b#?.svg'), 'assets/external/x.org/a%20b%23%3F.svg');
  });

  test("should count another host than site_url's as external, and any host without a site_url", () => {
    assert.equal(isExternal(new URL('https://cdn.org/a.js'), 'https://docs.org/sub/'), true);
    assert.equal(isExternal(new URL('https://docs.org/other/a.js'), 'https://docs.org/sub/'), false);
    assert.equal(isExternal(new URL('https://docs.org/a.js'), undefined), true);
  });

  test('should take only what assets_include matches when it is given, else what assets_exclude does not', () => {
    const url = new URL('https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js');
    assert.equal(takenByPlugin(url, { include: [], exclude: [] }), true);
    assert.equal(takenByPlugin(url, { include: [], exclude: ['cdn.jsdelivr.net/npm/mathjax@3/*'] }), false);
    assert.equal(takenByPlugin(url, { include: ['unsplash.com/*'], exclude: [] }), false);
    assert.equal(takenByPlugin(url, { include: ['cdn.jsdelivr.net/*'], exclude: ['cdn.jsdelivr.net/*'] }), true);
  });
});

describe('style sheets and scripts', () => {
  const { expressions, problems } = mediaExpressions({});

  test("should find a style sheet's url()s, quoted or not, and leave relative ones", () => {
    assert.deepEqual(problems, []);
    const css = "@font-face{src:url(https://f.org/a.woff2) format('woff2'),url( 'http://f.org/b.woff' )}\n.x{background:url(\"https://i.org/x.png\")}.y{background:url(img/local.png)}";
    assert.deepEqual(mediaUrls(css, expressions.get('.css')), ['https://f.org/a.woff2', 'http://f.org/b.woff', 'https://i.org/x.png']);
    assert.equal(replaceMediaUrls(css, expressions.get('.css'), (url) => (url.includes('b.woff') ? undefined : 'L')), "@font-face{src:url(L) format('woff2'),url( 'http://f.org/b.woff' )}\n.x{background:url(\"L\")}.y{background:url(img/local.png)}");
  });

  test("should find a script's quoted .css, .js and .json URLs only", () => {
    const js = 'load("https://cdn.org/lib.min.js");fetch(\'https://cdn.org/data.json\');img="https://cdn.org/x.png";';
    assert.deepEqual(mediaUrls(js, expressions.get('.js')), ['https://cdn.org/lib.min.js', 'https://cdn.org/data.json']);
  });

  test("should add assets_expr_map's expressions in Python's syntax, and name one without a url group", () => {
    const custom = mediaExpressions({ '.html': String.raw`src="(?P<url>http[^"]+)"`, '.txt': 'http[^ ]+' });
    assert.deepEqual(mediaUrls('<x src="https://a.org/b.png">', custom.expressions.get('.html')), ['https://a.org/b.png']);
    assert.equal(custom.expressions.has('.txt'), false);
    assert.deepEqual(custom.problems, ["privacy plugin: assets_expr_map '.txt' has no group named 'url'; ignored"]);
  });
});

describe('rewritePage', () => {
  const all: PageRewrite = { local: (url) => `L/${new URL(url).pathname.slice(1)}`, taken: () => true, links: undefined };

  test('should point images, scripts, style sheets, icons, preloads and SVG images at their copies, and drop preconnect hints', () => {
    const html = '<p><img alt="a" src="https://i.org/a.png"></p>\n<script src="https://c.org/s.js" defer></script><link rel="stylesheet" href="https://c.org/s.css"><link rel="icon" href="https://c.org/f.ico"/><link rel="preload" href="https://c.org/f.woff2" as="font"><link rel="preconnect" href="https://c.org"><svg><image href="https://i.org/b.svg"/></svg>';
    assert.deepEqual(pageAssetUrls(html), ['https://i.org/a.png', 'https://c.org/s.js', 'https://c.org/s.css', 'https://c.org/f.ico', 'https://c.org/f.woff2', 'https://i.org/b.svg']);
    assert.equal(rewritePage(html, all), '<p><img alt="a" src="L/a.png"></p>\n<script src="L/s.js" defer></script><link rel="stylesheet" href="L/s.css"><link rel="icon" href="L/f.ico"/><link rel="preload" href="L/f.woff2" as="font"><svg><image href="L/b.svg"/></svg>');
  });

  test('should leave what the plugin does not read: srcset, a style attribute, <source>, relative URLs, code showing a tag, other rels', () => {
    const html = '<img src="local.png" srcset="https://i.org/2x.png 2x"><p style="background:url(https://i.org/x.png)"></p><picture><source srcset="https://i.org/a.webp"></picture><pre><code>&lt;img src="https://i.org/a.png"&gt;</code></pre><link rel="alternate" href="https://x.org/feed.xml">';
    assert.deepEqual(pageAssetUrls(html), ['https://x.org/feed.xml']);
    assert.deepEqual(pageAssetUrls('<p><a href="https://x.org/a.png">a link, no asset</a></p>'), []);
    assert.equal(rewritePage(html, all), html);
  });

  test('should leave a reference the plugin does not take, or could not download, as written', () => {
    const html = '<img src="https://i.org/a.png"><link rel="preconnect" href="https://c.org"><img src="https://i.org/b.png">';
    assert.equal(rewritePage(html, { ...all, taken: (url) => !url.includes('c.org') && !url.includes('a.png') }), '<img src="https://i.org/a.png"><link rel="preconnect" href="https://c.org"><img src="L/b.png">');
    assert.equal(rewritePage(html, { ...all, local: () => undefined }), '<img src="https://i.org/a.png"><img src="https://i.org/b.png">');
  });

  test('should parse a page only when it may load an external asset or hold a link the options change', () => {
    const plain = '<p><a href="https://x.org">x</a></p>';
    const blank = '<p><a href="https://x.org" target="_blank">x</a></p>';
    const image = '<p><img src="https://x.org/a.png"></p>';
    assert.deepEqual([plain, blank, image].map(mayChangePage(undefined)), [false, false, true]);
    assert.deepEqual([plain, blank, image].map(mayChangePage({ attrs: {}, noopener: true })), [false, true, true]);
    assert.deepEqual([plain, blank, image].map(mayChangePage({ attrs: {}, noopener: false })), [false, false, true]);
    assert.deepEqual([plain, blank, image].map(mayChangePage({ attrs: { target: '_blank' }, noopener: true })), [true, true, true]);
  });

  test("should add rel=noopener to an external link opening a new window, keeping its rel's other words, and not twice", () => {
    const links = { attrs: {}, noopener: true };
    const html = '<a href="https://x.org" target="_blank">x</a> <a href="https://y.org" rel="nofollow" target="_blank">y</a> <a href="https://z.org" rel="noopener" target="_blank">z</a> <a href="https://w.org">w</a> <a href="page/" target="_blank">p</a>';
    assert.equal(rewritePage(html, { ...all, links }), '<a href="https://x.org" target="_blank" rel="noopener">x</a> <a href="https://y.org" rel="nofollow noopener" target="_blank">y</a> <a href="https://z.org" rel="noopener" target="_blank">z</a> <a href="https://w.org">w</a> <a href="page/" target="_blank">p</a>');
    assert.equal(rewritePage(html, { ...all, links: { attrs: {}, noopener: false } }), html);
  });

  test("should set links_attr_map's attributes on external links, replacing a value, then add noopener for the target it set", () => {
    const links = { attrs: { target: '_blank', 'data-ext': 'a"b' }, noopener: true };
    assert.equal(rewritePage('<a href="https://x.org" target="_self" class="c">x</a><a href="#here">h</a>', { ...all, links }), '<a href="https://x.org" target="_blank" class="c" data-ext="a&quot;b" rel="noopener">x</a><a href="#here">h</a>');
  });
});
