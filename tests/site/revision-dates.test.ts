/**
 * The git-revision-date-localized plugin without git: its date formats (babel's, through Intl),
 * its options and their defaults, and the page meta and messages it writes from a history.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RenderResult } from '../../src/markdown/index.ts';
import type { FileDates, GitHistory } from '../../src/site/git-history.ts';
import { dateFormatter, datedSpan, intlLocale } from '../../src/site/revision-date-format.ts';
import { applyRevisionDates, revisionDateOptions, type RevisionDateOptions } from '../../src/site/revision-dates.ts';

/** 2026-12-03T14:05:09Z. */
const TIME = Date.UTC(2026, 11, 3, 14, 5, 9) / 1000;
const format = (locale: string, timezone = 'UTC', customFormat = '%d. %B %Y') => dateFormatter({ locale, timezone, customFormat })(TIME);

describe('dateFormatter', () => {
  test('should write every type as the plugin does, in UTC by default', () => {
    assert.deepEqual(format('en'), {
      date: 'December 3, 2026',
      datetime: 'December 3, 2026 14:05:09',
      iso_date: '2026-12-03',
      iso_datetime: '2026-12-03 14:05:09',
      timeago: '<span class="timeago" datetime="2026-12-03T14:05:09+00:00" locale="en"></span>',
      custom: '03. December 2026',
    });
  });

  test('should write the long date as babel does in other languages, babel locale names included', () => {
    assert.equal(format('de').date, '3. Dezember 2026');
    assert.equal(format('fr').date, '3 décembre 2026');
    assert.equal(format('es').date, '3 de diciembre de 2026');
    assert.equal(format('nl').date, '3 december 2026');
    assert.equal(format('pt_BR').date, '3 de dezembro de 2026');
    assert.equal(format('ru').date, '3 декабря 2026 г.');
    assert.equal(format('ja').date, '2026年12月3日');
    assert.equal(format('zh_CN').date, '2026年12月3日');
  });

  test('should move the wall clock and the ISO offset to the time zone, across the date line too', () => {
    const tokyo = format('en', 'Asia/Tokyo');
    assert.equal(tokyo.iso_datetime, '2026-12-03 23:05:09');
    assert.match(tokyo.timeago, /datetime="2026-12-03T23:05:09\+09:00"/);
    const kiritimati = format('en', 'Pacific/Kiritimati');
    assert.equal(kiritimati.date, 'December 4, 2026', 'UTC+14 is the next day');
    assert.match(format('en', 'America/New_York').timeago, /datetime="2026-12-03T09:05:09-05:00"/);
  });

  test('should localise custom_format names as the plugin 1.4 does (babel), numbers as they are, and keep directives it does not know', () => {
    assert.equal(format('de', 'UTC', '%d. %B %Y').custom, '03. Dezember 2026');
    assert.equal(format('ru', 'UTC', '%-d %B').custom, '3 декабря', 'the month as it stands in a date');
    assert.equal(format('ja', 'UTC', '%B').custom, '12月');
    assert.equal(format('en', 'UTC', '%A %a %b %m/%d/%y %H:%M:%S %I%p %j %%').custom, 'Thursday Thu Dec 12/03/26 14:05:09 02PM 337 %');
    assert.equal(format('en', 'UTC', '%Q <b>').custom, '%Q &lt;b&gt;', 'an unknown directive stays; text is escaped');
  });

  test('should know babel and BCP 47 locale names, and no made-up one', () => {
    assert.equal(intlLocale('pt_BR'), 'pt-BR');
    assert.equal(intlLocale('en'), 'en');
    assert.equal(intlLocale('not a locale'), undefined);
  });

  test('should wrap the value in the plugin\'s span, timeago followed by its ISO date', () => {
    const dates = format('en');
    assert.equal(datedSpan(dates, 'date'), '<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">December 3, 2026</span>');
    assert.equal(datedSpan(dates, 'timeago'), '<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-timeago"><span class="timeago" datetime="2026-12-03T14:05:09+00:00" locale="en"></span></span><span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-iso_date">2026-12-03</span>');
  });
});

const plugin = (options: Record<string, unknown>) => [{ name: 'git-revision-date-localized', options }];
const theme = { language: 'en', projectDir: '/nowhere' };

