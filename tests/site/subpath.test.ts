/**
 * The guide served from a sub-path (site_url https://example.org/guide/ published at /guide/):
 * every local link, image, stylesheet and script of every built page answers 200, and no page
 * refers to another host for anything it loads (stylesheets, scripts, images, fonts).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite, REPO, type BuiltSite } from '../helpers/build-site.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';

const config = path.join(REPO, `.mkdocs-subpath-${process.pid}.yml`);
let site: BuiltSite;
let server: RunningServer;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/'));
}

/** href/src values of elements that load or link something. */
function references(html: string): Array<{ tag: string; value: string }> {
  const found: Array<{ tag: string; value: string }> = [];
  for (const match of html.matchAll(/<(a|link|script|img|source|iframe)\b[^>]*?\s(?:href|src)="([^"]*)"/g)) {
    found.push({ tag: match[1] ?? '', value: (match[2] ?? '').replace(/&amp;/g, '&') });
  }
  return found;
}

describe('the guide under a sub-path', () => {
  before(async () => {
    writeFileSync(config, 'INHERIT: mkdocs.yml\nsite_url: https://example.org/guide/\n');
    site = await buildSite(config);
    server = await serveStatic(site.dir, '/guide/');
  });
  after(async () => {
    rmSync(config, { force: true });
    await server?.close();
  });

  test('should answer 200 for every local link and asset of every page', async () => {
    const broken: string[] = [];
    const checked = new Set<string>();
    for (const file of htmlFiles(site.dir)) {
      if (file.startsWith('pagefind/')) continue;
      const pageUrl = new URL(file === 'index.html' ? '' : file.replace(/index\.html$/, ''), server.url);
      for (const { value } of references(readFileSync(path.join(site.dir, file), 'utf8'))) {
        if (value === '' || value.startsWith('#') || /^(mailto|data|javascript|tel):/.test(value)) continue;
        const target = new URL(value, pageUrl);
        if (target.origin !== pageUrl.origin) continue;
        target.hash = '';
        if (checked.has(target.href)) continue;
        checked.add(target.href);
        const response = await fetch(target);
        if (response.status !== 200) broken.push(`${file}: ${value} -> ${target.pathname} (${response.status})`);
      }
    }
    assert.ok(checked.size > 15, `only ${checked.size} references checked`);
    assert.deepEqual(broken, []);
  });

  test('should load nothing from another host', () => {
    const foreign: string[] = [];
    for (const file of htmlFiles(site.dir)) {
      const html = readFileSync(path.join(site.dir, file), 'utf8');
      for (const { tag, value } of references(html)) {
        if (tag !== 'a' && /^(https?:)?\/\//.test(value) && !value.startsWith('https://example.org/')) foreign.push(`${file}: <${tag}> ${value}`);
      }
      for (const match of html.matchAll(/url\((['"]?)(https?:\/\/[^)'"]+)\1\)/g)) foreign.push(`${file}: css url ${match[2]}`);
    }
    assert.deepEqual(foreign, []);
  });
});
