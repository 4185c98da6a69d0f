/**
 * Page weight independent of the nav's size: tests/fixtures/nav-prune built end to end
 * (navigation.prune, one icon on three pages), and prepareSite switching pruning on by itself
 * for a nav over NAV_PRUNE_THRESHOLD entries.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { NAV_PRUNE_THRESHOLD } from '../../src/nav/index.ts';
import { prepareSite } from '../../src/site/prepare.ts';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { NAV_PRUNE_SITE } from '../helpers/sites.ts';

let site: BuiltSite;
/** The primary sidebar of a built page. */
const sidebar = (file: string): string => {
  const html = readFileSync(path.join(site.dir, file), 'utf8');
  const start = html.indexOf('md-sidebar--primary');
  return html.slice(start, html.indexOf('md-sidebar--secondary', start));
};
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe('building tests/fixtures/nav-prune', () => {
  before(async () => {
    site = await sharedSite(NAV_PRUNE_SITE);
  });

  test('should draw a collapsed section off the page path as one link to its first page', async () => {
    assert.match(sidebar('mail/a/index.html'), /<li class="md-nav__item md-nav__item--pruned md-nav__item--nested"><a href="\/other\/one\/" class="md-nav__link"><span class="md-ellipsis">Other<\/span><span class="md-nav__icon md-icon"><\/span><\/a><\/li>/);
    assert.doesNotMatch(sidebar('mail/a/index.html'), /Other one|Inner/);
  });

  test('should draw the sections on the page path whole, and prune their collapsed subsections', async () => {
    const nav = sidebar('other/one/index.html');
    assert.match(nav, /<a href="\/other\/one\/" class="md-nav__link md-nav__link--active"/);
    assert.match(nav, /md-nav__item--pruned md-nav__item--nested"><a href="\/other\/inner\/two\/" class="md-nav__link"><span class="md-ellipsis">Inner</);
    assert.match(sidebar('other/inner/two/index.html'), /<a href="\/other\/inner\/two\/" class="md-nav__link md-nav__link--active"/);
  });

  test('should draw an icon the nav repeats once, as a symbol that every entry references', async () => {
    const nav = sidebar('mail/a/index.html');
    assert.equal(count(nav, /<symbol id="__nav_icon_material-email"/g), 1);
    assert.equal(count(nav, /<svg aria-hidden="true" height="24" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 24 24"><use href="#__nav_icon_material-email"><\/use><\/svg>/g), 3);
  });

  test('should keep an icon the nav draws once inline, with no sprite', async () => {
    const nav = sidebar('other/one/index.html');
    assert.equal(count(nav, /<symbol /g), 0);
    assert.match(nav, /<a href="\/other\/one\/"[^>]*><svg aria-hidden="true" height="24"[^>]*><path /);
  });

  test('should not warn about navigation.prune', async () => {
    assert.doesNotMatch(site.stderr, /navigation\.prune/);
  });
});

describe('prepareSite and a large nav', () => {
  function prepare(links: number, features: string) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-prune-'));
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs/index.md'), '# Home\n');
    // External links are nav entries too, and cost no page to render.
    const nav = Array.from({ length: links }, (_, i) => `  - Link ${i}: https://example.com/${i}\n`).join('');
    writeFileSync(path.join(root, 'mkdocs.yml'), `site_name: Big\ntheme:\n  name: material\n  features: [${features}]\nnav:\n  - index.md\n${nav}`);
    return prepareSite({ configFile: path.join(root, 'mkdocs.yml') });
  }
  const pruneInfo = (messages: ReadonlyArray<{ severity: string; message: string }>) => messages.filter((m) => m.severity === 'info' && m.message.includes('navigation.prune'));

  test('should prune a nav over the threshold by itself and say so once', async () => {
    const prepared = await prepare(NAV_PRUNE_THRESHOLD, '');
    assert.deepEqual(prepared.model.site.navPruning, { prune: true, automatic: true, entries: NAV_PRUNE_THRESHOLD + 1 });
    assert.equal(pruneInfo(prepared.messages).length, 1);
    assert.match(pruneInfo(prepared.messages)[0]?.message ?? '', /the nav has 251 entries \(over 250\)/);
  });

  test('should not prune a nav at the threshold, nor say anything', async () => {
    const prepared = await prepare(NAV_PRUNE_THRESHOLD - 1, '');
    assert.equal(prepared.model.site.navPruning.prune, false);
    assert.deepEqual(pruneInfo(prepared.messages), []);
  });

  test('should not prune a large nav under navigation.expand', async () => {
    assert.equal((await prepare(NAV_PRUNE_THRESHOLD, 'navigation.expand')).model.site.navPruning.prune, false);
  });
});
