/**
 * The suites report: one row per extension (a case counts toward every extension of its
 * `extensions_tag`, plain Markdown under "(none)"), pass/total per suite, and per case kind.
 */
import type { SuiteCase } from './cases.ts';
import type { Verdict } from './compare.ts';

export interface Outcome {
  readonly case: SuiteCase;
  readonly verdict: Verdict;
  /** Why it failed, when it did not fail on its HTML (a throw, a timeout, a missing error). */
  readonly note?: string | undefined;
}

export const NONE = '(none)';

interface Tally { pass: number; exact: number; total: number }

const passed = (verdict: Verdict): boolean => verdict !== 'fail';

function add(map: Map<string, Map<string, Tally>>, row: string, column: string, outcome: Outcome): void {
  const columns = map.get(row) ?? new Map<string, Tally>();
  map.set(row, columns);
  const tally = columns.get(column) ?? { pass: 0, exact: 0, total: 0 };
  columns.set(column, tally);
  tally.total += 1;
  if (passed(outcome.verdict)) tally.pass += 1;
  if (outcome.verdict === 'exact') tally.exact += 1;
}

const cell = (tally: Tally | undefined): string => (tally ? `${tally.pass}/${tally.total}` : '');

function table(map: Map<string, Map<string, Tally>>, first: string, suites: readonly string[], rows: string[]): string[] {
  const lines = [`| ${first} | ${suites.join(' | ')} | all | byte-exact |`, `| --- |${suites.map(() => ' ---: |').join('')} ---: | ---: |`];
  for (const row of rows) {
    const columns = map.get(row);
    const all = columns?.get('all');
    const label = row === NONE ? row : `\`${row}\``;
    lines.push(`| ${label} | ${suites.map((suite) => cell(columns?.get(suite))).join(' | ')} | ${cell(all)} | ${all?.exact ?? 0} |`);
  }
  return lines;
}

/** The Markdown report (test-output/suites.md, and the README's table). */
export function renderReport(outcomes: readonly Outcome[], suites: readonly string[], date: string): string {
  const byExtension = new Map<string, Map<string, Tally>>();
  const byKind = new Map<string, Map<string, Tally>>();
  for (const outcome of outcomes) {
    const tags = outcome.case.tags.length > 0 ? outcome.case.tags : [NONE];
    for (const tag of tags) {
      add(byExtension, tag, outcome.case.suite, outcome);
      add(byExtension, tag, 'all', outcome);
    }
    add(byKind, outcome.case.kind, outcome.case.suite, outcome);
    add(byKind, outcome.case.kind, 'all', outcome);
  }
  const extensionRows = [...byExtension.keys()].sort((a, b) => (a === NONE ? -1 : b === NONE ? 1 : order(a) - order(b) || a.localeCompare(b)));
  const emoji = outcomes.filter((outcome) => outcome.verdict === 'emoji-src').length;
  const notes = outcomes.filter((outcome) => outcome.note !== undefined).length;
  return [
    `# Upstream test suites (measured ${date})`,
    '',
    `${summary(outcomes, suites)}. Cases: \`mkdocs_expressible\` with \`mkdocs_default_options\`; pass = equal after`,
    'the conformance normalisation (../shared/conformance/lib/html.mjs), byte-exact = identical strings.',
    `${emoji} case(s) pass only because emoji images differ in \`src\` alone (local images, not a CDN); ${notes} failed without HTML to compare (threw, timed out, or no error reported).`,
    '',
    ...table(byExtension, 'extension', suites, extensionRows),
    '',
    ...table(byKind, 'kind', suites, [...byKind.keys()].sort()),
    '',
  ].join('\n');
}

/** Python-Markdown's extensions before PyMdown's, as the suites README lists them. */
const order = (name: string): number => (name.startsWith('pymdownx.') ? 1 : 0);

/** `suites: P/T pass (python-markdown a/b, pymdown-extensions c/d)`. */
export function summary(outcomes: readonly Outcome[], suites: readonly string[]): string {
  const count = (list: readonly Outcome[]): string => `${list.filter((outcome) => passed(outcome.verdict)).length}/${list.length}`;
  const parts = suites.map((suite) => `${suite} ${count(outcomes.filter((outcome) => outcome.case.suite === suite))}`);
  return `suites: ${count(outcomes)} pass (${parts.join(', ')})`;
}
