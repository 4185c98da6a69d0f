/**
 * A rebuild without Astro (src/integration/content-patch.ts): a page whose content alone changed
 * gets its new content written into its last file, at the place the last build recorded, and
 * only when everything else that file depends on is as it was.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { contentPlace, patchPages, writePatchedSite } from '../../src/integration/content-patch.ts';
import { planReuse, viewKeys, writeViews, type FoundContent } from '../../src/integration/page-reuse.ts';
import type { PageModel, SiteModel } from '../../src/site/model.ts';
import { titledContent } from '../../src/shared/title-heading.ts';

function page(src: string, html: string, route: string, title = src): PageModel {
  const dest = src.replace(/\.md$/, '/index.html');
  return {
    src, url: dest.replace(/index\.html$/, ''), dest, route, title, description: undefined, html, toc: [], meta: {},
    icon: undefined, hide: [], template: undefined, editUrl: undefined, previous: undefined, next: undefined, path: [],
  };
}

function model(pages: PageModel[]): SiteModel {
  // What the feature sheets read of the site; the rest of it is hashed as a whole.
  return { site: { name: 'Site', features: [], alternate: [], extra: {}, search: true, nav: [] } as unknown as SiteModel['site'], pages };
}

/** A page's file as the layout draws it: the sheets it links (`sheets`), then its titled content. */
function drawn(entry: PageModel, sheets: readonly string[] = []): string {
  const links = sheets.map((name) => `<link rel="stylesheet" href="/assets/theme/features/${name}.css">`).join('');
  return `<!doctype html><html><head><title>${entry.title} – Ünïcode</title>${links}</head><body><article>${titledContent(entry)}</article><footer>©</footer></body></html>`;
}

/** When `publish` wrote the files: a whole second, which a test can give a file again exactly. */
const WRITTEN = new Date('2026-01-02T03:04:05Z');

/** Writes the site as a build would, with the record of where each page's content is. */
function publish(outDir: string, site: SiteModel, sheets: Record<string, string[]> = {}): void {
  const contents = new Map<string, FoundContent>();
  for (const entry of site.pages) {
    const html = drawn(entry, sheets[entry.src]);
    mkdirSync(path.dirname(path.join(outDir, entry.dest)), { recursive: true });
    writeFileSync(path.join(outDir, entry.dest), html);
    utimesSync(path.join(outDir, entry.dest), WRITTEN, WRITTEN);
    const place = contentPlace(html, titledContent(entry));
    if (place) contents.set(entry.dest, place);
  }
  mkdirSync(path.join(outDir, '_astro'), { recursive: true });
  writeFileSync(path.join(outDir, '_astro/page.abc123.js'), '');
  writeFileSync(path.join(outDir, '404.html'), '<html>not found</html>');
  writeViews(outDir, viewKeys(site, 'code'), contents, ['404.html']);
}

describe('content place', () => {
  test('should give the content\'s place in bytes, counting the multi-byte characters before it', () => {
    const html = '<title>Ünïcode €</title><article><h1>T</h1><p>x</p></article>';
    const place = contentPlace(html, '<h1>T</h1><p>x</p>');
    assert.ok(place);
    const bytes = Buffer.from(html);
    assert.equal(bytes.subarray(place.start, place.start + place.length).toString(), '<h1>T</h1><p>x</p>');
    assert.equal(place.fileSize, bytes.length);
  });

  test('should give the same place from the page\'s UTF-8 as from its text alone', () => {
    const html = '<title>Ünïcode € 😀</title><article><h1>T</h1><p>x — y</p></article>';
    const titled = '<h1>T</h1><p>x — y</p>';
    assert.deepEqual(contentPlace(html, titled, new TextEncoder().encode(html)), contentPlace(html, titled));
  });

  test('should give no place for content that is not there, is there twice, or is empty', () => {
    assert.equal(contentPlace('<p>a</p>', '<p>b</p>'), undefined);
    assert.equal(contentPlace('<p>a</p><p>a</p>', '<p>a</p>'), undefined);
    assert.equal(contentPlace('<p>a</p>', ''), undefined);
  });
});

