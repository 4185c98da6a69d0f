/**
 * The git-revision-date-localized plugin end to end, through the CLI: a project in a git
 * repository of its own (pages committed at fixed dates, one never committed) shows Material's
 * source-file facts under each page's content; a project outside git builds with
 * `fallback_to_build_date` (and a custom_dir source-file partial wins over ours, reading the
 * plugin's meta), and fails without it, as the plugin makes MkDocs fail. The older
 * git-revision-date plugin on tests/fixtures/git-revision-date-site, committed in a repository of
 * its own: `git_revision_date` in the page and Material's last-update fact from `revision_date`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { project, runBuildCommand, type Run } from '../helpers/cli-run.ts';

/** `git args` in `cwd`, author and committer at `date`. */
function git(cwd: string, args: string[], date = '2024-01-02T10:00:00Z'): void {
  execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' } });
}

/** The page's `aside.md-source-file`, or undefined. */
function aside(html: string): string | undefined {
  return /<aside class="md-source-file"[^]*?<\/aside>/.exec(html)?.[0];
}

const span = (type: string, text: string) => `<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-${type}">${text}</span>`;

describe('a site in a git repository with the git-revision-date-localized plugin', () => {
  let root = '';
  let result: Run = { code: -1, stdout: '', stderr: '' };
  const read = (file: string) => readFileSync(path.join(root, 'site', file), 'utf8');
  before(async () => {
    root = project(
      { 'index.md': '# Home\n\nChanged on {{ git_revision_date_localized }}.\n', 'guide.md': '# Guide\n\nFirst words.\n' },
      'site_name: Dates\ntheme:\n  name: material\n  language: de\nplugins:\n  - search\n  - git-revision-date-localized:\n      enable_creation_date: true\n      exclude:\n        - private/*\n',
    );
    git(root, ['init', '-q']);
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'first'], '2024-01-02T10:00:00Z');
    writeFileSync(path.join(root, 'docs', 'guide.md'), '# Guide\n\nFirst words, then more.\n');
    git(root, ['commit', '-qam', 'second'], '2025-06-15T12:00:00Z');
    // Never committed: the build's date, with the plugin's warning.
    writeFileSync(path.join(root, 'docs', 'draft.md'), '# Draft\n');
    mkdirSync(path.join(root, 'docs', 'private'));
    writeFileSync(path.join(root, 'docs', 'private', 'notes.md'), '# Notes\n');
    result = await runBuildCommand(['build', '-f', path.join(root, 'mkdocs.yml'), '-d', path.join(root, 'site')]);
  });

  test('should build, naming each page git has no log of in a warning (the plugin\'s strict default)', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /docs\/draft\.md: warning: git-revision-date-localized plugin: 'draft\.md' has no git logs, using the build date/);
    assert.doesNotMatch(result.stderr + result.stdout, /plugin "git-revision-date-localized"|not supported/, 'the plugin is not reported as unsupported');
    assert.doesNotMatch(result.stderr, /notes\.md/, 'an excluded page is not looked up');
  });

  test('should draw Material\'s source-file facts after the content: last update and creation, in theme.language, with the clock icons', () => {
    const facts = aside(read('guide/index.html'));
    assert.ok(facts, 'the guide has the aside');
    assert.match(facts, /^<aside class="md-source-file" data-pagefind-ignore><span class="md-source-file__fact"><span class="md-icon" title="Letzte Aktualisierung"><svg[^]*?<\/svg><\/span>/);
    assert.ok(facts.includes(`</svg></span>${span('date', '15. Juni 2025')}</span>`), facts);
    assert.match(facts, /<span class="md-icon" title="Erstellt"><svg[^]*?<\/svg><\/span><span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">2. Januar 2024<\/span><\/span><\/aside>$/);
    const html = read('guide/index.html');
    assert.ok(html.indexOf('First words, then more.') < html.indexOf('<aside class="md-source-file"'), 'after the page\'s HTML');
    assert.ok(html.indexOf('<aside class="md-source-file"') < html.indexOf('</article>'), 'inside the article');
  });

  test('should date a page changed once by its one commit, and replace {{ git_revision_date_localized }} in its text', () => {
    const html = read('index.html');
    assert.ok(aside(html)?.includes(span('date', '2. Januar 2024')));
    assert.ok(html.includes(`<p>Changed on ${span('date', '2. Januar 2024')}.</p>`));
  });

  test('should give a page never committed the build\'s date, and an excluded page no aside', () => {
    const today = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
    assert.ok(aside(read('draft/index.html'))?.includes(span('date', today)), 'the build date (the test may fail at midnight UTC)');
    assert.equal(aside(read('private/notes/index.html')), undefined);
  });
});

