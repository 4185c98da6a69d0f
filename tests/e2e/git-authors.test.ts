/**
 * The git-authors plugin end to end, through the CLI, inside a `group` plugin as the Privacy
 * Guides site lists it: a project in a git repository of its own (Ada writes the home page, 5
 * lines, Bo adds a line to it and writes the guide, 3; a draft is never committed) shows Material's
 * contributors fact under each page's content, and `{{ git_page_authors }}` /
 * `{{ git_site_authors }}` in a page become the plugin's summaries, which a custom_dir partial
 * reads too, with `git_info.page_authors`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { project, runBuildCommand, type Run } from '../helpers/cli-run.ts';

/** The page's `aside.md-source-file`, or undefined. */
function aside(html: string): string | undefined {
  return /<aside class="md-source-file"[^]*?<\/aside>/.exec(html)?.[0];
}

describe('a site in a git repository with the git-authors plugin', () => {
  let root = '';
  let result: Run = { code: -1, stdout: '', stderr: '' };
  const read = (file: string) => readFileSync(path.join(root, 'site', file), 'utf8');
  before(async () => {
    root = project(
      { 'index.md': '# Home\n\nBy {{ git_page_authors }}.\n\n{{ git_site_authors }}\n', 'guide.md': '# Guide\n\nBo wrote this.\n' },
      'site_name: Authors\ntheme:\n  name: material\n  language: de\n  custom_dir: overrides\nplugins:\n  - search\n  - group:\n      enabled: true\n      plugins:\n        - git-authors:\n            show_contribution: true\n',
    );
    mkdirSync(path.join(root, 'overrides', 'partials'), { recursive: true });
    writeFileSync(path.join(root, 'overrides', 'partials', 'copyright.html'), "<p class='who'>{% for a in git_info.page_authors %}{{ a.name }} {{ a.lines }} {{ a.contribution }};{% endfor %}</p>{{ git_page_authors }}\n");
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', 'mkdocs.yml', 'docs/index.md');
    git('-c', 'user.name=Ada', '-c', 'user.email=ada@example.org', 'commit', '-qm', 'first');
    writeFileSync(path.join(root, 'docs', 'index.md'), '# Home\n\nBy {{ git_page_authors }}.\n\n{{ git_site_authors }}\nBo\'s line.\n');
    git('add', 'docs/guide.md');
    git('-c', 'user.name=Bo', '-c', 'user.email=bo@example.org', 'commit', '-qam', 'second');
    writeFileSync(path.join(root, 'docs', 'draft.md'), '# Draft\n');
    result = await runBuildCommand(['build', '-f', path.join(root, 'mkdocs.yml'), '-d', path.join(root, 'site')]);
  });

  test('should build, the plugin supported, naming the page never committed', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr + result.stdout, /not supported/);
    assert.match(result.stderr, /docs\/draft\.md: warning: git-authors plugin: draft\.md has not been committed yet/);
  });

  test("should draw Material's contributors fact: the group icon and mailto links for several authors, one person's icon for one", () => {
    const home = aside(read('index.html'));
    assert.ok(home, 'the home page has the aside');
    assert.match(home, /^<aside class="md-source-file" data-pagefind-ignore><span class="md-source-file__fact"><span class="md-icon" title="Mitwirkende"><svg[^]*?<\/svg><\/span><nav><a href="mailto:ada@example.org">Ada<\/a>, <a href="mailto:bo@example.org">Bo<\/a><\/nav><\/span><\/aside>$/);
    const guide = aside(read('guide/index.html'));
    assert.match(guide ?? '', /<nav><a href="mailto:bo@example.org">Bo<\/a><\/nav>/);
    assert.notEqual(/<svg[^]*?<\/svg>/.exec(home)?.[0], /<svg[^]*?<\/svg>/.exec(guide ?? '')?.[0], 'account-group, then account');
    assert.match(aside(read('draft/index.html')) ?? '', /<nav><\/nav>/, 'an uncommitted page: the fact without names, as Material draws an empty list');
  });

  test('should replace the tags in the page with the summaries, shares shown', () => {
    const html = read('index.html');
    // Home: Ada 5 lines of 6, Bo 1; the site: Ada 5, Bo 4 (sorted by the site-wide share, descending).
    assert.ok(html.includes("<p>By <span class='git-page-authors git-authors'><a href='mailto:ada@example.org'>Ada</a> (83.33%), <a href='mailto:bo@example.org'>Bo</a> (16.67%)</span>.</p>"));
    assert.ok(html.includes("<p class='who'>Ada 5 83.33%;Bo 1 16.67%;</p><span class='git-page-authors git-authors'><a href='mailto:ada@example.org'>Ada</a> (83.33%)"), 'a custom_dir partial reads git_info and git_page_authors');
    assert.ok(html.includes(`<p>\n<span class='git-authors'>\n    <ul>\n        \n    <li><a href="mailto:ada@example.org">Ada</a> (55.56%)</li>\n    \n    <li><a href="mailto:bo@example.org">Bo</a> (44.44%)</li>\n    \n    </span>\n</ul>\n    \nBo's line.</p>`));
  });
});

describe('a site outside git with the git-authors plugin', () => {
  test("should stop with a message at the plugin's entry in mkdocs.yml, not a stack trace, and build with fallback_to_empty", async () => {
    const config = (options: string) => `site_name: No git\ntheme:\n  name: material\nplugins:\n  - git-authors${options}\n`;
    const root = project({ 'index.md': '# Home\n\n{{ git_page_authors }}\n' }, config(''));
    const failed = await runBuildCommand(['build', '-f', path.join(root, 'mkdocs.yml'), '-d', path.join(root, 'site')]);
    assert.notEqual(failed.code, 0);
    assert.match(failed.stderr, /mkdocs\.yml:5:\d+: error: git-authors plugin: unable to read git blame of .*not a git repository.*fallback_to_empty: true/);
    assert.doesNotMatch(failed.stderr, /\n\s+at /, 'no stack trace');
    writeFileSync(path.join(root, 'mkdocs.yml'), config(':\n      fallback_to_empty: true'));
    const built = await runBuildCommand(['build', '-f', path.join(root, 'mkdocs.yml'), '-d', path.join(root, 'site')]);
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stderr, /warning: git-authors plugin: unable to find a git directory/);
    const html = readFileSync(path.join(root, 'site', 'index.html'), 'utf8');
    assert.ok(html.includes('<h1 id="home">Home</h1>\n<p></p>'), 'the tag emptied');
    assert.doesNotMatch(html, /md-source-file/, 'no authors drawn');
  });
});
