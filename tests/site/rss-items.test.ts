/**
 * What mkdocs-rss-plugin keeps of a page (src/site/rss-items.ts) and its dates
 * (src/site/rss-dates.ts): description or abstract, authors, categories, the image enclosure,
 * dates from front matter, git or the build, and the newest items first.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildDate, isoFormat, rfc2822, strptime, wallTime, zoned } from '../../src/site/rss-dates.ts';
import { newest, pageItem, takesPage, type ItemContext, type RssItem, type RssPage } from '../../src/site/rss-items.ts';
import { rssOptions } from '../../src/site/rss-options.ts';

function context(raw: Record<string, unknown> = {}, more: Partial<ItemContext> = {}): ItemContext {
  const options = rssOptions([{ name: 'rss', options: raw }], 'https://x.org/').options;
  assert.ok(options);
  // A stand-in for Python-Markdown that shows what it was given.
  return { options, siteUrl: 'https://x.org/', docsDir: '/nowhere', git: undefined, builtAt: 1_700_000_000, markdownToHtml: (markdown) => `[${markdown}]`, ...more };
}
const page = (fields: Partial<RssPage> = {}): RssPage => ({ src: 'a.md', url: 'a/', title: 'A', meta: {}, markdown: 'Some words.', html: '<p>Some words.</p>', ...fields });
const item = (fields: Partial<RssPage>, ctx = context()) => pageItem(page(fields), ctx).item;

describe('rss plugin items', () => {
  test('should describe a page by front matter rss.feed_description, then description, then its abstract', () => {
    assert.equal(item({ meta: { rss: { feed_description: 'For feeds' }, description: 'Plain' } }).description, 'For feeds');
    assert.equal(item({ meta: { description: 'Plain' } }).description, 'Plain');
    assert.equal(item({ markdown: 'Intro.\n<!-- more -->\nRest.' }).description, '[Intro.\n]');
    assert.equal(item({}).description, '[Some words.]');
  });

  test('should cut the abstract at abstract_chars_count code points, ending it with ...', () => {
    const ctx = context({ abstract_chars_count: 8 });
    assert.equal(item({ markdown: 'été, printemps' }, ctx).description, '[été, ...]');
    assert.equal(item({ markdown: '12345678' }, ctx).description, '[12345678]', 'as long as the count: whole');
    assert.equal(item({ meta: { description: 'Meta' }, html: '<p>All</p>' }, context({ abstract_chars_count: -1 })).description, '<p>All</p>', '-1: the whole content, before the description');
  });

  test('should say so when a page has no description at all', () => {
    const made = pageItem(page({ markdown: '' }), context({ abstract_delimiter: '' }));
    assert.equal(made.item.description, '');
    assert.match(made.problems.join(), /no description generated from the metadata or content of a\.md/);
  });

  test('should read authors from author, else authors, and categories from the keys given, sorted', () => {
    assert.deepEqual(item({ meta: { author: 'Ann', authors: ['Bob'] } }).authors, ['Ann']);
    assert.deepEqual(item({ meta: { authors: ['Bob', 'Cy'] } }).authors, ['Bob', 'Cy']);
    assert.equal(item({}).authors, undefined);
    const ctx = context({ categories: ['tags', 'categories'] });
    assert.deepEqual(item({ meta: { tags: ['b', 'Z'], categories: 'a' } }, ctx).categories, ['Z', 'a', 'b']);
    assert.equal(item({ meta: { tags: ['b'] } }).categories, undefined, 'no categories option: none');
  });

  test('should make a local image an absolute URL with its size, and keep a remote one as it is', () => {
    const docsDir = mkdtempSync(path.join(tmpdir(), 'rss-image-'));
    writeFileSync(path.join(docsDir, 'cover.png'), Buffer.alloc(42));
    assert.deepEqual(item({ meta: { image: 'cover.png' } }, context({}, { docsDir })).image, ['https://x.org/cover.png', 'image/png', 42]);
    assert.deepEqual(item({ meta: { illustration: 'https://cdn.org/c.jpg' } }).image, ['https://cdn.org/c.jpg', 'image/jpeg', undefined]);
    assert.equal(item({}).image, undefined);
  });

  test('should take the pages match_path matches, not drafts', () => {
    const options = context({ match_path: 'blog/' }).options;
    assert.equal(takesPage({ src: 'blog/a.md', meta: {} }, options), true);
    assert.equal(takesPage({ src: 'blog/a.md', meta: { draft: true } }, options), false);
    assert.equal(takesPage({ src: 'about.md', meta: {} }, options), false);
  });

  test('should date a page from the front matter keys date_from_meta names, dotted keys into maps', () => {
    const ctx = context({ date_from_meta: { as_creation: 'date.created', as_update: 'date.updated', default_time: '09:30', default_timezone: 'Europe/Paris' } });
    const dated = item({ meta: { date: { created: new Date(Date.UTC(2024, 0, 15)), updated: '2024-07-01 12:00' } } }, ctx);
    assert.equal(rfc2822(dated.created), 'Mon, 15 Jan 2024 09:30:00 +0100', 'a date gets default_time, in default_timezone');
    assert.equal(rfc2822(dated.updated), 'Mon, 01 Jul 2024 12:00:00 +0200');
  });

  test('should read front matter dates as PyYAML types them: a date, a naive or an aware date and time, else text for strptime', () => {
    const ctx = context({ date_from_meta: { as_creation: 'date', default_time: '08:00', default_timezone: 'Europe/Paris' } });
    const at = (date: string) => rfc2822(item({ meta: { date } }, ctx).created);
    assert.equal(at('2024-01-31'), 'Wed, 31 Jan 2024 08:00:00 +0100', 'a date: default_time');
    assert.equal(at('2024-07-31 10:00:00'), 'Wed, 31 Jul 2024 10:00:00 +0200', 'naive: default_timezone');
    assert.equal(at('2024-07-31T10:00:00Z'), 'Wed, 31 Jul 2024 10:00:00 +0000', 'aware: its own zone');
    assert.equal(at('2024-07-31 10:00'), 'Wed, 31 Jul 2024 10:00:00 +0200', 'no seconds: text, read with datetime_format');
  });

  test('should date a page from git when no key is named, else by the build', () => {
    const git = new Map([['a.md', { created: 1_704_067_200, createdHash: 'a', updated: 1_706_745_600, updatedHash: 'b' }]]);
    const ctx = context({}, { git });
    assert.equal(isoFormat(item({}, ctx).created), '2024-01-01T00:00:00+00:00');
    assert.equal(isoFormat(item({}, ctx).updated), '2024-02-01T00:00:00+00:00');
    assert.equal(isoFormat(item({ src: 'new.md' }, ctx).created), '2023-11-14T22:13:20+00:00', 'never committed: the build');
    const metaFirst = context({ date_from_meta: { as_creation: 'date' } }, { git });
    assert.equal(isoFormat(item({ meta: { date: '2020-05-05 05:05' } }, metaFirst).created), '2020-05-05T05:05:00+00:00');
    assert.equal(isoFormat(item({ meta: { date: 'soon' } }, metaFirst).created), '2024-01-01T00:00:00+00:00', 'a date strptime refuses: git');
  });

  test('should keep the newest items by the date asked, the pages\' order among equals', () => {
    const at = (title: string, day: number): RssItem => ({ ...item({ title }), created: wallTime(Date.UTC(2024, 0, day), 'UTC') });
    const items = [at('old', 1), at('first', 5), at('second', 5), at('new', 9)];
    assert.deepEqual(newest(items, 'created', 3).map((entry) => entry.title), ['new', 'first', 'second']);
  });
});

describe('rss plugin dates', () => {
  test('should read strptime\'s common directives and refuse what does not match', () => {
    assert.equal(strptime('2024-01-15 10:30', '%Y-%m-%d %H:%M').value, Date.UTC(2024, 0, 15, 10, 30));
    assert.equal(strptime('15 Jan 2024', '%d %b %Y').value, Date.UTC(2024, 0, 15));
    assert.equal(strptime('2024-02-30 10:30', '%Y-%m-%d %H:%M').value, undefined);
    assert.equal(strptime('2024-01-15', '%Y-%m-%d %H:%M').value, undefined);
    assert.match(strptime('2024', '%G').problem ?? '', /%G/);
  });

  test('should write dates as email.utils and isoformat do', () => {
    assert.equal(rfc2822(zoned(1_700_000_000, 'America/New_York')), 'Tue, 14 Nov 2023 17:13:20 -0500');
    assert.equal(isoFormat(zoned(1_700_000_000, 'Asia/Kolkata')), '2023-11-15T03:43:20+05:30');
    assert.equal(buildDate(1_700_000_000), 'Tue, 14 Nov 2023 22:13:20 -0000');
  });
});
