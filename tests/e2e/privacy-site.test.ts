/**
 * Material's privacy plugin built end to end with the CLI: a local node:http server plays the
 * external host (site_url names another) of a page's image, an extra_css whose fonts it loads, an
 * extra_javascript and the site's own style sheet's background. The site written must have the
 * copies at assets/external/ and load nothing from any other host: its pages, our theme's head
 * and bundle included (only the canonical link names site_url, which loads nothing).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { listFiles, project, runBuildCommand, type Run } from '../helpers/cli-run.ts';

let server: Server;
let host = '';
let site = '';
let result: Run;
const requests: string[] = [];

const ROUTES: Readonly<Record<string, readonly [type: string, body: string]>> = {
  '/img.png': ['image/png', 'PNG'],
  '/bg.png': ['image/png', 'BG'],
  '/ext.css': ['text/css', '@font-face{font-family:X;src:url(http://{host}/a.woff2) format("woff2")}'],
  '/a.woff2': ['font/woff2', 'WOFF2'],
  '/lib.js': ['text/javascript', 'window.loaded = "http://{host}/data.json";'],
  '/data.json': ['application/json', '{}'],
};

/** Every URL on another host that a written file loads: tags' src/href (but links and canonical), CSS url()s, quoted URLs of .css/.js/.json in scripts. */
function externalLoads(dir: string): string[] {
  const found: string[] = [];
  // The build's own cache (.mkdocs-astro-cache, the downloads as they came) is not the site.
  for (const file of listFiles(dir).filter((name) => !name.startsWith('.mkdocs-astro-cache/'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    if (file.endsWith('.html')) for (const match of text.matchAll(/<(?!a\b)(\w+)\b([^>]*?)\s(?:src|href)="(https?:[^"]+)"/g)) if (!/rel="canonical"/.test(match[2] ?? '')) found.push(`${file}: ${match[3] ?? ''}`);
    if (file.endsWith('.css')) for (const match of text.matchAll(/url\(\s*["']?(https?:[^)"']+)/g)) found.push(`${file}: ${match[1] ?? ''}`);
    if (file.endsWith('.js')) for (const match of text.matchAll(/["'](https?:[^"']+\.(?:css|js|json))["']/g)) found.push(`${file}: ${match[1] ?? ''}`);
  }
  return found;
}

describe('building a site with the privacy plugin', () => {
  before(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const route = ROUTES[request.url ?? ''];
      if (!route) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': route[0] }).end(route[1].replaceAll('{host}', host));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    assert.ok(address !== null && typeof address === 'object');
    host = `127.0.0.1:${address.port}`;
    const at = `http://${host}`;
    const root = project(
      { 'index.md': `# Home\n\n![a](${at}/img.png)\n`, 'guide/page.md': `# Page\n\n![a](${at}/img.png)\n`, 'css/site.css': `body{background:url(${at}/bg.png)}\n` },
      `site_name: T\nsite_url: https://docs.example.org/sub/\nextra_css: [css/site.css, '${at}/ext.css']\nextra_javascript: ['${at}/lib.js']\nplugins:\n  - search\n  - privacy\n`,
    );
    site = path.join(root, 'site');
    result = await runBuildCommand(['build', '--strict', '-f', path.join(root, 'mkdocs.yml'), '-d', site]);
  });

  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('should build under --strict, the plugin not warned about, each asset asked for once', () => {
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout + result.stderr, /privacy' is not supported/);
    assert.deepEqual([...requests].sort(), ['/a.woff2', '/bg.png', '/data.json', '/ext.css', '/img.png', '/lib.js']);
  });

  test('should write the copies at assets/external/<host>/ and point each page at them by a relative URL', () => {
    assert.deepEqual(listFiles(site).filter((file) => file.startsWith('assets/external/')).sort(), ['a.woff2', 'bg.png', 'data.json', 'ext.css', 'img.png', 'lib.js'].map((name) => `assets/external/${host}/${name}`));
    assert.match(readFileSync(path.join(site, 'guide/page/index.html'), 'utf8'), new RegExp(`<img src="\\.\\./\\.\\./assets/external/${host}/img\\.png" alt="a">`));
    assert.equal(readFileSync(path.join(site, 'css/site.css'), 'utf8'), `body{background:url(../assets/external/${host}/bg.png)}\n`);
    assert.equal(readFileSync(path.join(site, `assets/external/${host}/ext.css`), 'utf8'), '@font-face{font-family:X;src:url(a.woff2) format("woff2")}');
  });

  test('should leave the built site loading nothing from another host, the theme included', () => {
    assert.deepEqual(externalLoads(site), []);
  });
});
