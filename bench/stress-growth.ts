/**
 * How render time grows with the page for repeated short blocks: each shape at 1,000, 2,000,
 * 4,000 and 8,000 repetitions (the fastest of three renders), with the last doubling's factor
 * (about 2 when linear, 4 when quadratic; the heap's growth adds some). The shapes close a
 * container with a line that is none of its own (a definition, a paragraph), which micromark
 * once paid for with a copy of the page's events (core/edit-map.ts), beside shapes that never did.
 *
 *   node bench/stress-growth.ts                # every shape
 *   node bench/stress-growth.ts --only quote   # shapes whose name contains "quote"
 *
 * A benchmark, not a test: tests/markdown/stress.test.ts counts the work instead of timing it.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createRenderer } from '../src/markdown/index.ts';
import { STRESS_EXTENSIONS } from './stress-cases.ts';

const SHAPES: ReadonlyArray<readonly [string, string]> = [
  ['list, reference definition', '- a\n\n[x]: /y\n\n'],
  ['list, footnote definition', '- a\n\n[^x]: note\n\n'],
  ['list, abbreviation', '- a\n\n*[HTML]: Hyper Text\n\n'],
  ['list of three items, reference definition', '- a\n- b\n- c\n\n[x]: /y\n\n'],
  ['ordered list, reference definition', '1. a\n\n[x]: /y\n\n'],
  ['block quote, reference definition', '> a\n\n[x]: /y\n\n'],
  ['list, paragraph', '- a\n\nb\n\n'],
  ['block quote, paragraph', '> a\n\nb\n\n'],
  // Shapes without a container closed by a foreign line.
  ['list items after blank lines (one list)', '- a\n\n'],
  ['reference definitions only', '[x]: /y\n\n'],
  ['paragraphs only', 'a\n\n'],
];
const COUNTS = [1000, 2000, 4000, 8000];

const RUNS = 3;

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const renderer = createRenderer({ extensions: STRESS_EXTENSIONS, projectDir: os.tmpdir(), docsDir: os.tmpdir() });
// Warm up: the first page pays for loading and compiling the renderer.
renderer.render({ path: 'warm.md', value: SHAPES.map(([, unit]) => unit).join('').repeat(50) });

console.log(`| shape | ${COUNTS.map((count) => `× ${count.toLocaleString('en')}: s`).join(' | ')} | last doubling |`);
console.log(`| --- | ${COUNTS.map(() => '---').join(' | ')} | --- |`);
for (const [name, unit] of SHAPES) {
  if (values.only !== undefined && !name.includes(values.only)) continue;
  const seconds = COUNTS.map((count) => fastest(unit.repeat(count)));
  const factor = (seconds.at(-1) ?? 0) / (seconds.at(-2) ?? 1);
  console.log(`| ${name} | ${seconds.map((s) => s.toFixed(2)).join(' | ')} | ${factor.toFixed(1)} |`);
}

/** The fastest of a few renders of `value`, in seconds: the machine's other work only slows a run. */
function fastest(value: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    renderer.render({ path: 'growth.md', value });
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}
