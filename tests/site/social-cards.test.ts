import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MkdocsConfig } from '../../src/config/index.ts';
import { cardFile, hasCard, socialCard, socialTags, type CardPage } from '../../src/site/social-cards.ts';
import { socialOptions, type SocialOptions } from '../../src/site/social-options.ts';

function options(raw: Record<string, unknown> = {}): SocialOptions {
  const read = socialOptions([{ name: 'social', options: raw }], 'https://x.org/').options;
  assert.ok(read);
  return read;
}

const page = (over: Partial<CardPage> = {}): CardPage => ({ src: 'setup.md', dest: 'setup/index.html', url: 'setup/', title: 'Setup', meta: {}, ...over });
const theme: Pick<MkdocsConfig['theme'], 'palette' | 'font' | 'icon'> = { palette: [], font: { text: 'Roboto', code: 'Roboto Mono' }, icon: {} };
const config: Pick<MkdocsConfig, 'site_name' | 'site_description' | 'site_url' | 'use_directory_urls'> & { theme: typeof theme } = { site_name: 'My site', site_description: 'About it', site_url: 'https://x.org/docs/', use_directory_urls: true, theme };
const files = { projectDir: '/project', themeLogo: undefined };

describe("the social plugin's card of a page (src/site/social-cards.ts)", () => {
  test('should place the card at the page\'s output file, .html made .png, as the plugin does', () => {
    assert.equal(cardFile('assets/images/social', { src: 'setup.md', dest: 'setup/index.html' }, true), 'assets/images/social/setup.png');
    assert.equal(cardFile('assets/images/social', { src: 'index.md', dest: 'index.html' }, true), 'assets/images/social/index.png');
    assert.equal(cardFile('assets/images/social', { src: 'guide/index.md', dest: 'guide/index.html' }, true), 'assets/images/social/guide/index.png', 'an index page keeps its index');
    assert.equal(cardFile('assets/images/social', { src: 'guide/README.md', dest: 'guide/index.html' }, true), 'assets/images/social/guide/index.png');
    assert.equal(cardFile('cards', { src: 'a b/c.md', dest: 'a b/c.html' }, false), 'cards/a b/c.png');
  });

  test('should give a page a card unless its front matter, cards_include or cards_exclude say no', () => {
    assert.equal(hasCard(options(), page()), true);
    assert.equal(hasCard(options(), page({ meta: { social: { cards: false } } })), false);
    assert.equal(hasCard(options({ cards: false }), page()), false);
    assert.equal(hasCard(options({ cards: false }), page({ meta: { social: { cards: true } } })), true, 'the page over the plugin');
    assert.equal(hasCard(options({ cards_exclude: ['set*'] }), page()), false);
    assert.equal(hasCard(options({ cards_include: ['blog/*'], cards_exclude: ['nothing'] }), page()), false, 'only included pages when cards_include is given');
    assert.equal(hasCard(options({ cards_include: ['blog/*'], cards_exclude: ['blog/*'] }), page({ src: 'blog/a.md' })), true, 'an included page is not excluded again, as in the plugin');
  });

  test('should draw the palette\'s primary colour and its text colour, the first palette naming one', () => {
    assert.deepEqual(pick(socialCard(options(), config, page(), files)), { background: '#4051b5', color: '#ffffff' }, 'indigo without a palette');
    const palettes = { ...config, theme: { ...theme, palette: [{ scheme: 'default' }, { scheme: 'slate', primary: 'deep orange' }] } };
    assert.deepEqual(pick(socialCard(options(), palettes, page(), files)), { background: '#ff6e42', color: '#ffffff' });
    const amber = { ...config, theme: { ...theme, palette: [{ primary: 'amber' }] } };
    assert.deepEqual(pick(socialCard(options(), amber, page(), files)), { background: '#ffc105', color: '#000000' });
    const custom = { ...config, theme: { ...theme, palette: [{ primary: 'custom' }] } };
    assert.deepEqual(pick(socialCard(options(), custom, page(), files)), { background: '#4051b5', color: '#ffffff' }, 'a colour of its own: the default');
  });

  test('should take the layout options of the plugin, under those of the page', () => {
    const card = socialCard(options({ cards_layout_options: { background_color: '#FBFBFB', color: '#425C82', font_family: 'Public Sans' } }), config, page({ meta: { social: { cards_layout_options: { color: '#000' } } } }), files);
    assert.deepEqual({ ...pick(card), font: card.fontFamily }, { background: '#FBFBFB', color: '#000', font: 'Public Sans' });
  });

  test('should write the front matter\'s title and description, else the page title and site_description', () => {
    const own = socialCard(options(), config, page({ meta: { title: 'Set it up', description: 'Step by step' } }), files);
    assert.deepEqual([own.title, own.description, own.siteName], ['Set it up', 'Step by step', 'My site']);
    const plain = socialCard(options(), { ...config, site_description: undefined }, page(), files);
    assert.deepEqual([plain.title, plain.description], ['Setup', '']);
  });

  test('should use the theme font, Roboto when fonts are off, and the layout\'s font_family over both', () => {
    assert.equal(socialCard(options(), { ...config, theme: { ...theme, font: { text: 'Inter' } } }, page(), files).fontFamily, 'Inter');
    assert.equal(socialCard(options(), { ...config, theme: { ...theme, font: false } }, page(), files).fontFamily, 'Roboto');
  });

  test('should show theme.logo\'s file, else theme.icon.logo, else no logo', () => {
    assert.deepEqual(socialCard(options(), config, page(), { ...files, themeLogo: '/project/docs/logo.png' }).logo, { kind: 'image', file: '/project/docs/logo.png' });
    assert.deepEqual(socialCard(options(), { ...config, theme: { ...theme, icon: { logo: 'material/rocket' } } }, page(), files).logo, { kind: 'icon', name: 'material/rocket' });
    assert.equal(socialCard(options(), config, page(), files).logo, undefined, "Material's default.yml draws no icon unless theme.icon.logo is set");
    assert.deepEqual(socialCard(options({ cards_layout_options: { logo: 'art/mark.svg', background_image: 'art/bg.png' } }), config, page(), files), { ...socialCard(options(), config, page(), files), logo: { kind: 'image', file: '/project/art/mark.svg' }, backgroundImage: '/project/art/bg.png' });
  });
});

