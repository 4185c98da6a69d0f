/**
 * mkdocs-rss-plugin's feed files (src/site/rss.ts, src/site/rss-feed.ts) for a few pages. The
 * expected RSS is the plugin's rss.xml.jinja2 worked through by hand: trim_blocks and
 * lstrip_blocks leave an `{% if %}` line's element glued to the one before and a plain line's
 * indent before its element, then the plugin drops the newlines and squeezes the spaces.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { flatten } from '../../src/site/rss-feed.ts';
import { rssOptions } from '../../src/site/rss-options.ts';
import { rssFeeds, type RssSite } from '../../src/site/rss.ts';

const BUILT = 1_700_000_000; // Tue, 14 Nov 2023 22:13:20 UTC
let docsDir = '';

function site(raw: Record<string, unknown>, url: string | null = 'https://example.org/'): RssSite {
  const siteUrl = url ?? undefined;
  const options = rssOptions([{ name: 'rss', options: { use_git: false, match_path: 'blog/.*', date_from_meta: { as_creation: 'date', as_update: 'updated' }, ...raw } }], siteUrl).options;
  assert.ok(options);
  return {
    config: { docs_dir: docsDir, site_name: 'My Site', site_url: siteUrl, site_description: 'Notes', site_author: 'Jane', repo_url: 'https://github.com/x/y', theme: { language: 'en' } },
    options,
    projectDir: path.dirname(docsDir),
    builtAt: BUILT,
    pages: [
      { src: 'index.md', url: '', title: 'Home', html: '<p>Home</p>', meta: {} },
      { src: 'blog/posts/a.md', url: 'blog/a/', title: 'A <post>', html: '<p>A</p>', meta: { description: 'First & best', authors: ['jane'], categories: ['News', 'Art'], date: new Date(Date.UTC(2024, 0, 15)) } },
      { src: 'blog/posts/b.md', url: 'blog/b/', title: 'B', html: '<h1>B</h1>', meta: { date: '2024-02-01 10:30', updated: '2024-03-01 08:00' } },
      { src: 'blog/posts/draft.md', url: 'blog/draft/', title: 'Draft', html: '', meta: { draft: true, date: new Date(Date.UTC(2025, 0, 1)) } },
    ],
  };
}
const file = (made: ReturnType<typeof rssFeeds>, name: string) => made.files.find((entry) => entry.file === name)?.text;

const HEAD = '<?xml version="1.0" encoding="UTF-8" ?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"> <channel>';
const TIMES = ' <pubDate>Tue, 14 Nov 2023 22:13:20 -0000</pubDate> <lastBuildDate>Tue, 14 Nov 2023 22:13:20 -0000</lastBuildDate> <ttl>1440</ttl> <generator>mkdocs-rss-plugin - v1.17.1</generator>';

describe('the rss plugin\'s feeds', () => {
  before(() => {
    docsDir = path.join(mkdtempSync(path.join(tmpdir(), 'rss-feed-')), 'docs');
    mkdirSync(path.join(docsDir, 'blog', 'posts'), { recursive: true });
    writeFileSync(path.join(docsDir, 'blog', 'posts', 'a.md'), '---\ndescription: First & best\n---\n\n# A\n');
    writeFileSync(path.join(docsDir, 'blog', 'posts', 'b.md'), '---\ndate: 2024-02-01 10:30\n---\n\n# B\n\nSome text.\n\n<!-- more -->\n\nThe rest.\n');
  });

  test('should write the created feed: the channel, then the matching pages newest first, drafts left out', () => {
    const made = rssFeeds(site({ categories: ['categories'], comments_path: '#comments' }));
    assert.deepEqual(made.problems, []);
    assert.deepEqual(made.files.map((entry) => entry.file), ['feed_rss_created.xml', 'feed_rss_updated.xml', 'feed_json_created.json', 'feed_json_updated.json']);
    const channel = '<title>My Site</title><description>Notes</description><link>https://example.org/</link><atom:link href="https://example.org/feed_rss_created.xml" rel="self" type="application/rss+xml" /><managingEditor>Jane</managingEditor><docs>https://github.com/x/y</docs><language>en</language>';
    const b = ' <item> <title>B</title> <description>&lt;h1&gt;B&lt;/h1&gt;&lt;p&gt;Some text.&lt;/p&gt;</description><link>https://example.org/blog/b/</link> <pubDate>Thu, 01 Feb 2024 10:30:00 +0000</pubDate><source url="https://example.org/feed_rss_created.xml">My Site</source><comments>https://example.org/blog/b/#comments</comments><guid isPermaLink="true">https://example.org/blog/b/</guid> </item>';
    const a = ' <item> <title>A &lt;post&gt;</title> <author>jane</author> <category>Art</category> <category>News</category> <description>First &amp; best</description><link>https://example.org/blog/a/</link> <pubDate>Mon, 15 Jan 2024 00:00:00 +0000</pubDate><source url="https://example.org/feed_rss_created.xml">My Site</source><comments>https://example.org/blog/a/#comments</comments><guid isPermaLink="true">https://example.org/blog/a/</guid> </item>';
    assert.equal(file(made, 'feed_rss_created.xml'), `${HEAD}${channel}${TIMES}${b}${a} </channel></rss>`);
  });

  test('should order the updated feed by update date, a page without one dated by the build', () => {
    const xml = file(rssFeeds(site({ length: 1 })), 'feed_rss_updated.xml') ?? '';
    assert.match(xml, /<atom:link href="https:\/\/example.org\/feed_rss_updated.xml"/);
    // a.md has no `updated`: the build's date, older than b's.
    assert.equal([...xml.matchAll(/<item> <title>([^<]+)<\/title>/g)].map((m) => m[1]).join(), 'B', 'length: 1 keeps the newest');
    assert.ok(xml.includes('<pubDate>Fri, 01 Mar 2024 08:00:00 +0000</pubDate>'));
  });

  test('should write the JSON feeds as JSON Feed 1, as json.dump writes them', () => {
    const made = rssFeeds(site({ length: 1, image: 'https://example.org/logo.png' }));
    assert.equal(file(made, 'feed_json_updated.json'), '{"version": "https://jsonfeed.org/version/1", "title": "My Site", "home_page_url": "https://example.org/", "feed_url": "https://example.org/feed_json_updated.json", "description": "Notes", "icon": "https://example.org/logo.png", "authors": [{"name": "Jane"}], "language": "en", "items": [{"id": "https://example.org/blog/b/", "url": "https://example.org/blog/b/", "title": "B", "content_html": "<h1>B</h1>\\n<p>Some text.</p>", "image": null, "date_modified": "2024-03-01T08:00:00+00:00", "authors": [], "tags": null}]}');
    assert.match(file(made, 'feed_json_created.json') ?? '', /"feed_url": "https:\/\/example.org\/feed_json_created.json".*"date_published": "2024-02-01T10:30:00\+00:00"/);
    assert.ok(file(made, 'feed_rss_created.xml')?.includes('<generator>mkdocs-rss-plugin - v1.17.1</generator> <image> <url>https://example.org/logo.png</url> <title>My Site</title><link>https://example.org/</link> </image> <item>'));
  });

  test('should write only the feeds enabled, under feeds_filenames', () => {
    const made = rssFeeds(site({ json_feed_enabled: false, feeds_filenames: { rss_created: 'rss.xml' } }));
    assert.deepEqual(made.files.map((entry) => entry.file), ['rss.xml', 'feed_rss_updated.xml']);
    assert.ok(file(made, 'rss.xml')?.includes('<atom:link href="https://example.org/rss.xml"'));
  });

  test('should leave out every link without site_url, as the plugin\'s None values do', () => {
    const xml = file(rssFeeds(site({}, null)), 'feed_rss_created.xml') ?? '';
    assert.ok(xml.startsWith(`${HEAD}<title>My Site</title><description>Notes</description><managingEditor>Jane</managingEditor>`), xml);
    assert.ok(xml.includes(' <item> <title>B</title> <description>&lt;h1&gt;B&lt;/h1&gt;&lt;p&gt;Some text.&lt;/p&gt;</description> <pubDate>Thu, 01 Feb 2024 10:30:00 +0000</pubDate> </item>'), xml);
  });

  test('should add url_parameters to each item\'s link, not to its guid', () => {
    const xml = file(rssFeeds(site({ url_parameters: { utm_source: 'feed', q: 'a b' } })), 'feed_rss_created.xml') ?? '';
    assert.ok(xml.includes('<link>https://example.org/blog/b/?utm_source=feed&amp;q=a+b</link>'), xml);
    assert.ok(xml.includes('<guid isPermaLink="true">https://example.org/blog/b/</guid>'));
  });

  test('should flatten as the plugin\'s two loops do: only the updated one counts a dropped newline', () => {
    assert.equal(flatten('<a> \n   <b>\n<c>', false), '<a> <b><c>');
    assert.equal(flatten('<a> \n   <b>\n<c>', true), '<a>  <b><c>');
  });
});
