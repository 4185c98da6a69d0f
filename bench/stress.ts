/**
 * Pathological inputs: each is rendered in its own process (so one that hangs or blows up
 * cannot take the others down) with a broad set of extensions, and measured: seconds, peak
 * memory, messages. When the reference renderer is installed, Python-Markdown + PyMdown get the
 * same input, with the same time limit, for comparison.
 *
 *   node bench/stress.ts                 # every case, as a Markdown table
 *   node bench/stress.ts --only table    # cases whose name contains "table"
 *   node bench/stress.ts --no-python     # ours only
 *   node bench/stress.ts --scale 0.1     # every case at a tenth of its size (the 10 MB page at 1 MB)
 *
 * Each case renders as a build's render worker renders a page (src/site/render-worker.ts): under
 * `--expose-gc`, collecting between a big page's pieces (heapKeeper), and a page of SPILL_CHARS
 * or more of HTML kept as its pieces' UTF-8, not joined into one string (the worker writes them
 * to the page's file). Joined, the 10 MB page's 80 MB of HTML alone took the peak from about
 * 600 to 900 MB.
 *
 * A benchmark, not a test: tests/markdown/stress.test.ts renders the same shapes smaller.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRenderer } from '../src/markdown/index.ts';
import { heapKeeper } from '../src/site/heap-keeper.ts';
import { SPILL_CHARS } from '../src/site/render-process.ts';
import { STRESS_CASES, STRESS_EXTENSIONS } from './stress-cases.ts';

const LIMIT_SECONDS = 120;
// The shared folder sits next to the checkout (../shared), or next to its parent for a git worktree.
const REFERENCE = [path.resolve(import.meta.dirname, '../../shared'), path.resolve(import.meta.dirname, '../../../shared')]
  .map((shared) => path.join(shared, 'conformance/reference.py'))
  .find((file) => existsSync(file)) ?? path.resolve(import.meta.dirname, '../../shared/conformance/reference.py');

const { values } = parseArgs({ options: { case: { type: 'string' }, only: { type: 'string' }, 'no-python': { type: 'boolean', default: false }, scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
if (!(scale > 0)) throw new Error(`--scale takes a positive number, not ${values.scale}`);

if (values.case !== undefined) {
  // Child mode: render one case and print `seconds peakMB messages`.
  const stress = STRESS_CASES.find((c) => c.name === values.case);
  if (!stress) throw new Error(`no case ${values.case}`);
  const source = stress.make(scale);
  const renderer = createRenderer({ extensions: STRESS_EXTENSIONS, projectDir: os.tmpdir(), docsDir: os.tmpdir(), afterPiece: heapKeeper(), htmlBytesFrom: SPILL_CHARS });
  const started = performance.now();
  const result = renderer.render({ path: 'stress.md', value: source });
  const seconds = (performance.now() - started) / 1000;
  const first = result.messages[0];
  console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024, messages: result.messages.length, first: first ? `${first.line ?? ''}: ${first.message}` : '', bytes: source.length }));
} else {
  const rows = ['| input | size | ours: s | ours: peak MB | messages | Python-Markdown: s | Python-Markdown: peak MB |', '| --- | --- | --- | --- | --- | --- | --- |'];
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-stress-'));
  const config = path.join(configDir, 'mkdocs.yml');
  writeFileSync(config, `markdown_extensions:\n${STRESS_EXTENSIONS.map((e) => `  - ${e.name}`).join('\n')}\n`);
  for (const stress of STRESS_CASES) {
    if (values.only !== undefined && !stress.name.includes(values.only)) continue;
    const ours = timed(process.execPath, ['--expose-gc', import.meta.filename, '--case', stress.name, '--scale', String(scale)]);
    let parsed: { seconds: number; peakMb: number; messages: number; bytes: number } | undefined;
    try {
      parsed = ours.ok ? JSON.parse(ours.stdout.trim().split('\n').pop() ?? '') : undefined;
    } catch {
      parsed = undefined;
    }
    let python = '| n/a | n/a |';
    if (!values['no-python'] && existsReference()) {
      const inputFile = path.join(configDir, `${stress.name}.md`);
      writeFileSync(inputFile, stress.make(scale));
      // Case names hold spaces and commas: the shell gets the paths as arguments, not in the script.
      const ref = timed('/bin/sh', ['-c', '/usr/bin/python3 "$0" "$1" --stdin < "$2" > /dev/null', REFERENCE, config, inputFile]);
      python = ref.ok ? `| ${ref.seconds.toFixed(2)} | ${ref.peakMb.toFixed(0)} |` : `| ${ref.why} | ${ref.peakMb.toFixed(0)} |`;
    }
    const size = parsed ? `${(parsed.bytes / 1024).toFixed(0)} KB` : '';
    const mine = parsed ? `| ${ours.seconds.toFixed(2)} | ${ours.peakMb.toFixed(0)} | ${parsed.messages} ` : `| ${ours.why} | ${ours.peakMb.toFixed(0)} | `;
    rows.push(`| ${stress.name} | ${size} ${mine}${python}`);
    console.log(rows[rows.length - 1]);
  }
  console.log(`\n${rows.join('\n')}`);
}

function existsReference(): boolean {
  return existsSync(REFERENCE) && spawnSync('/usr/bin/python3', ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0;
}

/** Runs a command under /usr/bin/time with a time limit: wall seconds and peak RSS. */
function timed(command: string, args: string[]): { ok: boolean; seconds: number; peakMb: number; stdout: string; why: string } {
  const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'mkdocs-stress-time-')), 'time.txt');
  const started = performance.now();
  // timeout(1) signals the command's whole process group: a killed case leaves no process behind
  // (a timeout here would only end /usr/bin/time). It exits 124 when the limit ran out.
  const limited = ['/usr/bin/timeout', '-k', '5', String(LIMIT_SECONDS), command, ...args];
  const child = spawnSync('/usr/bin/time', ['-f', '%M', '-o', report, ...limited], { encoding: 'utf8', timeout: (LIMIT_SECONDS + 30) * 1000, maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  let peakKb = 0;
  try {
    peakKb = Number(spawnSync('tail', ['-1', report], { encoding: 'utf8' }).stdout.trim()) || 0;
  } catch {
    peakKb = 0;
  }
  const killed = child.error !== undefined || child.status === 124 || child.status === 137;
  const why = killed ? `killed after ${LIMIT_SECONDS} s` : child.status !== 0 ? `failed (exit ${child.status})` : '';
  return { ok: !killed && child.status === 0, seconds, peakMb: peakKb / 1024, stdout: child.stdout ?? '', why };
}
