/**
 * tests/fixtures/awesome-pages built end to end with the CLI: a site without `nav:` whose nav
 * the awesome-pages plugin shapes from its `.pages` files.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { sidebarEntries } from '../helpers/sidebar.ts';
import { AWESOME_PAGES_SITE } from '../helpers/sites.ts';

let site: BuiltSite;

describe('building tests/fixtures/awesome-pages', () => {
  before(async () => {
    site = await sharedSite(AWESOME_PAGES_SITE);
  });

  test('should draw the nav the .pages files ask for: order, rest entries, titles, natural sorting, collapse, a link', () => {
    assert.deepEqual(sidebarEntries(site.dir, 'index.html'), [
      'link Home',
      'section The Guide',
      'link Introduction',
      'link Setting up',
      'link Usage',
      'section Chapters',
      'link Chapter 1',
      'link Chapter 9',
      'link Chapter 10',
      'link About',
      'section Broken',
      'link Broken page',
      'link Only page',
      'link Changelog',
      'link Source code',
    ]);
    assert.match(readFileSync(path.join(site.dir, 'index.html'), 'utf8'), /<a href="https:\/\/github\.com\/example\/awesome" class="md-nav__link">/);
  });

  test("should build a hidden folder's pages, out of the nav", () => {
    assert.ok(existsSync(path.join(site.dir, 'hidden/secret/index.html')));
    assert.ok(!sidebarEntries(site.dir, 'hidden/secret/index.html').includes('link Secret'));
  });

  test('should give a page the title its .pages entry gives it', () => {
    assert.match(readFileSync(path.join(site.dir, 'guide/setup/index.html'), 'utf8'), /<title>Setting up - Awesome Pages<\/title>/);
  });

  test('should not publish the .pages files', () => {
    for (const file of ['.pages', 'guide/.pages', 'hidden/.pages']) assert.ok(!existsSync(path.join(site.dir, file)), file);
  });

  test('should warn about the .pages file with an unknown key at its line, and not about the plugin', () => {
    assert.match(site.stderr + site.stdout, /broken\/\.pages:2:1: warning: awesome-pages: \.pages file ignored: unknown key 'tilte'/);
    assert.doesNotMatch(site.stderr + site.stdout, /plugin 'awesome-pages' is not supported/);
  });
});
