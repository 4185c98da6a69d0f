/**
 * Material's social plugin end to end, through the CLI: tests/fixtures/social-site builds a
 * 1200×630 PNG card per page (not for the page whose front matter says `cards: false`, nor for
 * one cards_exclude matches), each page's head ends with the card's Open Graph and Twitter tags,
 * and a second build draws only the card whose page changed, the others kept in the build's cache.
 */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { REPO } from '../helpers/build-site.ts';
import { runBuildCommand, type Run } from '../helpers/cli-run.ts';

/** Width and height from a PNG's IHDR, or undefined for a file that is no PNG. */
function pngSize(file: string): [number, number] | undefined {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('latin1') !== '\x89PNG\r\n\x1a\n' || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const metaTags = (html: string) => [...html.matchAll(/<meta property="([^"]+)" content="([^"]*)">/g)].map((match) => [match[1], match[2]]);

describe('tests/fixtures/social-site: the social plugin', () => {
  let root = '';
  let first: Run = { code: -1, stdout: '', stderr: '' };
  const site = (file: string) => path.join(root, 'site', file);
  const build = () => runBuildCommand(['build', '-f', path.join(root, 'mkdocs.yml'), '-d', path.join(root, 'site')]);
  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'social-site-'));
    cpSync(path.join(REPO, 'tests/fixtures/social-site'), root, { recursive: true });
    first = await build();
  });

  test('should build with one warning, at the page naming a layout not drawn here, the plugin supported', () => {
    assert.equal(first.code, 0, first.stderr);
    const output = first.stdout + first.stderr;
    assert.match(output, /, 1 warnings, 0 errors/);
    assert.match(output, /docs\/guide\/colours\.md: warning: social plugin: cards_layout 'custom\/mine' is not drawn here \(only Material's 'default' layout is\); its cards use the 'default' layout/);
    assert.doesNotMatch(output, /not supported/);
    assert.match(output, /social plugin: 4 cards drawn, 0 kept from the last build/);
  });

  test('should write a 1200×630 PNG per page at its output path, none for the pages left out', () => {
    for (const card of ['index', 'setup', 'guide/index', 'guide/colours']) assert.deepEqual(pngSize(site(`assets/images/social/${card}.png`)), [1200, 630], card);
    assert.equal(existsSync(site('assets/images/social/guide/private.png')), false, 'cards: false in its front matter');
    assert.equal(existsSync(site('assets/images/social/drafts/idea.png')), false, 'cards_exclude: drafts/*');
  });

  test("should end each page's head with the card's tags, in Material's default layout's order", () => {
    const html = readFileSync(site('setup/index.html'), 'utf8');
    assert.deepEqual(metaTags(html), [
      ['og:type', 'website'],
      ['og:title', 'Setting up the project on Ελληνικά machines - Social Site'],
      ['og:description', 'Everything you need to install, step by step.'],
      ['og:image', 'https://example.org/docs/assets/images/social/setup.png'],
      ['og:image:type', 'image/png'],
      ['og:image:width', '1200'],
      ['og:image:height', '630'],
      ['og:url', 'https://example.org/docs/setup/'],
      ['twitter:card', 'summary_large_image'],
      ['twitter:title', 'Setting up the project on Ελληνικά machines - Social Site'],
      ['twitter:description', 'Everything you need to install, step by step.'],
      ['twitter:image', 'https://example.org/docs/assets/images/social/setup.png'],
    ]);
    // Astro hoists its bundled stylesheet to the end of the head: nothing else follows the tags.
    assert.match(html, /<meta property="twitter:image" content="[^"]+">(<link rel="stylesheet" href="[^"]+">)*<\/head>/, 'last in the head');
  });

  test('should title the homepage by the site name, and escape what a title holds', () => {
    assert.deepEqual(metaTags(readFileSync(site('index.html'), 'utf8')).slice(1, 3), [['og:title', 'Social Site'], ['og:description', 'Cards for every page']]);
    assert.match(readFileSync(site('guide/colours/index.html'), 'utf8'), /<meta property="og:title" content="Colours &amp; &quot;quotes&quot; - Social Site">/);
  });

  test('should give the pages without a card no card tags', () => {
    for (const page of ['guide/private/index.html', 'drafts/idea/index.html']) assert.deepEqual(metaTags(readFileSync(site(page), 'utf8')), [], page);
  });

  test('should draw again only the card whose page changed, the others copied from the cache', async () => {
    appendFileSync(path.join(root, 'docs/guide/index.md'), '\nMore words.\n');
    const same = await build();
    assert.equal(same.code, 0, same.stderr);
    assert.match(same.stdout + same.stderr, /social plugin: 0 cards drawn, 4 kept from the last build/, 'a change that no card shows');
    const setup = path.join(root, 'docs/setup.md');
    writeFileSync(setup, readFileSync(setup, 'utf8').replace('title: Setting up', 'title: Installing'));
    const changed = await build();
    assert.equal(changed.code, 0, changed.stderr);
    assert.match(changed.stdout + changed.stderr, /social plugin: 1 cards drawn, 3 kept from the last build/);
    assert.deepEqual(pngSize(site('assets/images/social/setup.png')), [1200, 630]);
    assert.equal(readdirSync(site('.mkdocs-astro-cache/social')).length, 4, "the cache holds this build's cards only");
  });
});
