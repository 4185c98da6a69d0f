/**
 * `npm run suites`: renders every case of Python-Markdown's and PyMdown Extensions' own test
 * suites (../shared/suites/*.jsonl, the cases an MkDocs site could hold) with our renderer and
 * compares with the reference HTML. Writes test-output/suites.md (pass/total per extension and
 * suite; test-output/suites-only.md for a run filtered by --only); the last line printed is `suites: P/T pass (python-markdown a/b, pymdown-extensions c/d)`.
 *
 *   node bench/suites.ts [--only <id substring>] [--failures N] [--timeout ms]
 *
 * A measurement, not a test: it always exits 0. Cases render in a worker thread, so a case that
 * throws fails alone and one that hangs is stopped after --timeout (the worker is replaced).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { readSuite, SUITES, type SuiteCase } from './suites/cases.ts';
import { createComparer, type Comparer } from './suites/compare.ts';
import { renderReport, summary, type Outcome } from './suites/report.ts';
import type { RenderReply, RenderRequest } from './suites/worker.ts';

const root = path.resolve(import.meta.dirname, '..');
// The shared folder sits next to the checkout (../shared), or next to its parent for a git worktree.
const shared = [path.resolve(root, '../shared'), path.resolve(root, '../../shared')].find((dir) => existsSync(path.join(dir, 'suites'))) ?? path.resolve(root, '../shared');
const suitesDir = path.join(shared, 'suites');
const conformanceDir = path.join(shared, 'conformance');
const { values } = parseArgs({
  options: { only: { type: 'string' }, failures: { type: 'string', default: '0' }, timeout: { type: 'string', default: '10000' } },
});

/** One worker at a time renders; a timed-out worker is terminated and a fresh one takes over. */
class RenderPool {
  #worker: Worker | undefined;

  render(request: RenderRequest, timeout: number): Promise<RenderReply> {
    const worker = (this.#worker ??= new Worker(new URL('./suites/worker.ts', import.meta.url), { workerData: path.join(suitesDir, 'pymdown-extensions-files') }));
    return new Promise((resolve) => {
      const done = (reply: RenderReply): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(reply);
      };
      const onMessage = (reply: RenderReply): void => done(reply);
      const onError = (error: Error): void => {
        this.#worker = undefined;
        done({ index: request.index, thrown: `worker crashed: ${error.message}` });
      };
      const timer = setTimeout(() => {
        this.#worker = undefined;
        void worker.terminate();
        done({ index: request.index, thrown: `timed out after ${timeout} ms` });
      }, timeout);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
  }
}

function judge(item: SuiteCase, reply: RenderReply, comparer: Comparer): Outcome {
  if (reply.thrown !== undefined) return { case: item, verdict: 'fail', note: `threw: ${reply.thrown}` };
  if (item.html === null) {
    // The reference raised (a missing snippet, a bad option): we pass by reporting an error.
    const reported = (reply.errors ?? []).length > 0;
    return reported ? { case: item, verdict: 'pass' } : { case: item, verdict: 'fail', note: `no error reported (reference raised ${item.expectedError ?? 'an error'})` };
  }
  return { case: item, verdict: comparer.verdict(reply.html ?? '', item.html) };
}

function printFailure(outcome: Outcome, html: string | undefined, comparer: Comparer): void {
  const item = outcome.case;
  console.log(`\n=== FAIL ${item.id}\nextensions: ${JSON.stringify(item.extensions)}\n--- source\n${item.source}`);
  if (outcome.note !== undefined || item.html === null || html === undefined) {
    console.log(`--- ${outcome.note ?? 'no HTML'}`);
    return;
  }
  // Line diff of the normalised forms, one tag per line, between their common head and tail.
  const split = (text: string): string[] => text.replace(/></g, '>\n<').split('\n');
  const expected = split(comparer.canonical(item.html, 'ref'));
  const actual = split(comparer.canonical(html, 'cand'));
  let head = 0;
  while (head < expected.length && expected[head] === actual[head]) head += 1;
  let tail = 0;
  while (tail < expected.length - head && tail < actual.length - head && expected.at(-1 - tail) === actual.at(-1 - tail)) tail += 1;
  for (const line of expected.slice(head, expected.length - tail)) console.log(`- ${line}`);
  for (const line of actual.slice(head, actual.length - tail)) console.log(`+ ${line}`);
}

async function main(): Promise<void> {
  const comparer = await createComparer(conformanceDir, (message) => console.warn(`warning: ${message}`));
  const only = values.only;
  let cases: SuiteCase[];
  try {
    cases = SUITES.flatMap((suite) => readSuite(suitesDir, suite)).filter((item) => only === undefined || item.id.includes(only));
  } catch (cause) {
    // A measurement, not a test: say what is missing and report nothing measured.
    console.error(`error: cannot read the suites in ${suitesDir}: ${cause instanceof Error ? cause.message : String(cause)}`);
    console.log(summary([], SUITES));
    return;
  }
  const timeout = Number(values.timeout) || 10_000;
  let failuresToShow = Number(values.failures) || 0;
  const pool = new RenderPool();
  const outcomes: Outcome[] = [];
  for (const [index, item] of cases.entries()) {
    const reply = await pool.render({ index, source: item.source, extensions: item.extensions }, timeout);
    const outcome = judge(item, reply, comparer);
    outcomes.push(outcome);
    if (outcome.verdict === 'fail' && failuresToShow > 0) {
      failuresToShow -= 1;
      printFailure(outcome, reply.html, comparer);
    }
  }
  await pool.close();
  const date = new Date().toISOString().slice(0, 10);
  const outDir = path.join(root, 'test-output');
  mkdirSync(outDir, { recursive: true });
  // A filtered run must not overwrite the full report.
  const report = path.join(outDir, only === undefined ? 'suites.md' : 'suites-only.md');
  writeFileSync(report, renderReport(outcomes, SUITES, date));
  console.log(`report: ${path.relative(process.cwd(), report)}`);
  console.log(summary(outcomes, SUITES));
}

await main();
