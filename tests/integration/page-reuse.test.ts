/**
 * Which pages a build takes from the last one instead of having Astro render them: only a page
 * whose view (its entry, the site-wide model, our code, the theme bundle) is unchanged and
 * whose file is still the one that build wrote.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { mayPatchLastBuild, planReuse, recordViews, saveViews, takeReusedPages, viewKeys, writeViews } from '../../src/integration/page-reuse.ts';
import type { PageModel, SiteModel } from '../../src/site/model.ts';

function page(src: string, html: string, route: string): PageModel {
  const dest = src.replace(/\.md$/, '/index.html');
  return {
    src, url: dest.replace(/index\.html$/, ''), dest, route, title: src, description: undefined, html, toc: [], meta: {},
    icon: undefined, hide: [], template: undefined, editUrl: undefined, previous: undefined, next: undefined, path: [],
  };
}

function model(pages: PageModel[], siteName = 'Site'): SiteModel {
  // Only `site` as a whole is hashed: a small object stands for it.
  return { site: { name: siteName } as unknown as SiteModel['site'], pages };
}

/** Writes each page's file as a build would, and the record of that build. */
function publish(outDir: string, site: SiteModel, salt: string): void {
  for (const entry of site.pages) {
    mkdirSync(path.dirname(path.join(outDir, entry.dest)), { recursive: true });
    writeFileSync(path.join(outDir, entry.dest), `<html>${entry.html}</html>`);
  }
  mkdirSync(path.join(outDir, '_astro'), { recursive: true });
  writeFileSync(path.join(outDir, '_astro/page.abc123.js'), '');
  writeViews(outDir, viewKeys(site, salt));
}

describe('page reuse', () => {
  let outDir = '';
  beforeEach(() => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'page-reuse-'));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  const first = model([page('a.md', '<p>a</p>', 'p0'), page('b.md', '<p>b</p>', 'p1')]);

  test('should reuse nothing without a record of the last build', () => {
    const plan = planReuse(first, 'code', outDir);
    assert.deepEqual(plan.render.map((p) => p.src), ['a.md', 'b.md']);
    assert.deepEqual(plan.reused, []);
  });

  test('should render only the page whose entry changed, and hand the last bundle\'s asset names', () => {
    publish(outDir, first, 'code');
    const next = model([page('a.md', '<p>a, edited</p>', 'p0'), page('b.md', '<p>b</p>', 'p1')]);
    const plan = planReuse(next, 'code', outDir);
    assert.deepEqual(plan.render.map((p) => p.src), ['a.md']);
    assert.deepEqual(plan.reused.map((p) => p.src), ['b.md']);
    assert.deepEqual(plan.assets, ['page.abc123.js']);
  });

  test('should render a big page again when its HTML changed past the first slice hashed, and only then', () => {
    // Over the 1 MiB slices its HTML is hashed in (text-slices.ts).
    const big = (last: string) => page('big.md', `<p>${'x'.repeat(1 << 20)}${last}</p>`, 'p0');
    publish(outDir, model([big('😀'), page('b.md', '<p>b</p>', 'p1')]), 'code');
    assert.deepEqual(planReuse(model([big('😀'), page('b.md', '<p>b</p>', 'p1')]), 'code', outDir).render.map((p) => p.src), []);
    assert.deepEqual(planReuse(model([big('😁'), page('b.md', '<p>b</p>', 'p1')]), 'code', outDir).render.map((p) => p.src), ['big.md']);
  });

  test('should key a page whose HTML is in a file as the same HTML in memory', () => {
    const html = `<p>${'x'.repeat(1 << 20)}Größe 😀</p>`;
    const file = path.join(outDir, 'page.html');
    writeFileSync(file, html);
    const held = viewKeys(model([page('big.md', html, 'p0')]), 'code').pages.get('big/index.html');
    const filed = viewKeys(model([{ ...page('big.md', '', 'p0'), html: { file, chars: html.length } }]), 'code').pages.get('big/index.html');
    assert.ok(held);
    assert.deepEqual(filed, held);
  });

  test('should not care which route Astro renders a page at (a page added before it shifts them)', () => {
    publish(outDir, first, 'code');
    const shifted = model([page('new.md', '<p>new</p>', 'p0'), page('a.md', '<p>a</p>', 'p1'), page('b.md', '<p>b</p>', 'p2')]);
    assert.deepEqual(planReuse(shifted, 'code', outDir).render.map((p) => p.src), ['new.md']);
  });

  test('should render every page when the site-wide model (nav, config) or our code changed', () => {
    publish(outDir, first, 'code');
    assert.equal(planReuse(model(first.pages, 'Renamed site'), 'code', outDir).reused.length, 0);
    assert.equal(planReuse(first, 'newer code', outDir).reused.length, 0);
  });

  test('should render a page whose file was changed or removed since that build', () => {
    publish(outDir, first, 'code');
    writeFileSync(path.join(outDir, 'a/index.html'), '<html>edited by hand</html>');
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(outDir, 'a/index.html'), later, later);
    rmSync(path.join(outDir, 'b/index.html'));
    assert.deepEqual(planReuse(first, 'code', outDir).render.map((p) => p.src), ['a.md', 'b.md']);
  });

  test('should ignore a record it cannot read', () => {
    publish(outDir, first, 'code');
    writeFileSync(path.join(outDir, '.mkdocs-astro-cache/views.json'), '{"format": 1, "pages": [');
    assert.equal(planReuse(first, 'code', outDir).reused.length, 0);
  });

  test('should record the files a build wrote, not those another build published into the folder before the record was saved', () => {
    // The build assembles its site in a workspace, records it there, publishes (renames), then saves the record.
    const workspace = path.join(outDir, '.workspace');
    publish(workspace, first, 'code');
    const record = recordViews(workspace, viewKeys(first, 'code'));
    for (const entry of ['a', 'b', '_astro']) renameSync(path.join(workspace, entry), path.join(outDir, entry));
    // Another build of other sources publishes its page a/ into the same folder meanwhile.
    writeFileSync(path.join(outDir, 'a/index.html'), '<html>the other build</html>');
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(outDir, 'a/index.html'), later, later);
    saveViews(outDir, record);
    assert.deepEqual(planReuse(first, 'code', outDir).reused.map((p) => p.src), ['b.md']);
  });

  test('should put the reused files in the new site as they are', () => {
    publish(outDir, first, 'code');
    const out = path.join(outDir, '.workspace/out');
    takeReusedPages(outDir, out, first.pages);
    assert.equal(readFileSync(path.join(out, 'b/index.html'), 'utf8'), '<html><p>b</p></html>');
  });
});

describe('mayPatchLastBuild', () => {
  test('should say yes only where the last build left its views record, and never without reuse', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-patchable-'));
    try {
      assert.equal(mayPatchLastBuild(outDir, true), false);
      mkdirSync(path.join(outDir, '.mkdocs-astro-cache'));
      writeFileSync(path.join(outDir, '.mkdocs-astro-cache', 'views.json'), '{}');
      assert.equal(mayPatchLastBuild(outDir, true), true);
      assert.equal(mayPatchLastBuild(outDir, false), false);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
