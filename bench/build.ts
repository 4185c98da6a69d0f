/**
 * Times the whole CLI build (config, rendering, Astro, static files, Pagefind) of a project and
 * reports wall time and peak memory (via GNU time when installed), median of --runs builds.
 *
 *   node bench/build.ts [../shared/corpus/privacyguides/mkdocs.yml] [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' } } });
const repo = path.resolve(import.meta.dirname, '..');
const config = path.resolve(positionals[0] ?? path.join(repo, '../shared/corpus/privacyguides/mkdocs.yml'));
const runs = Number(values.runs ?? 3);
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const results: Array<{ seconds: number; peakMiB: number | undefined }> = [];
for (let run = 0; run < runs; run++) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-bench-'));
  const report = path.join(out, '.time');
  const command = [process.execPath, path.join(repo, 'src/cli.ts'), 'build', '-f', config, '-d', path.join(out, 'site')];
  const started = performance.now();
  const child = gnuTime
    ? spawnSync(gnuTime, ['-f', '%M', '-o', report, ...command], { cwd: repo, encoding: 'utf8' })
    : spawnSync(command[0] ?? process.execPath, command.slice(1), { cwd: repo, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const kib = gnuTime ? Number(readFileSync(report, 'utf8').trim().split('\n').pop()) : Number.NaN;
  results.push({ seconds, peakMiB: Number.isFinite(kib) ? kib / 1024 : undefined });
  console.log(`run ${run + 1}: ${seconds.toFixed(2)}s${Number.isFinite(kib) ? `, peak RSS ${(kib / 1024).toFixed(0)} MiB` : ''} — ${child.stdout.trim().split('\n').pop()}`);
  rmSync(out, { recursive: true, force: true });
}
const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`build: median wall ${median?.seconds.toFixed(2)}s over ${runs} runs${median?.peakMiB ? `, peak RSS ${median.peakMiB.toFixed(0)} MiB` : ''} (${path.relative(process.cwd(), config)})`);
