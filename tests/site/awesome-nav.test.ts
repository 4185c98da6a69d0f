/**
 * The awesome-nav plugin in the site (src/site/awesome-nav.ts): its options (filename, log
 * levels), and its `.nav.yml` files read into each folder's settings, with bad files left out
 * and unknown keys and Jinja tags named, each at its line.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { awesomeNavPlugin, readNavYmlFiles } from '../../src/site/awesome-nav.ts';

function docs(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'awesome-nav-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('awesomeNavPlugin', () => {
  test('should be off unless listed and enabled', () => {
    assert.equal(awesomeNavPlugin([{ name: 'search', options: {} }]).options, undefined);
    assert.equal(awesomeNavPlugin([{ name: 'awesome-nav', options: { enabled: false } }]).options, undefined);
  });

  test('should read filename and the log levels, defaults for the rest', () => {
    const { options, problems } = awesomeNavPlugin([{ name: 'awesome-nav', options: { filename: 'nav.yml', logs: { no_matches: 'error', root_title: 'info' } } }]);
    assert.deepEqual(options, { filename: 'nav.yml', logs: { nav_override: 'warning', root_title: 'info', root_hide: 'warning', no_matches: 'error' } });
    assert.deepEqual(problems, []);
  });

  test('should name wrong options and keep their defaults', () => {
    const { options, problems } = awesomeNavPlugin([{ name: 'awesome-nav', options: { filename: 'a/b', logs: { no_match: 'error', root_hide: 'loud' }, strict: true } }]);
    assert.equal(options?.filename, '.nav.yml');
    assert.equal(options?.logs.root_hide, 'warning');
    assert.equal(problems.length, 4);
    assert.match(problems.join('\n'), /unknown option 'strict'/);
    assert.match(problems.join('\n'), /unknown 'logs' entry 'no_match'/);
  });
});

describe('readNavYmlFiles', () => {
  test("should read each folder's file, and leave out a file with a wrong value, warned at its line", () => {
    const dir = docs({ '.nav.yml': 'nav:\n  - a.md\n', 'g/.nav.yml': 'title: G\nhide: maybe\n' });
    const read = readNavYmlFiles(dir, ['.nav.yml', 'g/.nav.yml']);
    assert.deepEqual([...read.byFolder.keys()], ['']);
    assert.deepEqual(read.messages.map((message) => [message.line, message.message]), [[2, `awesome-nav: .nav.yml file ignored: 'hide' must be true or false, found "maybe" (a string)`]]);
  });

  test('should keep a file with an unknown key or a Jinja tag, naming each at its line', () => {
    const dir = docs({ '.nav.yml': "title: x\nsort:\n  order: desc\nnav:\n  - '{{ config.site_name }}.md'\n" });
    const read = readNavYmlFiles(dir, ['.nav.yml']);
    assert.equal(read.byFolder.get('')?.title, 'x');
    assert.deepEqual(
      read.messages.map((message) => [message.line, message.message.replace(/ \(.*$/, '')]),
      [
        [5, 'awesome-nav: Jinja template tags in a nav file are not rendered here'],
        [3, "awesome-nav: unknown key 'order' in 'sort', ignored"],
      ],
    );
  });
});