describe("the social plugin's meta tags (default.yml's `tags`)", () => {
  const tagsOf = (over: Partial<CardPage> = {}, site: Partial<typeof config> = {}) => {
    const card = socialCard(options(), { ...config, ...site }, page(over), files);
    return socialTags(card, page(over), { ...config, ...site });
  };

  test('should write the twelve tags in the layout\'s order, the title followed by the site name', () => {
    assert.deepEqual(tagsOf(), [
      ['og:type', 'website'],
      ['og:title', 'Setup - My site'],
      ['og:description', 'About it'],
      ['og:image', 'https://x.org/docs/assets/images/social/setup.png'],
      ['og:image:type', 'image/png'],
      ['og:image:width', '1200'],
      ['og:image:height', '630'],
      ['og:url', 'https://x.org/docs/setup/'],
      ['twitter:card', 'summary_large_image'],
      ['twitter:title', 'Setup - My site'],
      ['twitter:description', 'About it'],
      ['twitter:image', 'https://x.org/docs/assets/images/social/setup.png'],
    ]);
  });

  test('should title the homepage by the site name alone', () => {
    const tags = new Map(tagsOf({ src: 'index.md', dest: 'index.html', url: '', title: 'Home' }));
    assert.equal(tags.get('og:title'), 'My site');
    assert.equal(tags.get('og:url'), 'https://x.org/docs/');
    assert.equal(tags.get('og:image'), 'https://x.org/docs/assets/images/social/index.png');
  });

  test('should leave out the descriptions when there is none, and quote the image URL as MkDocs does', () => {
    const tags = tagsOf({ src: 'a b/c(1).md', dest: 'a b/c(1)/index.html', url: 'a%20b/c(1)/' }, { site_description: undefined, site_url: 'https://x.org' });
    assert.deepEqual(tags.map(([property]) => property).filter((property) => property.endsWith('description')), []);
    assert.equal(new Map(tags).get('og:image'), 'https://x.org/assets/images/social/a%20b/c%281%29.png');
  });

  test('should write no tag without site_url (nothing to link), as the plugin', () => {
    assert.deepEqual(tagsOf({}, { site_url: undefined }), []);
  });
});

function pick(card: { background: string; color: string }): { background: string; color: string } {
  return { background: card.background, color: card.color };
}
