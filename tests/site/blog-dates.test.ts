/**
 * The blog plugin's dates (src/site/blog-dates.ts): front matter `date` as a date, a date and
 * time, or a map with `created`; babel's formats (`long`, CLDR patterns) in the site's language.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDate, postDates, pythonDatetime } from '../../src/site/blog-dates.ts';

const day = new Date(Date.UTC(2024, 0, 31));

describe('a post\'s front matter date', () => {
  test('should read a YAML date, as js-yaml leaves it (a string) or as a Date', () => {
    assert.equal(postDates('2024-01-31').dates?.created.toISOString(), '2024-01-31T00:00:00.000Z');
    assert.equal(postDates(day).dates?.created.getTime(), day.getTime());
  });

  test('should read a date and time', () => {
    assert.equal(postDates('2024-01-31 10:30:00').dates?.created.toISOString(), '2024-01-31T10:30:00.000Z');
    assert.equal(postDates('2024-01-31T10:30').dates?.created.toISOString(), '2024-01-31T10:30:00.000Z');
  });

  test('should read a map with created and other dates such as updated', () => {
    const read = postDates({ created: '2024-01-31', updated: '2024-02-10' }).dates;
    assert.equal(read?.created.toISOString().slice(0, 10), '2024-01-31');
    assert.equal(read?.others.get('updated')?.toISOString().slice(0, 10), '2024-02-10');
  });

  test('should say what is wrong with a missing date, a map without created, or something that is not a date', () => {
    assert.match(postDates(undefined).problem ?? '', /a post needs a front matter 'date'/);
    assert.match(postDates({ updated: '2024-02-10' }).problem ?? '', /needs a 'created' date/);
    assert.match(postDates('last week').problem ?? '', /must be a date \(yyyy-mm-dd\)/);
    assert.match(postDates({ created: '2024-01-31', updated: 'soon' }).problem ?? '', /date\.updated must be a date/);
    assert.match(postDates('2024-02-30').problem ?? '', /must be a date/, 'not a day of the calendar');
  });
});

describe('babel\'s format_date', () => {
  test('should format the URL patterns Material uses', () => {
    assert.equal(formatDate(day, 'yyyy/MM/dd', 'en'), '2024/01/31');
    assert.equal(formatDate(day, 'yyyy', 'en'), '2024');
    assert.equal(formatDate(day, 'yyyy/MM', 'en'), '2024/01');
    assert.equal(formatDate(new Date(Date.UTC(2024, 2, 5)), 'y/M/d', 'en'), '2024/3/5');
  });

  test('should name months and weekdays in the site\'s language', () => {
    assert.equal(formatDate(day, 'MMMM yyyy', 'en'), 'January 2024');
    assert.equal(formatDate(day, 'MMMM yyyy', 'de'), 'Januar 2024');
    assert.equal(formatDate(day, 'EEEE', 'fr'), 'mercredi');
  });

  test('should keep quoted literals and a doubled quote', () => {
    assert.equal(formatDate(day, "yyyy 'year' MM", 'en'), '2024 year 01');
    assert.equal(formatDate(day, "dd''MM", 'en'), "31'01");
  });

  test('should draw the named styles as babel does, long by default for posts', () => {
    assert.equal(formatDate(day, 'long', 'en'), 'January 31, 2024');
    assert.equal(formatDate(day, 'long', 'de'), '31. Januar 2024');
    assert.equal(formatDate(day, 'medium', 'en'), 'Jan 31, 2024');
    assert.equal(formatDate(day, 'long', 'pt_BR'), '31 de janeiro de 2024');
  });

  test('should write Python\'s str(datetime) for the datetime attribute', () => {
    assert.equal(pythonDatetime(day), '2024-01-31 00:00:00');
  });
});
