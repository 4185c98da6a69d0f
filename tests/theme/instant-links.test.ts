import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anchorTarget, instantTarget, isPagePath, PLAIN_CLICK, previewTarget, progressPercent, type ClickFacts } from '../../src/components/scripts/instant-links.ts';
import { createPrefetch, pageKey } from '../../src/components/scripts/instant-prefetch.ts';

const click: ClickFacts = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const link = (href: string, extra: { target?: string; download?: boolean } = {}) => ({ href, target: extra.target ?? '', download: extra.download ?? false });
const HERE = 'http://x.test/guide/a/';

describe('instantTarget', () => {
  test('a plain click on another page of the site is loaded in place, anchor and query kept', () => {
    assert.equal(instantTarget(link('http://x.test/guide/b/#part'), click, HERE, '/')?.href, 'http://x.test/guide/b/#part');
    assert.equal(instantTarget(link('http://x.test/guide/a/?h=tor'), click, HERE, '/')?.href, 'http://x.test/guide/a/?h=tor', 'the same page with ?h= is another document');
  });

  test('pages of a use_directory_urls: false site and of a site under a sub-path are loaded in place', () => {
    assert.ok(instantTarget(link('http://x.test/sub/guide/code.html'), click, 'http://x.test/sub/index.html', '/sub/'));
    assert.ok(instantTarget(link('http://x.test/sub/guide'), click, 'http://x.test/sub/', '/sub/'));
  });

  test('a link outside the base path, to another origin or to another scheme is not', () => {
    assert.equal(instantTarget(link('http://x.test/other/page/'), click, 'http://x.test/sub/', '/sub/'), undefined);
    assert.equal(instantTarget(link('https://x.test/guide/b/'), click, HERE, '/'), undefined);
    assert.equal(instantTarget(link('http://y.test/guide/b/'), click, HERE, '/'), undefined);
    assert.equal(instantTarget(link('mailto:a@x.test'), click, HERE, '/'), undefined);
  });

  test('a file, the page shown and an anchor on it are left to the browser', () => {
    assert.equal(instantTarget(link('http://x.test/files/report.pdf'), click, HERE, '/'), undefined);
    assert.equal(instantTarget(link('http://x.test/guide/a/#part'), click, HERE, '/'), undefined);
    assert.equal(instantTarget(link('http://x.test/guide/a/'), click, `${HERE}#elsewhere`, '/'), undefined);
  });

  test('target, download, modified, middle and already handled clicks are left to the browser', () => {
    const page = 'http://x.test/guide/b/';
    assert.equal(instantTarget(link(page, { target: '_blank' }), click, HERE, '/'), undefined);
    assert.ok(instantTarget(link(page, { target: '_self' }), click, HERE, '/'), 'but _self is this window');
    assert.equal(instantTarget(link(page, { download: true }), click, HERE, '/'), undefined);
    for (const key of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey', 'defaultPrevented'] as const) {
      assert.equal(instantTarget(link(page), { ...click, [key]: true }, HERE, '/'), undefined, key);
    }
    assert.equal(instantTarget(link(page), { ...click, button: 1 }, HERE, '/'), undefined, 'middle button');
  });
});

describe('isPagePath', () => {
  test('folders, .html files and extensionless names are pages; other files are not', () => {
    assert.deepEqual(['/', '/guide/', '/guide/code.html', '/guide/code.HTM', '/guide'].map(isPagePath), [true, true, true, true, true]);
    assert.deepEqual(['/files/report.pdf', '/assets/logo.svg', '/sitemap.xml', '/v1.2/notes.txt'].map(isPagePath), [false, false, false, false]);
  });
});

describe('progressPercent', () => {
  test('the share of the bytes when the size is known, kept between 1 and 99', () => {
    assert.equal(progressPercent(50, 100), 50);
    assert.equal(progressPercent(0, 100), 1);
    assert.equal(progressPercent(100, 100), 99);
    assert.equal(progressPercent(500, 100), 99, 'a body longer than announced');
  });

  test('without a size, it grows with the bytes and stays below 90', () => {
    const values = [1_000, 50_000, 200_000, 10_000_000].map((bytes) => progressPercent(bytes, undefined));
    assert.deepEqual([...values].sort((a, b) => a - b), values);
    assert.ok(values.every((value) => value >= 1 && value <= 90), String(values));
    assert.equal(progressPercent(10, 0), progressPercent(10, undefined), 'a zero Content-Length is no size');
  });
});

