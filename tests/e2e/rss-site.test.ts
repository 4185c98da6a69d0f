/**
 * mkdocs-rss-plugin end to end, through the CLI: tests/fixtures/blog-site in a git repository of
 * its own with `rss` listed writes the four feeds beside the pages, its posts dated by front
 * matter (`date_from_meta`) or git; a project without site_url builds with the plugin's warning
 * at its entry in mkdocs.yml, and its feeds have no links.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { REPO } from '../helpers/build-site.ts';
import { project, runBuildCommand, type Run } from '../helpers/cli-run.ts';

function git(cwd: string, args: string[], date: string): void {
  execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' } });
}
const titles = (xml: string) => [...xml.matchAll(/<item> <title>([^<]+)<\/title>/g)].map((m) => m[1]);

describe('tests/fixtures/blog-site with the rss plugin, in a git repository', () => {
  let root = '';
  let result: Run = { code: -1, stdout: '', stderr: '' };
  const read = (file: string) => readFileSync(path.join(root, 'site', file), 'utf8');
  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'rss-site-'));
    cpSync(path.join(REPO, 'tests/fixtures/blog-site'), root, { recursive: true });
    appendFileSync(path.join(root, 'mkdocs.yml'), 'site_url: https://example.org/news/\nsite_description: News & notes\n');
    const config = readFileSync(path.join(root, 'mkdocs.yml'), 'utf8').replace('  - blog\n', '  - blog\n  - rss:\n      match_path: blog/posts/.*\n      length: 10\n      date_from_meta:\n        as_creation: date\n      categories:\n        - categories\n');
    writeFileSync(path.join(root, 'mkdocs.yml'), config);
    git(root, ['init', '-q'], '2024-01-02T10:00:00Z');
    git(root, ['add', '-A'], '2024-01-02T10:00:00Z');
    git(root, ['commit', '-qm', 'first'], '2024-01-02T10:00:00Z');
    appendFileSync(path.join(root, 'docs/blog/posts/note-1.md'), '\nAn update.\n');
    git(root, ['commit', '-qam', 'second'], '2025-06-15T12:00:00Z');
    result = await runBuildCommand(['build', '-f', path.join(root, 'mkdocs.yml'), '-d', path.join(root, 'site')]);
  });

  test('should build without a warning, the plugin supported', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /, 0 warnings, 0 errors/);
    assert.doesNotMatch(result.stdout + result.stderr, /not supported/);
  });

  test('should list the newest ten posts by creation: front matter dates, git\'s for a post whose date is a map', () => {
    const xml = read('feed_rss_created.xml');
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8" ?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"> <channel><title>Blog Site</title><description>News &amp; notes</description><link>https://example.org/news/</link><atom:link href="https://example.org/news/feed_rss_created.xml" rel="self" type="application/rss+xml" /><language>en</language> <pubDate>'), xml.slice(0, 400));
    assert.deepEqual(titles(xml), ['Note number 9', 'Note number 8', 'Note number 7', 'Note number 6', 'Note number 5', 'Hello world', 'Release 1.0', 'Note number 4', 'Note number 3', 'Note number 2']);
    assert.ok(xml.includes(' <item> <title>Release 1.0</title> <author>joe</author> <category>News</category> <category>Release Notes</category> <description>&lt;h1&gt;Release 1.0&lt;/h1&gt;&lt;p&gt;Version one is out.&lt;/p&gt;</description><link>https://example.org/news/blog/2023/06/01/first-release/</link> <pubDate>Tue, 02 Jan 2024 10:00:00 +0000</pubDate><source url="https://example.org/news/feed_rss_created.xml">Blog Site</source><guid isPermaLink="true">https://example.org/news/blog/2023/06/01/first-release/</guid> </item>'), 'the abstract up to <!-- more -->, git\'s date');
    assert.ok(xml.includes('<pubDate>Mon, 09 Sep 2024 00:00:00 +0000</pubDate>'));
    assert.doesNotMatch(xml, /Draft|<title>Blog<\/title>/, 'neither the draft nor the blog\'s index');
  });

  test('should list the posts by their last commit in the updated feeds, RSS and JSON', () => {
    assert.equal(titles(read('feed_rss_updated.xml'))[0], 'Note number 1');
    const json = JSON.parse(read('feed_json_updated.json')) as { feed_url: string; items: Array<{ title: string; date_modified: string }> };
    assert.equal(json.feed_url, 'https://example.org/news/feed_json_updated.json');
    assert.deepEqual(json.items[0], { ...json.items[0], title: 'Note number 1', date_modified: '2025-06-15T12:00:00+00:00' });
    assert.equal(json.items.length, 10);
    assert.match(read('feed_json_created.json'), /"date_published": "2024-09-09T00:00:00\+00:00"/);
  });
});

describe('a project without site_url, with the rss plugin', () => {
  test('should build with the plugin\'s warning at its entry in mkdocs.yml, and feeds without links', async () => {
    const root = project({ 'index.md': '# Home\n\nWelcome home.\n' }, 'site_name: Plain\nplugins:\n  - rss:\n      use_git: false\n      json_feed_enabled: false\n');
    const run = await runBuildCommand(['build', '-f', path.join(root, 'mkdocs.yml'), '-d', path.join(root, 'site')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /mkdocs\.yml:3:5: warning: rss plugin: site_url is not set in mkdocs\.yml/);
    const xml = readFileSync(path.join(root, 'site', 'feed_rss_created.xml'), 'utf8');
    assert.match(xml, /<channel><title>Plain<\/title><language>en<\/language> <pubDate>/);
    assert.match(xml, /<item> <title>Home<\/title> <description>&lt;h1&gt;Home&lt;\/h1&gt;&lt;p&gt;Welcome home\.&lt;\/p&gt;<\/description> <pubDate>[^<]+<\/pubDate> <\/item>/);
  });
});
