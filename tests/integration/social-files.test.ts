import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { cardServer, saveCardCache, writeSocialCards } from '../../src/integration/social-files.ts';
import type { SocialCard } from '../../src/site/social-cards.ts';

const card = (to: string, title: string, fontFamily = 'Roboto'): SocialCard => ({ to, siteName: 'Site', title, description: '', background: '#4051b5', backgroundImage: undefined, color: '#ffffff', fontFamily, logo: undefined });

function site(root: string, cards: SocialCard[], options: { cache?: boolean; themeFont?: string; icons?: Record<string, string> } = {}) {
  return {
    social: { cards, cache: options.cache ?? true },
    model: { site: { icons: options.icons ?? {} } },
    outDir: path.join(root, 'site'),
    config: { config_file_path: path.join(root, 'mkdocs.yml'), theme: { font: { text: options.themeFont ?? 'Roboto' } } },
    pluginPlace: () => ({ file: path.join(root, 'mkdocs.yml'), line: 4, column: 5 }),
  };
}

/** A build: cards written into a workspace, published over the site folder (dot entries kept), the cache saved. */
async function build(root: string, cards: SocialCard[], options: { cache?: boolean; useCache?: boolean; icons?: Record<string, string> } = {}) {
  const out = path.join(root, 'work');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await writeSocialCards(site(root, cards, options), out, options.useCache ?? true, Promise.resolve());
  const published = path.join(root, 'site');
  mkdirSync(published, { recursive: true });
  rmSync(path.join(published, 'assets'), { recursive: true, force: true });
  if (existsSync(path.join(out, 'assets'))) renameSync(path.join(out, 'assets'), path.join(published, 'assets'));
  saveCardCache(published, result.keys);
  return result;
}

describe('the social cards of a build (src/integration/social-files.ts)', () => {
  test('should draw each card once, then copy the unchanged ones from the cache and keep only this build\'s', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'social-files-'));
    const first = await build(root, [card('assets/images/social/a.png', 'A'), card('assets/images/social/b.png', 'B')]);
    assert.deepEqual([first.drawn, first.reused], [2, 0]);
    const before = readFileSync(path.join(root, 'site/assets/images/social/a.png'));
    const second = await build(root, [card('assets/images/social/a.png', 'A'), card('assets/images/social/b.png', 'B changed')]);
    assert.deepEqual([second.drawn, second.reused], [1, 1]);
    assert.ok(readFileSync(path.join(root, 'site/assets/images/social/a.png')).equals(before));
    assert.equal(readdirSync(path.join(root, 'site/.mkdocs-astro-cache/social')).length, 2, "the old B is gone from the cache");
  });

  test('should draw a card with an icon logo again when the icon\'s SVG changed under the same name (a custom_dir .icons file edited)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'social-files-'));
    const withIcon: SocialCard = { ...card('assets/images/social/a.png', 'A'), logo: { kind: 'icon', name: 'own/logo' } };
    const svg = (d: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${d}"/></svg>`;
    await build(root, [withIcon], { icons: { 'own/logo': svg('M0 0h24v24H0z') } });
    const before = readFileSync(path.join(root, 'site/assets/images/social/a.png'));
    assert.equal((await build(root, [withIcon], { icons: { 'own/logo': svg('M0 0h24v24H0z') } })).reused, 1);
    const redrawn = await build(root, [withIcon], { icons: { 'own/logo': svg('M12 2 2 22h20z') } });
    assert.deepEqual([redrawn.drawn, redrawn.reused], [1, 0]);
    assert.ok(!readFileSync(path.join(root, 'site/assets/images/social/a.png')).equals(before), 'the new logo is drawn');
  });

  test('should draw every card again under --no-cache or the plugin\'s cache: false', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'social-files-'));
    await build(root, [card('assets/images/social/a.png', 'A')]);
    assert.equal((await build(root, [card('assets/images/social/a.png', 'A')], { useCache: false })).drawn, 1);
    assert.equal((await build(root, [card('assets/images/social/a.png', 'A')], { cache: false })).drawn, 1);
  });

  test('should warn at the plugin about a card font not installed, and only note it when it is the theme\'s (the theme warns)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'social-files-'));
    const own = await writeSocialCards(site(root, [card('a.png', 'A', 'Not Installed')]), path.join(root, 'out'), true, Promise.resolve());
    assert.deepEqual(own.messages.map((m) => [m.severity, m.line, /^social plugin: the cards' font "Not Installed" is not installed /.test(m.message)]), [['warning', 4, true]]);
    const themes = await writeSocialCards(site(root, [card('a.png', 'A', 'Not Installed')], { themeFont: 'Not Installed' }), path.join(root, 'out'), true, Promise.resolve());
    assert.deepEqual(themes.messages.map((m) => m.severity), ['info']);
  });

  test('should leave out a card that cannot be drawn, with a warning, and draw the others', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'social-files-'));
    // A font package of the project's own whose file is no font.
    const broken = path.join(root, 'node_modules/@fontsource/broken-font');
    mkdirSync(path.join(broken, 'files'), { recursive: true });
    writeFileSync(path.join(broken, 'package.json'), '{"name": "@fontsource/broken-font", "version": "1.0.0"}');
    writeFileSync(path.join(broken, 'files/broken-font-latin-700-normal.woff'), 'not a font');
    const result = await build(root, [card('assets/images/social/a.png', 'A', 'Broken Font'), card('assets/images/social/b.png', 'B')]);
    assert.deepEqual([result.drawn, [...result.keys.keys()]], [1, ['assets/images/social/b.png']]);
    assert.equal(existsSync(path.join(root, 'site/assets/images/social/a.png')), false);
    assert.match(result.messages.map((m) => `${m.severity} ${m.message}`).join('\n'), /^warning social plugin: the card assets\/images\/social\/a\.png could not be drawn: /m);
  });

  test('should write nothing and load nothing for a site without cards', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'social-files-'));
    const result = await writeSocialCards(site(root, []), path.join(root, 'out'), true, Promise.resolve());
    assert.deepEqual([result.drawn, result.reused, result.keys.size], [0, 0, 0]);
    assert.equal(existsSync(path.join(root, 'out')), false);
  });

  test('should serve a card by its site path, drawn once, and nothing for another path', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'social-files-'));
    const said: string[] = [];
    const served = cardServer(site(root, [card('assets/images/social/a.png', 'A')]), (message) => said.push(message.message));
    assert.equal(served('assets/images/social/b.png'), undefined);
    const png = await served('assets/images/social/a.png');
    assert.equal(png?.readUInt32BE(16), 1200);
    assert.equal(served('assets/images/social/a.png'), served('assets/images/social/a.png'), 'the same drawing');
    assert.deepEqual(said, []);
  });
});
