/** The Lighthouse bench's pure parts (bench/lighthouse-report.ts, bench/lighthouse-setup.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatTable, median, mergeRuns, paintHeldBack, scoresTable, summarize } from '../../bench/lighthouse-report.ts';
import { findLighthouse, withBase } from '../../bench/lighthouse-setup.ts';

/** A report shaped as Lighthouse 13 writes it, cut down to what is read. */
function report(performance: number, audits: Record<string, { score: number | null; scoreDisplayMode: string; weight?: number; category?: string; displayValue?: string; items?: unknown[] }>) {
  const refs = (category: string) => Object.entries(audits).filter(([, audit]) => (audit.category ?? 'performance') === category).map(([id, audit]) => ({ id, weight: audit.weight ?? 0 }));
  return {
    finalDisplayedUrl: 'http://127.0.0.1:9/',
    categories: {
      performance: { score: performance, auditRefs: refs('performance') },
      accessibility: { score: 1, auditRefs: refs('accessibility') },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: 1, auditRefs: [] },
    },
    audits: Object.fromEntries(Object.entries(audits).map(([id, audit]) => [id, { id, title: `title of ${id}`, score: audit.score, scoreDisplayMode: audit.scoreDisplayMode, displayValue: audit.displayValue, details: { items: audit.items ?? [] } }])),
    runWarnings: ['The tested device appears to have a slower CPU than  Lighthouse expects.'],
  };
}

describe('summarize', () => {
  test('should read the four scores as 0–100 and the audits scored below 1', () => {
    const summary = summarize(report(0.974, {
      'speed-index': { score: 0.85, scoreDisplayMode: 'numeric', weight: 10, displayValue: '3.7 s' },
      'unsized-images': { score: 0.5, scoreDisplayMode: 'metricSavings', items: [{ node: { selector: 'label > img' }, url: '/a.svg' }, { url: '/b.svg' }] },
      'color-contrast': { score: 1, scoreDisplayMode: 'binary', weight: 7, category: 'accessibility' },
    }));
    assert.deepEqual(summary.scores, { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 });
    assert.deepEqual(summary.failing.map((audit) => [audit.id, audit.score, audit.weight, audit.detail]), [
      ['speed-index', 85, 10, '3.7 s'],
      ['unsized-images', 50, 0, 'label > img, /b.svg'],
    ]);
    assert.equal(summary.warnings.length, 1);
  });

  test('should not list informative, manual or not applicable audits', () => {
    const summary = summarize(report(1, {
      'mainthread-work-breakdown': { score: 0, scoreDisplayMode: 'informative' },
      'logical-tab-order': { score: 0, scoreDisplayMode: 'manual', category: 'accessibility' },
      'image-alt': { score: null, scoreDisplayMode: 'notApplicable', category: 'accessibility' },
    }));
    assert.deepEqual(summary.failing, []);
  });

  test('should say what it expected of a file that is not a JSON report', () => {
    assert.throws(() => summarize('<html>'), /not a Lighthouse JSON report.*--output=json/);
  });
});

describe('mergeRuns', () => {
  test('should take each category\'s median and count the runs an audit failed in, keeping its worst score', () => {
    const runs = [
      summarize(report(1, {})),
      summarize(report(0.96, { 'speed-index': { score: 0.9, scoreDisplayMode: 'numeric', weight: 10 } })),
      summarize(report(0.98, { 'speed-index': { score: 0.84, scoreDisplayMode: 'numeric', weight: 10 } })),
    ];
    const merged = mergeRuns(runs);
    assert.equal(merged.scores.performance, 98);
    assert.deepEqual(merged.failing.map((audit) => [audit.id, audit.score, audit.runs]), [['speed-index', 84, 2]]);
    assert.equal(merged.warnings.length, 1, 'the same warning is said once');
  });

  test('should take the lower middle of an even count, a score some run had', () => {
    assert.equal(median([100, 96]), 96);
    assert.equal(median([]), undefined);
  });
});

describe('tables', () => {
  test('should align the first column left and the others right', () => {
    assert.equal(formatTable(['page', 'seo'], [['/', '100'], ['/guide/vpn/', '92']]), ['page         seo', '-----------  ---', '/            100', '/guide/vpn/   92'].join('\n'));
  });

  test('should show a dash for a category without a score', () => {
    assert.match(scoresTable([{ name: '/', scores: { performance: 99 } }]), /^\/\s+99\s+–\s+–\s+–$/m);
  });
});

describe('findLighthouse', () => {
  const exists = (files: string[]) => (file: string) => files.includes(file);

  test('should take LIGHTHOUSE_BIN, then the LIGHTHOUSE_PREFIX install, then this checkout\'s', () => {
    assert.equal(findLighthouse({ LIGHTHOUSE_BIN: '/x/lh' }, '/repo', exists(['/x/lh', '/repo/node_modules/.bin/lighthouse'])), '/x/lh');
    assert.equal(findLighthouse({ LIGHTHOUSE_PREFIX: '/p' }, '/repo', exists(['/p/node_modules/.bin/lighthouse'])), '/p/node_modules/.bin/lighthouse');
    assert.equal(findLighthouse({}, '/repo', exists(['/repo/node_modules/.bin/lighthouse'])), '/repo/node_modules/.bin/lighthouse');
  });

  test('should not look elsewhere when LIGHTHOUSE_BIN names a missing file, nor find one that is not installed', () => {
    assert.equal(findLighthouse({ LIGHTHOUSE_BIN: '/gone' }, '/repo', exists(['/repo/node_modules/.bin/lighthouse'])), undefined);
    assert.equal(findLighthouse({}, '/repo', exists([])), undefined);
  });
});

describe('withBase', () => {
  test('should move site_url under the base path, keeping its origin', () => {
    assert.equal(withBase('site_name: X\nsite_url: https://example.org/\nnav: []\n', '/guide/'), 'site_name: X\nsite_url: https://example.org/guide/\nnav: []\n');
    assert.equal(withBase('site_url: "https://docs.example.com/old/"\n', '/'), 'site_url: https://docs.example.com/\n');
  });

  test('should add a site_url to a config without one, and not touch an indented key of that name', () => {
    assert.equal(withBase('site_name: X\nextra:\n  site_url: keep\n', '/guide/'), 'site_url: https://example.org/guide/\nsite_name: X\nextra:\n  site_url: keep\n');
  });
});

describe('paintHeldBack', () => {
  test('should tell a first paint held for a second after DOMContentLoaded from a prompt one', () => {
    assert.equal(paintHeldBack({ firstContentfulPaint: 2239, domContentLoaded: 293 }), true);
    assert.equal(paintHeldBack({ firstContentfulPaint: 411, domContentLoaded: 468 }), false);
    assert.equal(paintHeldBack(undefined), false);
  });
});