describe('anchorTarget', () => {
  test('a plain click on an anchor of the page shown gives its address (for location$)', () => {
    assert.equal(anchorTarget('http://x.test/guide/a/#part', click, HERE)?.href, 'http://x.test/guide/a/#part');
    assert.deepEqual(PLAIN_CLICK, click);
  });

  test('another page, a bare "#", a modified click or a link that is not an address give nothing', () => {
    assert.equal(anchorTarget('http://x.test/guide/b/#part', click, HERE), undefined);
    assert.equal(anchorTarget('http://x.test/guide/a/?q=1#part', click, HERE), undefined);
    assert.equal(anchorTarget('http://x.test/guide/a/#', click, HERE), undefined);
    assert.equal(anchorTarget('http://x.test/guide/a/#part', { ...click, ctrlKey: true }, HERE), undefined);
    assert.equal(anchorTarget('http://[bad', click, HERE), undefined);
  });
});

describe('createPrefetch', () => {
  const html = (url: string, status = 200, type = 'text/html') => {
    const response = new Response('<p>page</p>', { status, headers: { 'content-type': type } });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };

  test('a page is fetched once per address, anchors aside, and the click takes it', async () => {
    const asked: string[] = [];
    const prefetch = createPrefetch(async (url) => { asked.push(url.href); return html(url.href); });
    prefetch.start(new URL('http://x.test/b/#one'));
    prefetch.start(new URL('http://x.test/b/#two'));
    assert.deepEqual(asked, ['http://x.test/b/']);
    assert.deepEqual(await prefetch.take(new URL('http://x.test/b/#three')), { url: 'http://x.test/b/', text: '<p>page</p>' });
    assert.equal(await prefetch.take(new URL('http://x.test/b/')), undefined, 'a page taken is forgotten');
  });

  test('a navigation drops every other page fetched ahead, so a page hovered earlier is fetched again', async () => {
    const asked: string[] = [];
    const prefetch = createPrefetch(async (url) => { asked.push(url.href); return html(url.href); });
    prefetch.start(new URL('http://x.test/b/'));
    prefetch.start(new URL('http://x.test/c/'));
    await prefetch.take(new URL('http://x.test/b/'));
    assert.equal(await prefetch.take(new URL('http://x.test/c/')), undefined);
    prefetch.start(new URL('http://x.test/c/'));
    assert.deepEqual(asked, ['http://x.test/b/', 'http://x.test/c/', 'http://x.test/c/']);
  });

  test('a failed, refused or non-HTML prefetch gives nothing, so the click loads as usual', async () => {
    const prefetch = createPrefetch(async (url) => {
      if (url.pathname === '/down/') throw new Error('offline');
      return url.pathname === '/gone/' ? html(url.href, 404) : html(url.href, 200, 'application/pdf');
    });
    for (const name of ['down', 'gone', 'file']) prefetch.start(new URL(`http://x.test/${name}/`));
    for (const name of ['down', 'gone', 'file']) assert.equal(await prefetch.take(new URL(`http://x.test/${name}/`)), undefined, name);
    assert.equal(await prefetch.take(new URL('http://x.test/never/')), undefined, 'nothing was started');
  });

  test('get fetches a page once and keeps it for every preview, until a click takes it', async () => {
    const asked: string[] = [];
    const prefetch = createPrefetch(async (url) => { asked.push(url.href); return html(url.href); });
    assert.equal((await prefetch.get(new URL('http://x.test/b/#one')))?.text, '<p>page</p>');
    assert.equal((await prefetch.get(new URL('http://x.test/b/#two')))?.text, '<p>page</p>');
    assert.deepEqual(asked, ['http://x.test/b/']);
    assert.equal((await prefetch.take(new URL('http://x.test/b/')))?.text, '<p>page</p>', 'the click takes what the preview fetched');
    assert.deepEqual(asked, ['http://x.test/b/']);
  });

  test('pageKey leaves the anchor out and keeps the query', () => {
    assert.equal(pageKey(new URL('http://x.test/b/?h=x#y')), 'http://x.test/b/?h=x');
  });
});

describe('previewTarget', () => {
  test('a page of the site is previewed, the page shown and its anchors too', () => {
    assert.equal(previewTarget('http://x.test/guide/b/#part', HERE, '/')?.href, 'http://x.test/guide/b/#part');
    assert.equal(previewTarget('#part', HERE, '/')?.href, 'http://x.test/guide/a/#part');
    assert.ok(previewTarget('http://x.test/sub/guide/code.html', 'http://x.test/sub/', '/sub/'));
  });

  test('another origin or scheme, a path outside the base, a file or an unreadable address is not', () => {
    assert.equal(previewTarget('https://x.test/guide/b/', HERE, '/'), undefined, 'another scheme is another origin');
    assert.equal(previewTarget('http://example.com/guide/b/', HERE, '/'), undefined);
    assert.equal(previewTarget('mailto:a@x.test', HERE, '/'), undefined);
    assert.equal(previewTarget('http://x.test/other/', 'http://x.test/sub/', '/sub/'), undefined);
    assert.equal(previewTarget('http://x.test/files/report.pdf', HERE, '/'), undefined);
    assert.equal(previewTarget('http://[bad', HERE, '/'), undefined);
  });
});
