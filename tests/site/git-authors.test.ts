/**
 * mkdocs-git-authors-plugin (src/site/git-authors*.ts, src/site/git-blame.ts) on a git repository
 * made here: Ada commits a.md (4 lines, one empty), then Bo (an upper-case email) adds a line to
 * it and commits b.md (5 lines); c.md is never committed. a.md: Ada 4 lines, Bo 1; the site: Bo
 * 6, Ada 4. Its options, the blame read, the counts, the summaries the tags become and the
 * messages, as the plugin makes them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { applyGitAuthors, pageAuthorsOf, pageAuthorsSummary, percent, siteAuthorsSummary, tallyAuthors } from '../../src/site/git-authors.ts';
import { gitAuthorsOptions, type GitAuthorsOptions } from '../../src/site/git-authors-options.ts';
import { parseBlame, readBlame, type BlameRead, type BlamedLine } from '../../src/site/git-blame.ts';
import type { PageResult } from '../../src/site/render-pages.ts';
import type { PreparedSite } from '../../src/site/prepare.ts';
import { createSiteSession } from '../../src/site/session.ts';

const optionsOf = (options: Record<string, unknown> = {}): GitAuthorsOptions => {
  const read = gitAuthorsOptions([{ name: 'git-authors', options }], false, '/project');
  assert.ok(read.options);
  assert.deepEqual(read.problems, []);
  return read.options;
};

const ADA = ['-c', 'user.name=Ada', '-c', 'user.email=ada@example.org'];
const BO = ['-c', 'user.name=Bo', '-c', 'user.email=Bo@Example.org'];

let root = '';
let docs = '';
let blame: BlameRead = { kind: 'unavailable', reason: '', refFiles: [] };
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });

before(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'git-authors-'));
  docs = path.join(root, 'docs');
  mkdirSync(docs);
  git('init', '-q');
  writeFileSync(path.join(docs, 'a.md'), '# A\n\nline one\nline two\n');
  git('add', '-A');
  git(...ADA, 'commit', '-qm', 'a');
  writeFileSync(path.join(docs, 'a.md'), '# A\n\nline one\nline two\nbo line\n');
  writeFileSync(path.join(docs, 'b.md'), '# B\n\nx\ny\nz\n');
  git('add', '-A');
  git(...BO, 'commit', '-qm', 'b');
  writeFileSync(path.join(docs, 'c.md'), '# C\n');
  blame = await readBlame(docs, ['a.md', 'b.md', 'c.md'], {});
});
after(() => rmSync(root, { recursive: true, force: true }));

const pagesOf = (): ReadonlyMap<string, readonly BlamedLine[] | undefined> => {
  assert.equal(blame.kind, 'read');
  return blame.kind === 'read' ? blame.pages : new Map();
};

describe('gitAuthorsOptions', () => {
  test("should give the plugin's defaults", () => {
    const options = optionsOf();
    assert.deepEqual({ ...options, exclude: options.exclude.length }, { showContribution: false, showLineCount: false, showEmailAddress: true, href: 'mailto:{email}', countEmptyLines: true, fallbackToEmpty: false, exclude: 0, ignoreCommits: undefined, ignoreAuthors: [], sortBy: 'name', threshold: 0, strict: true });
  });

  test('should be off with enabled: false, and under serve with enabled_on_serve: false', () => {
    assert.equal(gitAuthorsOptions([{ name: 'git-authors', options: { enabled: false } }], false).options, undefined);
    assert.equal(gitAuthorsOptions([{ name: 'git-authors', options: { enabled_on_serve: false } }], true).options, undefined);
    assert.ok(gitAuthorsOptions([{ name: 'git-authors', options: { enabled_on_serve: false } }], false).options);
    assert.equal(gitAuthorsOptions([], false).options, undefined);
  });

  test('should name a wrong value and an unknown option, and use the default', () => {
    const read = gitAuthorsOptions([{ name: 'git-authors', options: { show_contribution: 'yes', sort_authors_by: 'date', authorship_threshold_percent: 150, colour: 1, ignore_commits: '.ignore' } }], false, '/project');
    assert.equal(read.options?.showContribution, false);
    assert.equal(read.options?.sortBy, 'name');
    assert.equal(read.options?.threshold, 0);
    assert.equal(read.options?.ignoreCommits, path.resolve('/project', '.ignore'));
    assert.equal(read.problems.length, 4, read.problems.join('\n'));
    assert.match(read.problems.join('\n'), /unknown option 'colour'/);
  });
});

describe('readBlame', () => {
  test("should give each line's author, emails without <> and lower-cased, and no lines for a page never committed", () => {
    const pages = pagesOf();
    assert.deepEqual(pages.get('a.md')?.map((line) => `${line.name} ${line.email}${line.empty ? ' (empty)' : ''}`), ['Ada ada@example.org', 'Ada ada@example.org (empty)', 'Ada ada@example.org', 'Ada ada@example.org', 'Bo bo@example.org']);
    assert.equal(pages.get('b.md')?.length, 5);
    assert.equal(pages.get('c.md'), undefined);
    assert.ok(blame.refFiles.some((file) => file.endsWith(`${path.sep}HEAD`)));
  });

  test('should blame again only the pages named, and those the last read lacks (serve after a save)', async () => {
    const kept = [{ name: 'X', email: 'x@x.org', empty: false }];
    const last: BlameRead = { kind: 'read', pages: new Map([['a.md', kept], ['b.md', undefined]]), refFiles: [] };
    const read = await readBlame(docs, ['a.md', 'b.md', 'c.md'], { again: { last, pages: ['b.md'] } });
    assert.equal(read.kind, 'read');
    assert.deepEqual([...(read.kind === 'read' ? read.pages : new Map())].map(([src, lines]) => [src, lines?.length]), [['a.md', 1], ['b.md', 5], ['c.md', undefined]]);
  });

  test('should say why outside a repository', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'no-git-'));
    try {
      const read = await readBlame(outside, ['a.md'], {});
      // A temporary folder may sit inside a repository on some machines; then it reads (no lines).
      if (read.kind === 'unavailable') assert.match(read.reason, /not a git repository/);
      else assert.equal(read.pages.get('a.md'), undefined);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('should read a commit\'s author once, from its first line', () => {
    const sha = 'a'.repeat(40);
    const out = `${sha} 1 1 2\nauthor Ada\nauthor-mail <ADA@x.org>\nsummary s\nfilename a.md\n\tone\n${sha} 2 2\n\t\n`;
    assert.deepEqual(parseBlame(out), [{ name: 'Ada', email: 'ada@x.org', empty: false }, { name: 'Ada', email: 'ada@x.org', empty: true }]);
  });
});

describe('percent', () => {
  test("should write Python's str(round(x * 100, 2)) with a %", () => {
    assert.equal(percent(0.5), '50.0%');
    assert.equal(percent(1 / 3), '33.33%');
    assert.equal(percent(2 / 3), '66.67%');
    assert.equal(percent(1), '100.0%');
    // 12.125 is exact in binary: Python rounds the tie to the even digit.
    assert.equal(percent(0.12125), '12.12%');
  });
});

describe('the summaries', () => {
  test('should list a page\'s authors by name, as mailto links, without shares by default', () => {
    const tally = tallyAuthors(pagesOf(), optionsOf());
    assert.equal(pageAuthorsSummary(tally, 'a.md', optionsOf()), "<span class='git-page-authors git-authors'><a href='mailto:ada@example.org'>Ada</a>, <a href='mailto:bo@example.org'>Bo</a></span>");
    assert.equal(pageAuthorsSummary(tally, 'c.md', optionsOf()), "<span class='git-page-authors git-authors'></span>");
  });

  test('should show page shares with show_contribution, sorted by the site-wide share (as the plugin sorts), and the href template', () => {
    const options = optionsOf({ show_contribution: true, href: 'https://x.org/{name}?m={email}' });
    const tally = tallyAuthors(pagesOf(), options);
    assert.equal(pageAuthorsSummary(tally, 'a.md', options), "<span class='git-page-authors git-authors'><a href='https://x.org/Bo?m=bo@example.org'>Bo</a> (20.0%), <a href='https://x.org/Ada?m=ada@example.org'>Ada</a> (80.0%)</span>");
    // One author: no share.
    assert.equal(pageAuthorsSummary(tally, 'b.md', options), "<span class='git-page-authors git-authors'><a href='https://x.org/Bo?m=bo@example.org'>Bo</a></span>");
  });

  test('should leave empty lines out with count_empty_lines: false, names alone without show_email_address', () => {
    const options = optionsOf({ count_empty_lines: false, show_contribution: true, show_email_address: false });
    assert.equal(pageAuthorsSummary(tallyAuthors(pagesOf(), options), 'a.md', options), "<span class='git-page-authors git-authors'>Bo (25.0%), Ada (75.0%)</span>");
  });

  test('should leave out authors at or under authorship_threshold_percent, and ignored authors\' lines', () => {
    const threshold = optionsOf({ authorship_threshold_percent: 20 });
    assert.deepEqual(pageAuthorsOf(tallyAuthors(pagesOf(), threshold), 'a.md', threshold).map((author) => author.name), ['Ada']);
    const ignoring = optionsOf({ ignore_authors: ['bo@example.org'], show_contribution: true });
    const tally = tallyAuthors(pagesOf(), ignoring);
    assert.equal(pageAuthorsSummary(tally, 'a.md', ignoring), "<span class='git-page-authors git-authors'><a href='mailto:ada@example.org'>Ada</a></span>");
    // The plugin still registers the ignored author: listed on the site with no lines.
    assert.match(siteAuthorsSummary(tally, ignoring), /Ada<\/a> \(100\.0%\)[^]*Bo<\/a> \(0\.0%\)/);
  });

  test('should sort by share with sort_authors_by: contribution (a page descending, the site list ascending, as the plugin does)', () => {
    const options = optionsOf({ sort_authors_by: 'contribution' });
    const tally = tallyAuthors(pagesOf(), options);
    assert.deepEqual(pageAuthorsOf(tally, 'a.md', options).map((author) => author.name), ['Bo', 'Ada']);
    assert.match(siteAuthorsSummary(tally, options), /Ada<\/a>[^]*Bo<\/a>/);
  });

  test("should write the site's list as the plugin's util.site_authors_summary, lines and shares shown", () => {
    const options = optionsOf({ show_line_count: true, show_contribution: true });
    assert.equal(siteAuthorsSummary(tallyAuthors(pagesOf(), options), options), "\n<span class='git-authors'>\n    <ul>\n        \n    <li><a href=\"mailto:bo@example.org\">Bo</a>: 6 lines (60.0%)</li>\n    \n    <li><a href=\"mailto:ada@example.org\">Ada</a>: 4 lines (40.0%)</li>\n    \n    </span>\n</ul>\n    ");
  });
});

describe('applyGitAuthors', () => {
  const page = (html: string): PageResult => ({ html, toc: [], meta: {}, ids: [], links: [], includes: [] }) as unknown as PageResult;

  test('should replace the tags, give each page its authors, leave an excluded page alone and name a page never committed', () => {
    const options = optionsOf({ exclude: ['b*'] });
    const rendered = new Map([['a.md', page('<p>{{ git_page_authors }}</p>\n<p>{{GIT_SITE_AUTHORS}}</p>')], ['b.md', page('<p>{{ git_page_authors }}</p>')], ['c.md', page('<p>x</p>')]]);
    const read: BlameRead = { ...blame, ...(blame.kind === 'read' ? { pages: new Map([...blame.pages].filter(([src]) => src !== 'b.md')) } : {}) } as BlameRead;
    const messages = applyGitAuthors(rendered, docs, options, read);
    assert.ok(String(rendered.get('a.md')?.html).startsWith("<p><span class='git-page-authors git-authors'><a href='mailto:ada@example.org'>Ada</a>, <a href='mailto:bo@example.org'>Bo</a></span></p>\n<p>\n<span class='git-authors'>"));
    const authors = rendered.get('a.md')?.gitAuthors;
    // b.md is excluded, so not blamed: a.md's lines are the site's.
    assert.deepEqual(authors?.authors, [{ name: 'Ada', email: 'ada@example.org', lines: 4, lines_all_pages: 4, contribution: '80.0%', contribution_all_pages: '80.0%' }, { name: 'Bo', email: 'bo@example.org', lines: 1, lines_all_pages: 1, contribution: '20.0%', contribution_all_pages: '20.0%' }]);
    assert.equal(String(rendered.get('b.md')?.html), '<p>{{ git_page_authors }}</p>');
    assert.equal(rendered.get('b.md')?.gitAuthors, undefined);
    assert.ok(String(rendered.get('a.md')?.html).includes(authors?.siteSummary ?? '-'));
    assert.deepEqual(rendered.get('c.md')?.gitAuthors?.authors, []);
    assert.equal(rendered.get('c.md')?.gitAuthors?.pageSummary, "<span class='git-page-authors git-authors'></span>");
    assert.deepEqual(messages, [{ severity: 'warning', message: 'git-authors plugin: c.md has not been committed yet; its lines are not counted', file: path.join(docs, 'c.md') }]);
    assert.equal(applyGitAuthors(new Map(), docs, optionsOf({ strict: false }), read)[0]?.severity, 'info');
  });

  test('should stop the build without git unless fallback_to_empty, which empties the tags and draws no authors', () => {
    const none: BlameRead = { kind: 'unavailable', reason: 'git is not installed', refFiles: [] };
    const failed = applyGitAuthors(new Map([['a.md', page('x')]]), docs, optionsOf(), none);
    assert.equal(failed[0]?.severity, 'error');
    assert.match(failed[0]?.message ?? '', /git is not installed.*fallback_to_empty: true/);
    const rendered = new Map([['a.md', page('<p>{{ git_page_authors }}{{ git_site_authors }}</p>')]]);
    const fallback = applyGitAuthors(rendered, docs, optionsOf({ fallback_to_empty: true }), none);
    assert.equal(fallback[0]?.severity, 'warning');
    assert.equal(String(rendered.get('a.md')?.html), '<p></p>');
    assert.equal(rendered.get('a.md')?.gitAuthors, undefined);
  });
});

describe('a serve session with the git-authors plugin', () => {
  test('should blame again only the page saved (a save commits nothing), its new lines not committed yet', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'git-authors-session-'));
    try {
      const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
      mkdirSync(path.join(dir, 'docs'));
      writeFileSync(path.join(dir, 'mkdocs.yml'), 'site_name: S\nplugins:\n  - git-authors\n');
      writeFileSync(path.join(dir, 'docs', 'index.md'), '# Home\n');
      writeFileSync(path.join(dir, 'docs', 'other.md'), '# Other\n');
      run('init', '-q');
      run('add', '-A');
      run(...ADA, 'commit', '-qm', 'first');
      const session = createSiteSession({ configFile: path.join(dir, 'mkdocs.yml'), serve: true, threads: 1 });
      const names = (site: PreparedSite, src: string) => site.model.pages.find((page) => page.src === src)?.sourceFile?.authors?.authors.map((author) => author.name);
      const first = await session.update();
      assert.deepEqual(names(first, 'index.md'), ['Ada']);
      // Bo takes the commit over, changing no file: only a page blamed again can tell.
      run(...BO, 'commit', '-q', '--amend', '--reset-author', '--no-edit');
      const saved = path.join(dir, 'docs', 'index.md');
      writeFileSync(saved, '# Home\n\nNew words.\n');
      const second = await session.update([saved]);
      assert.deepEqual(names(second, 'index.md'), ['Bo', 'Not Committed Yet']);
      assert.deepEqual(names(second, 'other.md'), ['Ada'], 'not blamed again');
      assert.ok(second.inputs.some((file) => file.endsWith(`${path.sep}HEAD`)), "git's HEAD is an input of the build");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
