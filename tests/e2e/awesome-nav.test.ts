/**
 * tests/fixtures/awesome-nav built end to end with the CLI: a site whose nav the awesome-nav
 * plugin (mkdocs-awesome-nav 3) makes from its `.nav.yml` files, replacing mkdocs.yml's `nav:`.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { sidebarEntries } from '../helpers/sidebar.ts';
import { AWESOME_NAV_SITE } from '../helpers/sites.ts';

let site: BuiltSite;

describe('building tests/fixtures/awesome-nav', () => {
  before(async () => {
    site = await sharedSite(AWESOME_NAV_SITE);
  });

  test('should draw the nav the .nav.yml files ask for: entries, titles, a desc natural sort, ignored drafts, a hidden folder, flattened folders, a rest pattern and a link', () => {
    assert.deepEqual(sidebarEntries(site.dir, 'index.html'), [
      'link Welcome',
      'section The Guides',
      'link Installing',
      'link Using it',
      'link Advanced',
      'section Releases',
      'link Version 2.0',
      'link Version 1.10',
      'link Version 1.9',
      'section More',
      'link About',
      'link Architecture',
      'link Broken page',
      'link FAQ',
      'link Source code',
    ]);
  });

  test('should build the pages the nav leaves out (hidden, ignored), and not publish the .nav.yml files', () => {
    for (const page of ['internal/secret/index.html', 'notes.draft/index.html', 'guides/old.draft/index.html']) assert.ok(existsSync(path.join(site.dir, page)), page);
    for (const file of ['.nav.yml', 'guides/.nav.yml', 'internal/.nav.yml']) assert.ok(!existsSync(path.join(site.dir, file)), file);
  });

  test('should note once, before its last line, that without site_url the site is to be served from its host\'s root', () => {
    const notes = site.stdout.split('\n').filter((line) => line.includes('site_url is not set'));
    assert.deepEqual(notes, ["note: site_url is not set in mkdocs.yml, so the site's links and assets start at '/': serve it from the root of its host, or set site_url to its address (https://example.org/docs/) to serve it under a sub-path"]);
    assert.match(site.stdout.trimEnd().split('\n').at(-1) ?? '', /^built /);
  });

  test('should warn, at their lines, that the nav is replaced, about the file with a wrong value and the pattern that matches nothing', () => {
    const output = site.stderr + site.stdout;
    assert.match(output, /mkdocs\.yml:\d+(:\d+)?: warning: awesome-nav: 'nav' config from mkdocs\.yml is being replaced/);
    assert.match(output, /broken\/\.nav\.yml:3:3: warning: awesome-nav: \.nav\.yml file ignored: 'sort\.direction' must be asc or desc/);
    assert.match(output, /docs\/\.nav\.yml:9:10: warning: awesome-nav: The nav item 'no-such-\*\.md' doesn't match any files or directories/);
    assert.doesNotMatch(output, /plugin 'awesome-nav' is not supported/);
    assert.doesNotMatch(output, /is not in the "nav" configuration/);
  });
});
