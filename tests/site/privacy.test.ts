/**
 * Material's privacy plugin over a prepared site (src/site/privacy.ts, through prepareSite as a
 * build runs it): a local node:http server plays the external host (127.0.0.1, while site_url
 * names another), counting each request, so the tests need no network and can tell a download
 * from a cache hit.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { htmlText } from '../../src/shared/page-html.ts';
import { prepareSite, type PreparedSite } from '../../src/site/prepare.ts';
import { createFetcher } from '../../src/site/privacy-fetch.ts';
import { applyPrivacy } from '../../src/site/privacy.ts';
import { createSiteSession } from '../../src/site/session.ts';

let server: Server;
let host = '';
const requests: string[] = [];

/** What the external host answers: a path's type and body (`{host}` becomes the host). */
const ROUTES: Readonly<Record<string, readonly [type: string, body: string]>> = {
  '/img.png': ['image/png', 'PNG'],
  '/bg.png': ['image/png', 'BG'],
  '/ext.css': ['text/css', '@font-face{src:url(http://{host}/fonts/a.woff2)}'],
  '/fonts/a.woff2': ['font/woff2', 'WOFF2'],
  '/lib.js': ['text/javascript', 'load("http://{host}/data.json")'],
  '/data.json': ['application/json', '{}'],
  '/css': ['text/css; charset=utf-8', 'body{}'],
};

interface Fixture {
  readonly dir: string;
  readonly configFile: string;
}

/** A project whose pages, extra_css, extra_javascript and own style sheet load assets from the server. */
function project(plugin: string, config = ''): Fixture {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'privacy-'));
  const docs = path.join(dir, 'docs');
  mkdirSync(path.join(docs, 'guide'), { recursive: true });
  mkdirSync(path.join(docs, 'css'));
  const at = `http://${host}`;
  writeFileSync(path.join(dir, 'mkdocs.yml'), `site_name: x\nsite_url: https://docs.example.org/sub/\nextra_css:\n  - css/site.css\n  - ${at}/ext.css\nextra_javascript:\n  - ${at}/lib.js\nplugins:\n  - privacy${plugin}\n${config}`);
  writeFileSync(path.join(docs, 'index.md'), `# Home\n\n![a](${at}/img.png)\n\n<a href="https://example.com/" target="_blank">out</a>\n\n<link rel="stylesheet" href="${at}/css?family=A">\n`);
  writeFileSync(path.join(docs, 'guide', 'page.md'), `# Page\n\n![a](${at}/img.png#only-light)\n\nText.\n\n![gone](${at}/missing.png)\n`);
  writeFileSync(path.join(docs, '404.md'), `# Lost\n\n![a](${at}/img.png)\n`);
  writeFileSync(path.join(docs, 'css', 'site.css'), `body{background:url("${at}/bg.png")}\n`);
  return { dir, configFile: path.join(dir, 'mkdocs.yml') };
}

const pageHtml = (site: PreparedSite, src: string) => htmlText(site.model.pages.find((page) => page.src === src)?.html ?? '');
const warnings = (site: PreparedSite) => site.messages.filter((message) => message.severity === 'warning');

