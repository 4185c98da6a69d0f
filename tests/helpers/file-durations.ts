/**
 * A node --test reporter that prints, once the run ends, how long each test file took (its
 * `test:summary` event; files run in their own processes, so this is wall time per file),
 * slowest first, with when the reporter first and last heard of the file, in seconds since it
 * started: where the time of `npm test` goes, and which file ends the run. Output like
 * `  331.7s  tests/browser/a11y.test.ts  (12.0–343.9)`.
 */
import path from 'node:path';
import type { TestEvent } from 'node:test/reporters';

export default async function* fileDurations(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const started = performance.now();
  const seen = new Map<string, { first: number; last: number }>();
  const files: Array<[string, number]> = [];
  for await (const event of source) {
    const data: unknown = event.data;
    const file = typeof data === 'object' && data !== null && 'file' in data && typeof data.file === 'string' ? path.relative(process.cwd(), data.file) : undefined;
    // Enqueue events come for every file at the start; a file's own events begin with its dequeue.
    if (file !== undefined && event.type !== 'test:enqueue') {
      const now = (performance.now() - started) / 1000;
      const span = seen.get(file);
      if (span) span.last = now;
      else seen.set(file, { first: now, last: now });
    }
    if (event.type === 'test:summary' && file !== undefined) files.push([file, event.data.duration_ms]);
  }
  if (files.length === 0) return;
  files.sort((a, b) => b[1] - a[1]);
  yield `\nℹ duration per test file, slowest first (seconds since the run started: first–last report)\n`;
  for (const [file, ms] of files) {
    const span = seen.get(file);
    const when = span ? `  (${span.first.toFixed(1)}–${span.last.toFixed(1)})` : '';
    yield `${(ms / 1000).toFixed(1).padStart(8)}s  ${file}${when}\n`;
  }
}