describe('revisionDateOptions', () => {
  test('should take the plugin\'s defaults', () => {
    const read = revisionDateOptions(plugin({}), theme);
    assert.deepEqual(read.problems, []);
    assert.deepEqual({ ...read.options, exclude: read.options?.exclude.length }, { type: 'date', customFormat: '%d. %B %Y', timezone: 'UTC', locale: 'en', exclude: 0, creation: false, fallbackToBuildDate: false, strict: true, follow: true, ignored: [] });
  });

  test('should be off when not listed or enabled: false', () => {
    assert.equal(revisionDateOptions([{ name: 'search', options: {} }], theme).options, undefined);
    assert.equal(revisionDateOptions(plugin({ enabled: false }), theme).options, undefined);
  });

  test('should take the locale from the plugin, else theme.language, else English', () => {
    assert.equal(revisionDateOptions(plugin({ locale: 'fr' }), { ...theme, language: 'de' }).options?.locale, 'fr');
    assert.equal(revisionDateOptions(plugin({}), { ...theme, language: 'de' }).options?.locale, 'de');
    assert.equal(revisionDateOptions(plugin({ locale: null }), { ...theme, language: '' }).options?.locale, 'en');
  });

  test('should report a value the plugin refuses and use its default: type, timezone, locale, a flag that is not boolean, an unknown option', () => {
    const read = revisionDateOptions(plugin({ type: 'relative', timezone: 'Mars/Olympus', locale: 'not a locale', strict: 'yes', colour: 1 }), theme);
    assert.equal(read.options?.type, 'date');
    assert.equal(read.options?.timezone, 'UTC');
    assert.equal(read.options?.locale, 'en');
    assert.equal(read.options?.strict, true);
    assert.equal(read.problems.length, 5);
    assert.match(read.problems.join('\n'), /type must be one of date, datetime, iso_date, iso_datetime, timeago, custom/);
  });

  test('should read every option it was given', () => {
    const options = revisionDateOptions(plugin({ type: 'custom', custom_format: '%Y', timezone: 'Europe/Amsterdam', enable_creation_date: true, fallback_to_build_date: true, strict: false, enable_git_follow: false, exclude: ['drafts/*'], enable_parallel_processing: false }), theme).options;
    assert.deepEqual([options?.type, options?.customFormat, options?.timezone, options?.creation, options?.fallbackToBuildDate, options?.strict, options?.follow], ['custom', '%Y', 'Europe/Amsterdam', true, true, false, false]);
  });

  test('should read an exclude glob with a reversed range ([z-a].md) as matching nothing, not stop', () => {
    const read = revisionDateOptions(plugin({ exclude: ['[z-a].md', '[!z-a].md'] }), theme);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.options?.exclude.map((glob) => glob.test('z.md')), [false, true]);
  });
});

function result(meta: Record<string, unknown> = {}, html = '<p>x</p>'): RenderResult {
  return { html, toc: [], ids: [], links: [], title: undefined, meta, includes: [], messages: [] };
}

const read = (files: Record<string, FileDates>, shallow = false): GitHistory => ({ kind: 'read', files: new Map(Object.entries(files)), refFiles: [], shallow, last: { time: TIME, hash: 'h2' } });
const dates = (updated: number, created = updated): FileDates => ({ updated, updatedHash: 'h2', created, createdHash: 'h1' });
const options = (more: Record<string, unknown> = {}): RevisionDateOptions => {
  const found = revisionDateOptions(plugin(more), theme).options;
  assert.ok(found);
  return found;
};
const NOW = Date.UTC(2030, 0, 1) / 1000;

