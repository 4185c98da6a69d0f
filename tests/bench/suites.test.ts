/** The suites runner's pure parts (bench/suites/): Python tags from JSON, the tally and its last line. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PythonValue } from '../../src/config/yaml-tags.ts';
import { fromJson, type SuiteCase } from '../../bench/suites/cases.ts';
import { renderReport, summary, type Outcome } from '../../bench/suites/report.ts';
import type { Verdict } from '../../bench/suites/compare.ts';

const SUITES = ['python-markdown', 'pymdown-extensions'] as const;

function outcome(suite: string, tags: string[], verdict: Verdict): Outcome {
  const item: SuiteCase = { id: `${suite}/x`, suite, source: '', html: '', expectedError: null, extensions: [], tags, kind: 'unit' };
  return { case: item, verdict };
}

describe('suites: config values from JSON', () => {
  test('should read "!!python/name:x.y" as the config loader\'s PythonValue', () => {
    assert.deepEqual(fromJson({ slugify: '!!python/name:markdown.extensions.toc.slugify_unicode' }), { slugify: new PythonValue('name', 'markdown.extensions.toc.slugify_unicode') });
  });

  test('should read a one-key !!python/object/apply object with its kwds', () => {
    const value = fromJson({ '!!python/object/apply:pymdownx.slugs.slugify': { kwds: { case: 'lower' } } });
    assert.deepEqual(value, new PythonValue('object/apply', 'pymdownx.slugs.slugify', { args: [], kwds: { case: 'lower' } }));
  });

  test('should not touch other strings, or objects with more than one key', () => {
    assert.deepEqual(fromJson(['toc', { toc: { title: '!!python' } }]), ['toc', { toc: { title: '!!python' } }]);
    const two = { '!!python/object/apply:a.b': {}, other: 1 };
    assert.deepEqual(fromJson(two), two);
  });
});

describe('suites: the report', () => {
  const outcomes = [
    outcome('python-markdown', [], 'exact'),
    outcome('python-markdown', ['abbr', 'footnotes'], 'pass'),
    outcome('pymdown-extensions', ['pymdownx.emoji'], 'emoji-src'),
    outcome('pymdown-extensions', ['abbr'], 'fail'),
  ];

  test('should end with the suites line, counting emoji-src cases as passes', () => {
    assert.equal(summary(outcomes, SUITES), 'suites: 3/4 pass (python-markdown 2/2, pymdown-extensions 1/2)');
  });

  test('should count a case toward each of its extensions and plain Markdown under (none)', () => {
    const report = renderReport(outcomes, SUITES, '2026-01-01');
    assert.match(report, /\| \(none\) \| 1\/1 \|  \| 1\/1 \| 1 \|/);
    assert.match(report, /\| `abbr` \| 1\/1 \| 0\/1 \| 1\/2 \| 0 \|/);
    assert.match(report, /\| `footnotes` \| 1\/1 \|  \| 1\/1 \| 0 \|/);
  });

  test('should not count a failed case as byte-exact or passed, and say how many passed on emoji src alone', () => {
    const report = renderReport(outcomes, SUITES, '2026-01-01');
    assert.match(report, /\| `unit` \| 2\/2 \| 1\/2 \| 3\/4 \| 1 \|/);
    assert.match(report, /1 case\(s\) pass only because emoji images differ in `src` alone/);
  });
});
