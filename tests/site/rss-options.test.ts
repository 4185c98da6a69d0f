/**
 * mkdocs-rss-plugin's options (src/site/rss-options.ts): its config.py defaults, a problem and
 * the default for each value its schema refuses, and the plugin off when asked or when both
 * feeds are disabled. sitePlugins places those problems at the plugin's entry in mkdocs.yml.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sitePlugins } from '../../src/site/plugins.ts';
import { rssOptions, type RssOptions } from '../../src/site/rss-options.ts';

const SITE = 'https://example.org/';
function options(raw: Record<string, unknown> = {}): RssOptions {
  const read = rssOptions([{ name: 'rss', options: raw }], SITE).options;
  assert.ok(read);
  return read;
}
const problems = (raw: Record<string, unknown>, siteUrl: string | undefined = SITE) => rssOptions([{ name: 'rss', options: raw }], siteUrl).problems;

describe('rss plugin options', () => {
  test('should take the plugin\'s defaults when nothing is set', () => {
    const read = options();
    assert.equal(read.abstractCharsCount, 160);
    assert.equal(read.abstractDelimiter, '<!-- more -->');
    assert.equal(read.categories, undefined);
    assert.equal(read.commentsPath, undefined);
    assert.deepEqual(read.dates, { asCreation: 'git', asUpdate: 'git', datetimeFormat: '%Y-%m-%d %H:%M', defaultTime: { hours: 0, minutes: 0 }, defaultTimezone: 'UTC' });
    assert.deepEqual(read.filenames, { rssCreated: 'feed_rss_created.xml', rssUpdated: 'feed_rss_updated.xml', jsonCreated: 'feed_json_created.json', jsonUpdated: 'feed_json_updated.json' });
    assert.equal(read.feedTtl, 1440);
    assert.equal(read.length, 20);
    assert.equal(read.rssFeed, true);
    assert.equal(read.jsonFeed, true);
    assert.equal(read.useGit, true);
    assert.equal(read.urlParameters, undefined);
    assert.deepEqual(problems({}), []);
  });

  test('should read every option it follows', () => {
    const read = options({
      abstract_chars_count: -1, abstract_delimiter: '<!-- cut -->', categories: ['tags', 'categories'], comments_path: '#__comments',
      date_from_meta: { as_creation: 'date.created', as_update: 'date.updated', datetime_format: '%d/%m/%Y', default_time: '09:30', default_timezone: 'Europe/Paris' },
      feeds_filenames: { rss_created: 'rss.xml' }, feed_title: 'News', feed_description: 'All of it', feed_ttl: 60, image: 'https://x.org/logo.png',
      json_feed_enabled: false, length: 5, match_path: 'blog/posts/.*', url_parameters: { utm_source: 'feed', n: 1 }, use_git: false,
    });
    assert.deepEqual([read.abstractCharsCount, read.abstractDelimiter, read.categories, read.commentsPath], [-1, '<!-- cut -->', ['tags', 'categories'], '#__comments']);
    assert.deepEqual(read.dates, { asCreation: 'date.created', asUpdate: 'date.updated', datetimeFormat: '%d/%m/%Y', defaultTime: { hours: 9, minutes: 30 }, defaultTimezone: 'Europe/Paris' });
    assert.equal(read.filenames.rssCreated, 'rss.xml');
    assert.equal(read.filenames.rssUpdated, 'feed_rss_updated.xml', 'the other names keep their defaults');
    assert.deepEqual([read.feedTitle, read.feedDescription, read.feedTtl, read.image, read.jsonFeed, read.length, read.useGit], ['News', 'All of it', 60, 'https://x.org/logo.png', false, 5, false]);
    assert.deepEqual(read.urlParameters, [['utm_source', 'feed'], ['n', '1']]);
  });

  test('should match match_path at the start of the source path only, as re.match', () => {
    const { matchPath } = options({ match_path: 'posts/.*' });
    const matches = (src: string) => {
      matchPath.lastIndex = 0;
      return matchPath.test(src);
    };
    assert.equal(matches('posts/a.md'), true);
    assert.equal(matches('blog/posts/a.md'), false);
  });

  test('should be off when disabled, and when both feeds are disabled (with the plugin\'s error)', () => {
    assert.equal(rssOptions([{ name: 'rss', options: { enabled: false } }], SITE).options, undefined);
    assert.equal(rssOptions([], SITE).options, undefined);
    const off = rssOptions([{ name: 'rss', options: { rss_feed_enabled: false, json_feed_enabled: false } }], SITE);
    assert.equal(off.options, undefined);
    assert.match(off.problems.join('\n'), /at least one export option has to be enabled/);
  });

  test('should warn without site_url, and still make the feeds', () => {
    const read = rssOptions([{ name: 'rss', options: {} }], undefined);
    assert.ok(read.options);
    assert.deepEqual(read.problems, ['rss plugin: site_url is not set in mkdocs.yml, whereas a feed needs absolute URLs: the feeds are written without links']);
  });

  test('should name each refused value and use the default', () => {
    assert.deepEqual(problems({ length: 'ten' }), ['rss plugin: length must be an integer, not "ten"; using 20']);
    assert.deepEqual(problems({ use_git: 'yes' }), ['rss plugin: use_git must be true or false, not "yes"; using true']);
    assert.deepEqual(problems({ match_path: '(' }).length, 1);
    assert.match(problems({ match_path: '(' })[0] ?? '', /match_path '\(' is not a valid regular expression/);
    assert.deepEqual(problems({ date_from_meta: { default_time: '9h' } }), ['rss plugin: date_from_meta.default_time \'9h\' does not match the format %H:%M; using 00:00']);
    assert.match(problems({ date_from_meta: { default_timezone: 'Mars/Base' } }).join(), /unknown timezone 'Mars\/Base'/);
    assert.deepEqual(problems({ categories: 'tags' }), ['rss plugin: categories must be a list of front matter keys; no categories']);
    assert.deepEqual(problems({ feeds_filenames: { atom: 'a.xml' } }), ['rss plugin: unknown option \'feeds_filenames.atom\', ignored']);
  });

  test('should name the options it does not follow, each once', () => {
    assert.deepEqual(problems({ pretty_print: true, colour: 'red' }), ['rss plugin: unknown option \'colour\', ignored'], 'pretty_print only indents the feeds: nothing to say');
    assert.deepEqual(problems({ pretty_print: false, cache_dir: '.cache', use_material_social_cards: false }), [], 'options without an effect here say nothing');
  });

  test('should take a boolean date source for git, with the plugin\'s deprecation warning', () => {
    const read = rssOptions([{ name: 'rss', options: { date_from_meta: { as_creation: false } } }], SITE);
    assert.equal(read.options?.dates.asCreation, 'git');
    assert.equal(read.options?.dates.asUpdate, 'git');
    assert.match(read.problems.join(), /a boolean is deprecated since 1\.13/);
  });

  test('should place its warnings at the plugin\'s entry in mkdocs.yml', () => {
    const place = (name: string) => (name === 'rss' ? { file: '/p/mkdocs.yml', line: 7, column: 5 } : undefined);
    const plugins = sitePlugins({ plugins: [{ name: 'rss', options: { length: 'x' } }], markdown_extensions: [], extra: {}, config_file_path: '/p/mkdocs.yml', site_url: SITE }, false, place);
    assert.ok(plugins.rss);
    assert.deepEqual(plugins.messages, [{ severity: 'warning', message: 'rss plugin: length must be an integer, not "x"; using 20', file: '/p/mkdocs.yml', line: 7, column: 5 }]);
  });
});