describe('applyRevisionDates', () => {
  test('should write the plugin\'s meta: the span, the hash, every raw type and the site\'s revision; the creation only when enabled', () => {
    const pages = new Map([['a.md', result()]]);
    assert.deepEqual(applyRevisionDates(pages, '/p/docs', options(), read({ 'a.md': dates(TIME) }), NOW), []);
    const meta = pages.get('a.md')?.meta ?? {};
    assert.equal(meta['git_revision_date_localized'], '<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">December 3, 2026</span>');
    assert.equal(meta['git_revision_date_localized_hash'], 'h2');
    assert.equal(meta['git_revision_date_localized_raw_iso_date'], '2026-12-03');
    assert.equal(meta['git_site_revision_date_localized_raw_date'], 'December 3, 2026');
    assert.equal(meta['git_creation_date_localized'], undefined);

    applyRevisionDates(pages, '/p/docs', options({ enable_creation_date: true, type: 'iso_date' }), read({ 'a.md': dates(TIME, 0) }), NOW);
    assert.equal(pages.get('a.md')?.meta['git_creation_date_localized'], '<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-iso_date">1970-01-01</span>');
  });

  test('should use the build date for a page git has no log of: a warning with strict (the default), info without', () => {
    const pages = new Map([['new.md', result()]]);
    const strict = applyRevisionDates(pages, '/p/docs', options(), read({}), NOW);
    assert.deepEqual(strict.map((m) => [m.severity, m.file]), [['warning', '/p/docs/new.md']]);
    assert.match(strict[0]?.message ?? '', /'new\.md' has no git logs, using the build date/);
    assert.equal(pages.get('new.md')?.meta['git_revision_date_localized_raw_iso_date'], '2030-01-01');
    assert.deepEqual(applyRevisionDates(pages, '/p/docs', options({ strict: false }), read({}), NOW).map((m) => m.severity), ['info']);
  });

  test("should date an i18n fallback copy by the file it is read from, and match 'exclude' on that file", () => {
    // about.fr.md is the French copy of about.md (fallback_to_default): git has no log of it.
    const pages = new Map([['about.fr.md', result()], ['index.fr.md', result()]]);
    const readFrom = new Map([['about.fr.md', 'about.md'], ['index.fr.md', 'index.md']]);
    const messages = applyRevisionDates(pages, '/p/docs', options({ exclude: ['index.md'] }), read({ 'about.md': dates(TIME) }), NOW, false, readFrom);
    assert.deepEqual(messages, []);
    assert.equal(pages.get('about.fr.md')?.meta['git_revision_date_localized_raw_iso_date'], '2026-12-03');
    assert.equal(pages.get('index.fr.md')?.meta['git_revision_date_localized'], undefined);
  });

  test('should stop the build outside git without fallback_to_build_date, and write no date', () => {
    const pages = new Map([['a.md', result()]]);
    const messages = applyRevisionDates(pages, '/p/docs', options(), { kind: 'unavailable', reason: 'fatal: not a git repository', refFiles: [] }, NOW);
    assert.deepEqual(messages.map((m) => m.severity), ['error']);
    assert.match(messages[0]?.message ?? '', /not a git repository.*fallback_to_build_date: true/);
    assert.equal(pages.get('a.md')?.meta['git_revision_date_localized'], undefined);
  });

  test('should use the build date for every page outside git with fallback_to_build_date, saying so once', () => {
    const pages = new Map([['a.md', result()], ['b.md', result()]]);
    const messages = applyRevisionDates(pages, '/p/docs', options({ fallback_to_build_date: true }), { kind: 'unavailable', reason: 'git is not installed', refFiles: [] }, NOW);
    assert.deepEqual(messages.map((m) => m.severity), ['warning']);
    assert.equal(pages.get('b.md')?.meta['git_revision_date_localized_raw_date'], 'January 1, 2030');
  });

  test('should leave excluded pages without dates, and warn of a shallow clone on a CI runner (info elsewhere)', () => {
    const pages = new Map([['drafts/a.md', result()], ['b.md', result()]]);
    const history = read({ 'drafts/a.md': dates(TIME), 'b.md': dates(TIME) }, true);
    const messages = applyRevisionDates(pages, '/p/docs', options({ exclude: ['drafts/*'] }), history, NOW, true);
    assert.equal(pages.get('drafts/a.md')?.meta['git_revision_date_localized'], undefined);
    assert.equal(typeof pages.get('b.md')?.meta['git_revision_date_localized'], 'string');
    assert.deepEqual(messages.map((m) => m.severity), ['warning']);
    assert.match(messages[0]?.message ?? '', /shallow clone.*fetch-depth: 0/);
    assert.deepEqual(applyRevisionDates(pages, '/p/docs', options(), history, NOW).map((m) => m.severity), ['info']);
  });

  test('should write a page in its own front matter locale', () => {
    const pages = new Map([['a.md', result({ locale: 'de' })], ['b.md', result({ locale: 'not a locale' })]]);
    applyRevisionDates(pages, '/p/docs', options(), read({ 'a.md': dates(TIME), 'b.md': dates(TIME) }), NOW);
    assert.equal(pages.get('a.md')?.meta['git_revision_date_localized_raw_date'], '3. Dezember 2026');
    assert.equal(pages.get('b.md')?.meta['git_revision_date_localized_raw_date'], 'December 3, 2026');
  });

  test('should give a creation later than the last update the update\'s date, with a warning', () => {
    const pages = new Map([['a.md', result()]]);
    const messages = applyRevisionDates(pages, '/p/docs', options({ enable_creation_date: true }), read({ 'a.md': dates(0, TIME) }), NOW);
    assert.match(messages[0]?.message ?? '', /created after its last update/);
    assert.equal(pages.get('a.md')?.meta['git_creation_date_localized_raw_iso_date'], '1970-01-01');
  });

  test('should replace {{ git_revision_date_localized }} written in a page, and leave other braces alone', () => {
    const pages = new Map([['a.md', result({}, '<p>Updated {{git_revision_date_localized}}, {{ other }}</p>')]]);
    applyRevisionDates(pages, '/p/docs', options({ type: 'iso_date' }), read({ 'a.md': dates(TIME) }), NOW);
    assert.equal(pages.get('a.md')?.html, '<p>Updated <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-iso_date">2026-12-03</span>, {{ other }}</p>');
  });
});