describe('the privacy plugin in a build', () => {
  before(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      requests.push(url.pathname + url.search);
      if (url.pathname === '/slow.png') return;
      const route = ROUTES[url.pathname];
      if (!route) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': route[0] }).end(route[1].replaceAll('{host}', host));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    assert.ok(address !== null && typeof address === 'object');
    host = `127.0.0.1:${address.port}`;
  });

  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('should download every external asset once and point pages, extra_css, extra_javascript and style sheets at the copies', async () => {
    const { dir, configFile } = project('');
    requests.length = 0;
    const site = await prepareSite({ configFile });
    const copy = `assets/external/${host}`;
    assert.match(pageHtml(site, 'index.md'), new RegExp(`<img src="${copy}/img.png" alt="a">`));
    assert.match(pageHtml(site, 'index.md'), new RegExp(`<link rel="stylesheet" href="${copy}/css\\.[0-9a-f]{8}\\.css">`));
    assert.match(pageHtml(site, 'guide/page.md'), new RegExp(`src="../../${copy}/img.png#only-light"`));
    // The not-found page is shown at any URL: the base path's absolute URL.
    assert.match(pageHtml(site, '404.md'), new RegExp(`src="/sub/${copy}/img.png"`));
    assert.deepEqual(site.model.site.extraCss, ['css/site.css', `${copy}/ext.css`]);
    assert.deepEqual(site.model.site.extraJavascript.map((script) => script.path), [`${copy}/lib.js`]);
    const files = new Map((site.privacyFiles ?? []).map((file) => [file.to, file.text]));
    assert.equal(files.get('css/site.css'), `body{background:url("../${copy}/bg.png")}\n`);
    assert.equal(files.get(`${copy}/ext.css`), '@font-face{src:url(fonts/a.woff2)}');
    assert.equal(files.get(`${copy}/lib.js`), `load("/sub/${copy}/data.json")`);
    const copies = site.staticFiles.filter((file) => file.to.startsWith('assets/external/'));
    assert.deepEqual(copies.map((file) => file.to).sort(), [`${copy}/bg.png`, `${copy}/css.${/css\.([0-9a-f]{8})\.css/.exec(pageHtml(site, 'index.md'))?.[1] ?? ''}.css`, `${copy}/data.json`, `${copy}/ext.css`, `${copy}/fonts/a.woff2`, `${copy}/img.png`, `${copy}/lib.js`].sort());
    for (const file of copies) assert.ok(file.from.startsWith(path.join(dir, 'site', '.mkdocs-astro-cache', 'privacy', 'assets', 'external')) && existsSync(file.from));
    assert.equal(readFileSync(copies.find((file) => file.to.endsWith('img.png'))?.from ?? '', 'utf8'), 'PNG');
    // Each asset once, the missing one too, however many pages load it.
    assert.deepEqual([...requests].sort(), ['/bg.png', '/css?family=A', '/data.json', '/ext.css', '/fonts/a.woff2', '/img.png', '/lib.js', '/missing.png'].sort());
  });

  test('should warn about a download that fails at the page and line that load it, and leave that reference', async () => {
    const { dir, configFile } = project('');
    const site = await prepareSite({ configFile });
    const found = warnings(site);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.file, path.join(dir, 'docs', 'guide', 'page.md'));
    assert.equal(found[0]?.line, 7);
    assert.match(found[0]?.message ?? '', new RegExp(`privacy plugin: couldn't retrieve http://${host.replaceAll('.', '\\.')}/missing\\.png: HTTP 404`));
    assert.match(pageHtml(site, 'guide/page.md'), new RegExp(`src="http://${host}/missing.png"`));
  });

  test('should take a second build from the cache without one request, and download again with cache: false', async () => {
    const { configFile } = project('');
    await prepareSite({ configFile });
    requests.length = 0;
    const again = await prepareSite({ configFile });
    assert.deepEqual(requests, ['/missing.png']);
    assert.match(again.messages.map((message) => message.message).join('\n'), /7 external assets self-hosted at assets\/external\/ \(0 downloaded, 7 from the cache\)/);
    const uncached = project(':\n      cache: false');
    await prepareSite({ configFile: uncached.configFile });
    requests.length = 0;
    await prepareSite({ configFile: uncached.configFile });
    assert.equal(requests.length, 8);
  });

  test('should leave what assets_exclude matches, and take only what assets_include matches', async () => {
    requests.length = 0;
    const excluded = await prepareSite({ configFile: project(`:\n      assets_exclude: ['${host}/img.png', '${host}/missing.png']`).configFile });
    assert.match(pageHtml(excluded, 'index.md'), new RegExp(`src="http://${host}/img.png"`));
    assert.ok(!requests.includes('/img.png'));
    assert.deepEqual(warnings(excluded), []);
    const included = await prepareSite({ configFile: project(`:\n      assets_include: ['${host}/img.png']`).configFile });
    assert.match(pageHtml(included, 'index.md'), new RegExp(`src="assets/external/${host}/img.png"`));
    assert.deepEqual(included.model.site.extraCss, ['css/site.css', `http://${host}/ext.css`]);
  });

  test("should self-host the theme's favicon and logo when they are external", async () => {
    const site = await prepareSite({ configFile: project('', `theme:\n  name: material\n  favicon: http://${host}/img.png\n  logo: http://${host}/bg.png\n`).configFile });
    assert.equal(site.model.site.favicon, `assets/external/${host}/img.png`);
    assert.equal(site.model.site.logo, `assets/external/${host}/bg.png`);
  });

  test('should write relative URLs for use_directory_urls: false too', async () => {
    const site = await prepareSite({ configFile: project('', 'use_directory_urls: false\n').configFile });
    assert.match(pageHtml(site, 'guide/page.md'), new RegExp(`src="../assets/external/${host}/img.png#only-light"`));
  });

  test('should add rel=noopener to links opening a new window, and links_attr_map; not with links: false', async () => {
    const site = await prepareSite({ configFile: project(':\n      links_attr_map:\n        data-ext: "1"').configFile });
    assert.match(pageHtml(site, 'index.md'), /<a href="https:\/\/example\.com\/" target="_blank" data-ext="1" rel="noopener">out<\/a>/);
    const off = await prepareSite({ configFile: project(':\n      links: false').configFile });
    assert.match(pageHtml(off, 'index.md'), /<a href="https:\/\/example\.com\/" target="_blank">out<\/a>/);
  });

  test('should change nothing and ask no host with enabled: false, and only warn with assets_fetch: false', async () => {
    requests.length = 0;
    const off = await prepareSite({ configFile: project(':\n      enabled: false').configFile });
    assert.deepEqual(requests, []);
    assert.match(pageHtml(off, 'index.md'), new RegExp(`src="http://${host}/img.png"`));
    assert.deepEqual(off.privacyFiles, []);
    const reported = await prepareSite({ configFile: project(':\n      assets_fetch: false').configFile });
    assert.deepEqual(requests, []);
    assert.match(pageHtml(reported, 'index.md'), new RegExp(`src="http://${host}/img.png"`));
    assert.ok(warnings(reported).some((message) => message.message === `privacy plugin: external file http://${host}/img.png` && message.line === 3));
  });

  test('should give up on a host that does not answer within the time limit, with a warning, and not ask it again in that build', async () => {
    const { configFile, dir } = project(':\n      assets_include: ["*/slow*.png"]');
    writeFileSync(path.join(dir, 'docs', 'index.md'), `# Home\n\n![s](http://${host}/slow.png)\n\n![t](http://${host}/slow2.png)\n`);
    const prepared = await createSiteSession({ configFile }).update();
    requests.length = 0;
    const site = await applyPrivacy(prepared, { fetcher: createFetcher({ cacheDir: path.join(dir, 'c'), fetchDir: 'assets/external', cache: true, concurrency: 1, timeoutMs: 200 }) });
    const said = warnings(site).map((message) => message.message).join('\n');
    assert.match(said, /couldn't retrieve http:\/\/[^ ]+\/slow\.png: no answer within 0\.2 s/);
    assert.match(said, /couldn't retrieve http:\/\/[^ ]+\/slow2\.png: 127\.0\.0\.1:\d+ could not be reached for another asset \(no answer within 0\.2 s\)/);
    assert.deepEqual(requests, ['/slow.png']);
  });
});
