/**
 * A node --test reporter that prints, once the run ends, how long each test file took (its
 * `test:summary` event; files run in their own processes, so this is wall time per file),
 * slowest first: where the time of `npm test` goes. Output like
 * `  331.7s  tests/browser/a11y.test.ts`.
 */
import path from 'node:path';
import type { TestEvent } from 'node:test/reporters';

export default async function* fileDurations(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const files: Array<[string, number]> = [];
  for await (const event of source) {
    if (event.type === 'test:summary' && event.data.file !== undefined) {
      files.push([path.relative(process.cwd(), event.data.file), event.data.duration_ms]);
    }
  }
  if (files.length === 0) return;
  files.sort((a, b) => b[1] - a[1]);
  yield `\nℹ duration per test file, slowest first\n`;
  for (const [file, ms] of files) yield `${(ms / 1000).toFixed(1).padStart(8)}s  ${file}\n`;
}
