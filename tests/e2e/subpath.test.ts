/**
 * The guide served from a sub-path (site_url http://127.0.0.1/guide/ published at /guide/, the
 * same build the search browser test serves): every local link, image, stylesheet and script of
 * every built page answers 200, and no page refers to another host for anything it loads
 * (stylesheets, scripts, images, fonts).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { GUIDE_UNDER_SUBPATH } from '../helpers/sites.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';

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
    site = await sharedSite(GUIDE_UNDER_SUBPATH);
    server = await serveStatic(site.dir, '/guide/');
  });
  after(async () => {
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
        if (tag !== 'a' && /^(https?:)?\/\//.test(value) && !value.startsWith('http://127.0.0.1/guide/')) foreign.push(`${file}: <${tag}> ${value}`);
      }
      for (const match of html.matchAll(/url\((['"]?)(https?:\/\/[^)'"]+)\1\)/g)) foreign.push(`${file}: css url ${match[2]}`);
    }
    assert.deepEqual(foreign, []);
  });
});