describe('a site outside git', () => {
  const config = (theme: string, options: string) => `site_name: No git\ntheme:\n  name: material\n${theme}plugins:\n  - git-revision-date-localized:\n      type: iso_date\n${options}`;

  test('should build with fallback_to_build_date, every page dated by the build, a custom_dir source-file partial drawn instead of ours', async () => {
    const root = project({ 'index.md': '# Home\n' }, config('  custom_dir: overrides\n', '      fallback_to_build_date: true\n'));
    mkdirSync(path.join(root, 'overrides', 'partials'), { recursive: true });
    writeFileSync(path.join(root, 'overrides', 'partials', 'source-file.html'), '<p class="my-dates">{{ lang.t("source.file.date.updated") }}: {{ page.meta.git_revision_date_localized }}</p>\n');
    const result = await runBuildCommand(['build', '-f', path.join(root, 'mkdocs.yml'), '-d', path.join(root, 'site')]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /warning: git-revision-date-localized plugin: unable to read the git history of .*not a git repository.*'fallback_to_build_date' is true/);
    const html = readFileSync(path.join(root, 'site', 'index.html'), 'utf8');
    const today = new Date().toISOString().slice(0, 10);
    assert.ok(html.includes(`<p class="my-dates">Last update: ${span('iso_date', today)}</p>`), 'the site\'s partial, with the plugin\'s HTML unescaped');
    assert.equal(aside(html), undefined, 'ours is not drawn');
  });

  test('should fail without fallback_to_build_date, saying what to set, as the plugin stops MkDocs', async () => {
    const root = project({ 'index.md': '# Home\n' }, config('', ''));
    const result = await runBuildCommand(['build', '-f', path.join(root, 'mkdocs.yml'), '-d', path.join(root, 'site')]);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /error: git-revision-date-localized plugin: unable to read the git history of .*fallback_to_build_date: true/);
  });
});

describe('tests/fixtures/git-revision-date-site in a git repository', () => {
  let root = '';
  let result: Run = { code: -1, stdout: '', stderr: '' };
  const read = (file: string) => readFileSync(path.join(root, 'site', file), 'utf8');
  before(async () => {
    root = path.join(mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-git-revision-')), 'project');
    cpSync(path.join(import.meta.dirname, '../fixtures/git-revision-date-site'), root, { recursive: true });
    git(root, ['init', '-q']);
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'first'], '2024-01-02T10:00:00Z');
    writeFileSync(path.join(root, 'docs', 'guide.md'), '# Guide\n\nChanged.\n');
    git(root, ['commit', '-qam', 'second'], '2025-06-15T12:00:00Z');
    result = await runBuildCommand(['build', '--strict', '-f', path.join(root, 'mkdocs.yml'), '-d', path.join(root, 'site')]);
  });

  test('should build under --strict, the plugin supported', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr + result.stdout, /not supported|warning:/);
  });

  test("should render git_revision_date in the page and draw each page's last commit day as Material's last update", () => {
    const home = read('index.html');
    assert.match(home, /<p>Last changed on 2024-01-02\.<\/p>/);
    assert.match(aside(home) ?? '', /2024-01-02<\/span>/);
    assert.match(aside(read('guide/index.html')) ?? '', /2025-06-15<\/span>/);
  });
});