describe('patching pages', () => {
  let outDir = '';
  beforeEach(() => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'content-patch-'));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  const first = model([page('a.md', '<p>a</p>', 'p0'), page('b.md', '<h1>B</h1><p>b</p>', 'p1')]);
  const edited = model([page('a.md', '<p>a, and a sentence more: €</p>', 'p0'), page('b.md', '<h1>B</h1><p>b</p>', 'p1')]);
  const plan = (site: SiteModel) => planReuse(site, 'code', outDir);

  test('should write the new content into the last file, around it as it was', () => {
    publish(outDir, first);
    const patched = patchPages(edited, outDir, plan(edited));
    assert.ok(patched);
    assert.deepEqual(patched.map((entry) => entry.page.src), ['a.md']);
    const [one] = patched;
    assert.equal(one?.html, drawn(edited.pages[0] as PageModel));
    const out = path.join(outDir, '.workspace/out');
    writePatchedSite(edited, outDir, out, plan(edited), patched);
    assert.equal(readFileSync(path.join(out, 'a/index.html'), 'utf8'), drawn(edited.pages[0] as PageModel));
    assert.equal(readFileSync(path.join(out, '404.html'), 'utf8'), '<html>not found</html>');
    assert.ok(statSync(path.join(out, '_astro/page.abc123.js')).isFile());
  });

  test('should not patch a page whose shell changed (its title: the head and nav draw it)', () => {
    publish(outDir, first);
    const retitled = model([page('a.md', '<p>a, edited</p>', 'p0', 'A new title'), page('b.md', '<h1>B</h1><p>b</p>', 'p1')]);
    assert.equal(patchPages(retitled, outDir, plan(retitled)), undefined);
  });

  test('should not patch a page whose file changed since, even with its size and bytes at the place kept', () => {
    publish(outDir, first);
    const file = path.join(outDir, 'a/index.html');
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    assert.equal(patchPages(edited, outDir, plan(edited)), undefined);
  });

  test('should not patch when the bytes at the recorded place are not the content the record says', () => {
    publish(outDir, first);
    const file = path.join(outDir, 'a/index.html');
    // Same size and time, other bytes: e.g. a file replaced by a tool that keeps times.
    writeFileSync(file, readFileSync(file, 'utf8').replace('<p>a</p>', '<p>z</p>'));
    utimesSync(file, WRITTEN, WRITTEN);
    assert.equal(patchPages(edited, outDir, plan(edited)), undefined);
  });

  test('should not patch a page whose new content asks for a feature sheet its head does not link', () => {
    publish(outDir, first);
    const tabbed = model([page('a.md', '<div class="tabbed-set"></div>', 'p0'), page('b.md', '<h1>B</h1><p>b</p>', 'p1')]);
    assert.equal(patchPages(tabbed, outDir, plan(tabbed)), undefined);
    // Linked already (the last content had tabs too): patched.
    publish(outDir, model([page('a.md', '<div class="tabbed-set">1</div>', 'p0'), page('b.md', '<h1>B</h1><p>b</p>', 'p1')]), { 'a.md': ['tabbed'] });
    assert.equal(patchPages(tabbed, outDir, plan(tabbed))?.length, 1);
  });

  test('should not patch 404.md, whose content the not-found page (404.html) draws too', () => {
    const lost = (html: string) => model([...first.pages, page('404.md', html, 'p2')]);
    publish(outDir, lost('<p>lost</p>'));
    assert.deepEqual(patchPages(lost('<p>lost</p>'), outDir, plan(lost('<p>lost</p>'))), []);
    assert.equal(patchPages(lost('<p>lost, really</p>'), outDir, plan(lost('<p>lost, really</p>'))), undefined);
  });

  test('should not patch when the theme\'s bundle the pages link to is gone', () => {
    publish(outDir, first);
    rmSync(path.join(outDir, '_astro/page.abc123.js'));
    assert.equal(patchPages(edited, outDir, plan(edited)), undefined);
  });

  test('should not patch when a file of the theme\'s bundle was edited since (a tool run over the site): a build with Astro writes it anew', () => {
    publish(outDir, first);
    const bundled = path.join(outDir, '_astro/page.abc123.js');
    writeFileSync(bundled, '/* minified again */');
    assert.equal(patchPages(edited, outDir, plan(edited)), undefined);
  });

  test('should not patch after a build that recorded no bundle files (an older record)', () => {
    publish(outDir, first);
    const views = path.join(outDir, '.mkdocs-astro-cache/views.json');
    const { bundle: _bundle, ...older } = JSON.parse(readFileSync(views, 'utf8')) as Record<string, unknown>;
    writeFileSync(views, JSON.stringify(older));
    assert.equal(patchPages(edited, outDir, plan(edited)), undefined);
  });

  test('should patch nothing, and need no Astro, when no page changed', () => {
    publish(outDir, first);
    assert.deepEqual(patchPages(first, outDir, plan(first)), []);
  });
});
