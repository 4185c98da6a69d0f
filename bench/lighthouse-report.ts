/**
 * Reads Lighthouse's JSON report (`--output=json`): the four category scores and every audit
 * that keeps one below 100, and draws them as plain-text tables. Pure, so tests need no browser.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** An audit that failed (scored below 1); with weight 0 it is shown but does not move the score. */
export interface FailingAudit {
  readonly id: string;
  readonly category: Category;
  readonly title: string;
  /** 0–100. */
  readonly score: number;
  /** The category weight: 0 for an audit that is shown but not counted. */
  readonly weight: number;
  /** Lighthouse's display value (`2.9 s`) or the first items it names, when it has any. */
  readonly detail: string;
}

export interface PageSummary {
  readonly url: string;
  /** 0–100 per category; undefined when Lighthouse could not score it (e.g. the page errored). */
  readonly scores: Partial<Record<Category, number>>;
  readonly failing: FailingAudit[];
  /** Lighthouse's own warnings and a runtime error, if any. */
  readonly warnings: string[];
  /** What the unthrottled load really did (ms): the simulated metrics start from these. */
  readonly observed?: { readonly firstContentfulPaint: number; readonly domContentLoaded: number } | undefined;
}

/**
 * A first paint held back by headless Chromium: the page was ready (DOMContentLoaded) long before
 * it was given a frame to paint in (GoogleChrome/lighthouse#17148). Such a run's performance score
 * says more about the browser than about the page.
 */
export function paintHeldBack(observed: PageSummary['observed']): boolean {
  return observed !== undefined && observed.firstContentfulPaint - observed.domContentLoaded > 700;
}

function observedTimings(audits: Record<string, unknown>): PageSummary['observed'] {
  const metrics = audits['metrics'];
  const items = isRecord(metrics) ? detailItems(metrics['details']) : undefined;
  const first = items?.[0];
  if (!isRecord(first) || typeof first['observedFirstContentfulPaint'] !== 'number' || typeof first['observedDomContentLoaded'] !== 'number') return undefined;
  return { firstContentfulPaint: first['observedFirstContentfulPaint'], domContentLoaded: first['observedDomContentLoaded'] };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCategory = (value: string): value is Category => CATEGORIES.some((category) => category === value);

function detailItems(details: unknown): unknown[] | undefined {
  return isRecord(details) && Array.isArray(details['items']) ? details['items'] : undefined;
}

/** What a failing audit points at: a selector, a URL or a snippet of its first items. */
function itemsHint(items: unknown[] | undefined): string {
  if (!items) return '';
  const hints: string[] = [];
  for (const item of items.slice(0, 3)) {
    if (!isRecord(item)) continue;
    const node = item['node'];
    const hint = isRecord(node) && typeof node['selector'] === 'string' ? node['selector'] : typeof item['url'] === 'string' ? item['url'] : undefined;
    if (hint) hints.push(hint);
  }
  const more = items.length > hints.length && hints.length > 0 ? ` (+${items.length - hints.length})` : '';
  return hints.join(', ') + more;
}

/** Summarizes one report; throws with a message when `report` is not Lighthouse's JSON. */
export function summarize(report: unknown): PageSummary {
  if (!isRecord(report) || !isRecord(report['categories']) || !isRecord(report['audits'])) {
    throw new Error('not a Lighthouse JSON report: it has no `categories` and `audits` (was it run with --output=json?)');
  }
  const audits = report['audits'];
  const scores: Partial<Record<Category, number>> = {};
  const failing: FailingAudit[] = [];
  for (const [key, value] of Object.entries(report['categories'])) {
    if (!isCategory(key) || !isRecord(value)) continue;
    if (typeof value['score'] === 'number') scores[key] = Math.round(value['score'] * 100);
    const refs = Array.isArray(value['auditRefs']) ? value['auditRefs'] : [];
    for (const ref of refs) {
      if (!isRecord(ref) || typeof ref['id'] !== 'string') continue;
      const audit = audits[ref['id']];
      if (!isRecord(audit) || typeof audit['score'] !== 'number' || audit['score'] >= 1) continue;
      // Informative and manual audits carry no pass/fail; "notApplicable" has a null score.
      if (!['binary', 'numeric', 'metricSavings'].includes(String(audit['scoreDisplayMode']))) continue;
      const weight = typeof ref['weight'] === 'number' ? ref['weight'] : 0;
      failing.push({
        id: ref['id'],
        category: key,
        title: typeof audit['title'] === 'string' ? audit['title'] : ref['id'],
        score: Math.round(audit['score'] * 100),
        weight,
        detail: [typeof audit['displayValue'] === 'string' ? audit['displayValue'] : '', itemsHint(detailItems(audit['details']))].filter(Boolean).join(' · '),
      });
    }
  }
  const warnings = Array.isArray(report['runWarnings']) ? report['runWarnings'].filter((w): w is string => typeof w === 'string') : [];
  const runtimeError = report['runtimeError'];
  if (isRecord(runtimeError) && typeof runtimeError['message'] === 'string') warnings.push(runtimeError['message']);
  return { observed: observedTimings(audits), url: typeof report['finalDisplayedUrl'] === 'string' ? report['finalDisplayedUrl'] : typeof report['requestedUrl'] === 'string' ? report['requestedUrl'] : '', scores, failing, warnings };
}

/** The median of a few numbers (the lower middle one when even, so it is a score a run had). */
export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** A page measured several times: the median score per category, each failing audit once. */
export interface MergedRuns {
  readonly scores: Partial<Record<Category, number>>;
  /** Each audit that failed in some run, with the number of runs it failed in (worst score kept). */
  readonly failing: Array<FailingAudit & { readonly runs: number }>;
  readonly runs: number;
  readonly warnings: string[];
}

/**
 * Lighthouse's scores move between runs (the machine's load changes the observed timings its
 * simulation starts from), so a page is run a few times and read by its median, as Lighthouse's
 * own docs advise (docs/variability.md).
 */
export function mergeRuns(summaries: readonly PageSummary[]): MergedRuns {
  const scores: Partial<Record<Category, number>> = {};
  for (const category of CATEGORIES) {
    const value = median(summaries.flatMap((summary) => (summary.scores[category] === undefined ? [] : [summary.scores[category]])));
    if (value !== undefined) scores[category] = value;
  }
  const failing = new Map<string, FailingAudit & { runs: number }>();
  for (const summary of summaries) {
    for (const audit of summary.failing) {
      const seen = failing.get(audit.id);
      if (!seen) failing.set(audit.id, { ...audit, runs: 1 });
      else failing.set(audit.id, { ...(audit.score < seen.score ? audit : seen), runs: seen.runs + 1 });
    }
  }
  const warnings = [...new Set(summaries.flatMap((summary) => summary.warnings))];
  return { scores, failing: [...failing.values()], runs: summaries.length, warnings };
}

/** Left-aligned first column, right-aligned numbers, as `column -t` would. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The scores table: one row per page, one column per category. */
export function scoresTable(pages: readonly { readonly name: string; readonly scores: Partial<Record<Category, number>> }[]): string {
  return formatTable(
    ['page', ...CATEGORIES],
    pages.map(({ name, scores }) => [name, ...CATEGORIES.map((category) => String(scores[category] ?? '–'))]),
  );
}
