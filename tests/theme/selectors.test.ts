/**
 * The header selectors' pure parts: the language selector's links (alternateHref) and the
 * rules of mike's version selector (src/components/scripts/version-rules.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { correspondingPage, currentVersion, isOutdated, parseVersions, versionRoot, type Version } from '../../src/components/scripts/version-rules.ts';
import { alternateHref } from '../../src/theme/urls.ts';

describe('alternateHref: extra.alternate links as MkDocs\' url filter makes them', () => {
  test('an absolute path or a URL is kept as written', () => {
    assert.equal(alternateHref('/en/', '/fr/'), '/fr/');
    assert.equal(alternateHref('/', 'https://fr.example.org/'), 'https://fr.example.org/');
    assert.equal(alternateHref('/en/', '//cdn.example.org/fr/'), '//cdn.example.org/fr/');
  });

  test('a relative link is relative to the site root, not to the page', () => {
    assert.equal(alternateHref('/en/', 'fr/'), '/en/fr/');
    assert.equal(alternateHref('/', 'fr/'), '/fr/');
  });

  test('dot segments are resolved, as the browser would, without leaving the host root', () => {
    assert.equal(alternateHref('/en/', '../fr/'), '/fr/');
    assert.equal(alternateHref('/docs/en/', '../fr/?lang=fr#top'), '/docs/fr/?lang=fr#top');
    assert.equal(alternateHref('/', '../fr/'), '/fr/');
    assert.equal(alternateHref('/en/', './'), '/en/');
  });

  test('a name with dots that are no segments is not touched', () => {
    assert.equal(alternateHref('/en/', 'fr.v2/'), '/en/fr.v2/');
    assert.equal(alternateHref('/en/', '..fr/'), '/en/..fr/');
  });
});

const v = (version: string, aliases: string[] = [], extra: Partial<Version> = {}): Version => ({ version, title: version, aliases, hidden: false, ...extra });

describe('parseVersions: mike\'s versions.json', () => {
  test('reads version, title, aliases and the hidden property', () => {
    assert.deepEqual(parseVersions([
      { version: '2.0', title: '2.0 (beta)', aliases: ['dev'] },
      { version: '1.0', title: '1.0', aliases: ['latest', 'stable'], properties: { hidden: true } },
    ]), [
      { version: '2.0', title: '2.0 (beta)', aliases: ['dev'], hidden: false },
      { version: '1.0', title: '1.0', aliases: ['latest', 'stable'], hidden: true },
    ]);
  });

  test('skips what is not mike\'s shape, and a version that is a path, instead of drawing a broken selector', () => {
    assert.deepEqual(parseVersions({ versions: [] }), []);
    assert.deepEqual(parseVersions(null), []);
    assert.deepEqual(parseVersions([null, 3, { title: 'no version' }, { version: '../x' }, { version: '0.9', aliases: 'latest' }]), [v('0.9')]);
  });
});

describe('currentVersion', () => {
  const versions = [v('2.0', ['latest']), v('1.0')];

  test('is the version named by the last folder of the site root, by name or by alias', () => {
    assert.equal(currentVersion(versions, new URL('https://x.org/1.0/'))?.version, '1.0');
    assert.equal(currentVersion(versions, new URL('https://x.org/docs/latest/'))?.version, '2.0');
  });

  test('is the first listed when the folder names none, or there is no folder', () => {
    assert.equal(currentVersion(versions, new URL('https://x.org/preview/'))?.version, '2.0');
    assert.equal(currentVersion(versions, new URL('https://x.org/'))?.version, '2.0');
    assert.equal(currentVersion([], new URL('https://x.org/1.0/')), undefined);
  });

  test('versionRoot is the version\'s folder next to this one', () => {
    assert.equal(versionRoot(v('2.0'), new URL('https://x.org/docs/1.0/')).href, 'https://x.org/docs/2.0/');
  });
});

describe('isOutdated: extra.version.default', () => {
  test('a version whose alias or name matches a default is current; others are outdated', () => {
    assert.equal(isOutdated(v('2.0', ['latest']), ['latest']), false);
    assert.equal(isOutdated(v('1.0'), ['latest']), true);
    assert.equal(isOutdated(v('1.0'), ['1.0']), false, 'the version\'s own name counts, as in Material 9.7');
  });

  test('defaults are case-insensitive expressions; any of a list will do', () => {
    assert.equal(isOutdated(v('3.0', ['Stable']), ['dev', 'stable']), false);
    assert.equal(isOutdated(v('3.0-rc1'), ['^3\\.']), false);
    assert.equal(isOutdated(v('2.9'), ['^3\\.']), true);
  });

  test('a default that is no valid expression is compared as text, not thrown', () => {
    assert.equal(isOutdated(v('1.0', ['[beta']), ['[beta']), false);
    assert.equal(isOutdated(v('1.0'), ['[beta']), true);
  });
});

describe('correspondingPage: switching versions keeps the page when the other version has it', () => {
  const root = new URL('http://x.org/1.0/');
  const target = new URL('http://x.org/2.0/');
  const sitemap = new URL('http://x.org/2.0/sitemap.xml');
  const locations = ['https://docs.example.org/2.0/', 'https://docs.example.org/2.0/guide/', 'https://docs.example.org/2.0/guide/setup/'];

  test('the same path in the other version, with query and anchor, whatever site_url the sitemap was written with', () => {
    const here = new URL('http://x.org/1.0/guide/setup/?h=tor#install');
    assert.equal(correspondingPage({ locations, sitemap, target, here, root })?.href, 'http://x.org/2.0/guide/setup/?h=tor#install');
    assert.equal(correspondingPage({ locations, sitemap, target, here: new URL('http://x.org/1.0/'), root })?.href, 'http://x.org/2.0/');
  });

  test('relative locations (a site built without site_url) resolve against the sitemap', () => {
    const here = new URL('http://x.org/1.0/guide/');
    assert.equal(correspondingPage({ locations: ['/', '/guide/'], sitemap, target, here, root })?.href, 'http://x.org/2.0/guide/');
  });

  test('no page when the other version lacks it, its sitemap is empty or has no home page', () => {
    const here = new URL('http://x.org/1.0/guide/removed/');
    assert.equal(correspondingPage({ locations, sitemap, target, here, root }), undefined);
    assert.equal(correspondingPage({ locations: [], sitemap, target, here: new URL('http://x.org/1.0/guide/'), root }), undefined);
    assert.equal(correspondingPage({ locations: ['https://d.org/2.0/guide/', 'https://d.org/2.0/garden/'], sitemap, target, here: new URL('http://x.org/1.0/guide/'), root }), undefined);
  });

  test('no page when the address shown is outside this version\'s root', () => {
    assert.equal(correspondingPage({ locations, sitemap, target, here: new URL('http://x.org/other/guide/'), root }), undefined);
  });
});
