/**
 * mkdocs-git-revision-date-plugin (src/site/git-revision-date.ts): its options, the dates read
 * from the one git history, and each page's `revision_date` and `git_revision_date` as the
 * render stage hands them out (src/site/render-pages.ts renderOne).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { applyRevisionDate, gitRevisionDatePlugin, revisionDatesOf, type GitRevisionDates } from '../../src/site/git-revision-date.ts';
import { pageHooksFor, renderOne, rendererFor, type RenderSettings } from '../../src/site/render-pages.ts';
import { project, settingsOf } from '../helpers/macros-project.ts';
import { createMacros } from '../../src/site/macros-render.ts';

const entry = (options: Record<string, unknown> = {}) => ({ name: 'git-revision-date', options });
const dated = (mode: GitRevisionDates['mode'], extra: Partial<GitRevisionDates> = {}): GitRevisionDates => ({ modifyMd: true, asDatetime: false, mode, dates: { 'a.md': '2024-01-02' }, today: '2026-12-05', ...extra });

describe('gitRevisionDatePlugin', () => {
  test('should render pages itself without macros, hand macros a {% set %} line when macros comes after, and do neither when macros comes first', () => {
    assert.equal(gitRevisionDatePlugin([entry()], {}).settings?.mode, 'render');
    assert.equal(gitRevisionDatePlugin([entry(), { name: 'macros', options: {} }], {}).settings?.mode, 'set');
    const first = gitRevisionDatePlugin([{ name: 'macros', options: {} }, entry()], {});
    assert.equal(first.settings?.mode, 'none');
    assert.match(first.problems.join(''), /the macros plugin must be placed after git-revision-date/);
  });

  test('should be off unless enabled_if_env names a variable set to 1, with a note saying so', () => {
    const off = gitRevisionDatePlugin([entry({ enabled_if_env: 'DATES' })], { DATES: 'yes' });
    assert.equal(off.settings, undefined);
    assert.deepEqual(off.notes, ['git-revision-date plugin: off (set the environment variable DATES to 1 to turn it on)']);
    assert.ok(gitRevisionDatePlugin([entry({ enabled_if_env: 'DATES' })], { DATES: '1' }).settings);
  });

  test('should read modify_md and as_datetime, and name a wrong value and an unknown option', () => {
    const plugin = gitRevisionDatePlugin([entry({ modify_md: false, as_datetime: 'yes', colour: 1 })], {});
    assert.deepEqual(plugin.settings, { modifyMd: false, asDatetime: false, mode: 'render' });
    assert.equal(plugin.problems.length, 2);
  });
});

describe('revisionDatesOf', () => {
  test("should date each file by its last commit's day (its author's, when the log gives it), and give today for a page without one", () => {
    const files = new Map([['a.md', { updated: Date.UTC(2024, 0, 2, 10) / 1000, updatedHash: 'b', created: 0, createdHash: 'a' }]]);
    const dates = revisionDatesOf({ modifyMd: true, asDatetime: false, mode: 'render' }, { kind: 'read', files, refFiles: [], shallow: false, last: undefined }, Date.UTC(2026, 11, 5) / 1000);
    assert.deepEqual(dates.dates, { 'a.md': '2024-01-02' });
    assert.equal(dates.today, '2026-12-05');
    assert.deepEqual(revisionDatesOf({ modifyMd: true, asDatetime: false, mode: 'render' }, { kind: 'unavailable', reason: 'no git', refFiles: [] }, 0).dates, {});
    const late = new Map([['b.md', { updated: Date.UTC(2024, 0, 3, 4, 30) / 1000, updatedHash: 'c', updatedDay: '2024-01-02', created: 0, createdHash: 'a' }]]);
    assert.deepEqual(revisionDatesOf({ modifyMd: true, asDatetime: false, mode: 'render' }, { kind: 'read', files: late, refFiles: [], shallow: false, last: undefined }, 0).dates, { 'b.md': '2024-01-02' }, "the author's day, not UTC's");
  });
});

describe('applyRevisionDate', () => {
  test('should prepend the set line for the macros, the date in quotes as the plugin writes it', () => {
    assert.equal(applyRevisionDate(dated('set'), undefined, 'a.md', 'a.md', 'Hi', {}).markdown, "{% set git_revision_date = '2024-01-02' %}\nHi");
    assert.equal(applyRevisionDate(dated('set', { asDatetime: true }), undefined, 'a.md', 'a.md', 'Hi', {}).date, '2024-01-02 00:00:00');
  });

  test('should leave the Markdown alone without modify_md or with macros first, and still date the page', () => {
    const kept = applyRevisionDate(dated('render', { modifyMd: false }), undefined, 'a.md', 'a.md', '{{ git_revision_date }}', {});
    assert.deepEqual([kept.markdown, kept.date, kept.undated], ['{{ git_revision_date }}', '2024-01-02', false]);
    assert.equal(applyRevisionDate(dated('none'), undefined, 'b.md', 'b.md', 'x', {}).undated, true);
  });

  test("should let the macros render git_revision_date from the set line", () => {
    const dir = project();
    const macros = createMacros(settingsOf(dir), path.join(dir, 'docs'), { pages: new Map([['a.md', { url: 'a/' }]]) });
    const markdown = applyRevisionDate(dated('set'), undefined, 'a.md', 'a.md', 'Updated {{ git_revision_date }}.', {}).markdown;
    assert.equal(macros.render({ src: 'a.md', meta: {}, markdown }).markdown, '\nUpdated 2024-01-02.');
  });
});

describe('a page with the git-revision-date plugin', () => {
  const settingsIn = (dir: string, dates: GitRevisionDates): RenderSettings => ({ extensions: [], projectDir: dir, docsDir: path.join(dir, 'docs'), iconDirs: [], links: { pages: new Map(), docsFiles: new Set(), files: new Set() }, gitRevisionDate: dates });

  test('should render the page as a Jinja template (an unknown name prints nothing) and set meta.revision_date', () => {
    const dir = project({ 'docs/a.md': 'On {{ git_revision_date }}{{ nothing }}.\n' });
    const settings = settingsIn(dir, dated('render'));
    const page = renderOne(rendererFor(settings), 'a.md', settings.docsDir, pageHooksFor(settings));
    assert.equal(String(page.result.html), '<p>On 2024-01-02.</p>');
    assert.equal(page.result.meta['revision_date'], '2024-01-02');
    assert.equal(page.volatile, undefined);
  });

  test("should date a page no commit touched today, with the plugin's words, and never reuse it", () => {
    const dir = project({ 'docs/new.md': 'New\n' });
    const settings = settingsIn(dir, dated('render'));
    const page = renderOne(rendererFor(settings), 'new.md', settings.docsDir, pageHooksFor(settings));
    assert.equal(page.result.meta['revision_date'], '2026-12-05');
    assert.deepEqual(page.messages.map((m) => [m.severity, m.message]), [['info', "git-revision-date plugin: new.md has no git logs, revision date defaulting to today's date"]]);
    assert.equal(page.volatile, true);
  });
});
