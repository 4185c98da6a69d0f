import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { layoutProblem, socialOptions } from '../../src/site/social-options.ts';

const read = (options: Record<string, unknown>, siteUrl: string | undefined = 'https://x.org/') => socialOptions([{ name: 'social', options }], siteUrl);

describe("Material's social plugin options (src/site/social-options.ts)", () => {
  test('should take the plugin\'s defaults when nothing is written', () => {
    const { options, problems } = read({});
    assert.deepEqual(problems, []);
    assert.deepEqual(options, { cards: true, cardsDir: 'assets/images/social', layoutOptions: {}, include: [], exclude: [], cache: true });
  });

  test('should find the plugin under material/social and not when it is switched off or absent', () => {
    assert.ok(socialOptions([{ name: 'material/social', options: {} }], 'https://x.org/').options);
    assert.equal(read({ enabled: false }).options, undefined);
    assert.equal(socialOptions([{ name: 'rss', options: {} }], 'https://x.org/').options, undefined);
  });

  test('should read cards, cards_dir (slashes trimmed), cache and the layout options', () => {
    const { options } = read({ cards: false, cards_dir: '/img/cards/', cache: false, cards_layout_options: { background_color: '#FBFBFB', color: '#425C82' } });
    assert.equal(options?.cards, false);
    assert.equal(options?.cardsDir, 'img/cards');
    assert.equal(options?.cache, false);
    assert.deepEqual(options?.layoutOptions, { background_color: '#FBFBFB', color: '#425C82' });
  });

  test('should keep cards_dir inside the site, whatever it says', () => {
    for (const dir of ['../outside', 'a/../../b', '.', '/']) {
      const { options, problems } = read({ cards_dir: dir });
      assert.equal(options?.cardsDir, 'assets/images/social', dir);
      assert.match(problems[0] ?? '', /is not a folder inside the site/, dir);
    }
    assert.equal(read({ cards_dir: 'img/./cards/' }).options?.cardsDir, 'img/cards');
  });

  test('should match cards_include and cards_exclude as fnmatch patterns over the whole source path', () => {
    const { options } = read({ cards_include: ['blog/*'], cards_exclude: ['*.draft.md'] });
    assert.equal(options?.include[0]?.test('blog/posts/a.md'), true, '* crosses folders, as fnmatch does');
    assert.equal(options?.include[0]?.test('docs/blog/a.md'), false);
    assert.equal(options?.exclude[0]?.test('a.draft.md'), true);
  });

  test('should read one pattern written alone, saying it should be a list', () => {
    const { options, problems } = read({ cards_exclude: 'drafts/*' });
    assert.equal(options?.exclude.length, 1);
    assert.deepEqual(problems, ['social plugin: cards_exclude should be a list of patterns; read as ["drafts/*"]']);
  });

  test('should fall back to the default layout with a warning for another one, and say nothing for default', () => {
    assert.deepEqual(read({ cards_layout: 'default/variant' }).problems, ["social plugin: cards_layout 'default/variant' is not drawn here (only Material's 'default' layout is); its cards use the 'default' layout"]);
    assert.deepEqual(read({ cards_layout: 'default' }).problems, []);
    assert.equal(layoutProblem('default.yml'), undefined);
    assert.match(layoutProblem('custom/card') ?? '', /'custom\/card' is not drawn here/);
  });

  test('should move the deprecated cards_color and cards_font where Material moves them, with its deprecation warning', () => {
    const { options, problems } = read({ cards_color: { fill: '#000', text: '#fff' }, cards_font: 'Public Sans' });
    assert.deepEqual(options?.layoutOptions, { background_color: '#000', color: '#fff', font_family: 'Public Sans' });
    assert.equal(problems.length, 2);
    assert.match(problems[0] ?? '', /'cards_color' is deprecated/);
  });

  test('should keep cards_layout_options over a deprecated option naming the same thing', () => {
    assert.deepEqual(read({ cards_layout_options: { color: '#111' }, cards_color: { text: '#fff' } }).options?.layoutOptions, { color: '#111' });
  });

  test('should warn about an unknown option and a value of the wrong type, and not about those that change nothing here', () => {
    assert.deepEqual(read({ cards_colour: {}, cards: 'yes', cache_dir: '.cache', debug: true, concurrency: 2, cards_layout_dir: 'layouts' }).problems, [
      "social plugin: unknown option 'cards_colour', ignored",
      'social plugin: cards must be true or false, not "yes"; using true',
    ]);
  });

  test('should give the plugin\'s warning without site_url, and still make the cards', () => {
    const { options, problems } = socialOptions([{ name: 'social', options: {} }], undefined);
    assert.ok(options);
    assert.deepEqual(problems, ["social plugin: the 'site_url' option is not set: the cards are generated, but not linked, so they won't be visible on social media"]);
  });
});
