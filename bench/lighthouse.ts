/**
 * Lighthouse on the guide, on mobile (Lighthouse's default: a mid-range phone, simulated slow 4G
 * and a 4x slower CPU): builds the guide at the site root and under a sub-path, serves each build
 * gzipped with the README's strict CSP (bench/gzip-server.ts), runs Lighthouse on each page one
 * at a time (a few runs each; the median counts), and prints the four category scores per page,
 * then every audit that kept a score below 100.
 *
 *   node bench/lighthouse.ts [--pages ,real-time-communication/,advanced/communication-network-types/]
 *                            [--bases /,/guide/] [--runs 3] [--cli path/to/src/cli.ts] [--keep DIR]
 *                            [--chrome-flags="--headless=new --no-sandbox --disable-features=PaintHolding"]
 *
 * Lighthouse is not a dependency: install it apart and say where (bench/lighthouse-setup.ts);
 * without it the script says how and stops. `--cli` builds with another checkout (e.g. the main
 * branch's, for a before/after); `--keep` keeps the built sites and the JSON reports (default:
 * $TMPDIR/mkdocs-astro-lighthouse). A benchmark, not a test: nothing asserts a score. The
 * performance score depends on the machine's load (Lighthouse warns when the CPU looks slow);
 * compare runs made on the same machine, with nothing else running. Headless Chromium sometimes
 * delays the first paint by whole seconds while the page is idle (GoogleChrome/lighthouse#17148):
 * a run whose first paint is near 1.2 s or 2.2 s while its DOMContentLoaded is near 0.3 s is that.
 * Chromium's paint holding is off by default here: with it, 8 of 9 runs of the guide had their
 * first paint held back that way (speed index 3.7 s, performance 94–98); without it, 1 of 36.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { serveGzipped } from './gzip-server.ts';
import { CATEGORIES, mergeRuns, paintHeldBack, scoresTable, summarize, type MergedRuns, type PageSummary } from './lighthouse-report.ts';
import { findChromium, findLighthouse, INSTALL_HINT, withBase } from './lighthouse-setup.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: ',real-time-communication/,advanced/communication-network-types/' },
    bases: { type: 'string', default: '/,/guide/' },
    runs: { type: 'string', default: '3' },
    cli: { type: 'string' },
    keep: { type: 'string' },
    'chrome-flags': { type: 'string', default: '--headless=new --no-sandbox --disable-features=PaintHolding' },
  },
});
const repo = path.resolve(import.meta.dirname, '..');
const cli = path.resolve(values.cli ?? path.join(repo, 'src/cli.ts'));
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 1);
const pages = values.pages.split(',').map((page) => page.replace(/^\//, ''));
const bases = values.bases.split(',').map((base) => `/${base}/`.replace(/\/+/g, '/'));
const work = path.resolve(values.keep ?? path.join(os.tmpdir(), 'mkdocs-astro-lighthouse'));

const lighthouse = findLighthouse(process.env, repo, existsSync);
const chromium = findChromium(process.env, existsSync);
if (!lighthouse || !chromium) {
  console.error(lighthouse ? `Chromium not found at ${process.env['CHROME_PATH'] ?? '/usr/bin/chromium'}.` : `${process.env['LIGHTHOUSE_BIN'] ? `LIGHTHOUSE_BIN=${process.env['LIGHTHOUSE_BIN']} does not exist.\n` : ''}${INSTALL_HINT}`);
  process.exit(2);
}

/** Copies the guide with `site_url` under `base` and builds it; returns the site's folder. */
function build(base: string): string {
  const project = path.join(work, `project${base.replace(/\W+/g, '-')}`);
  const site = path.join(work, `site${base.replace(/\W+/g, '-')}`);
  rmSync(project, { recursive: true, force: true });
  for (const entry of ['content', 'assets', 'includes']) {
    if (existsSync(path.join(repo, entry))) cpSync(path.join(repo, entry), path.join(project, entry), { recursive: true });
  }
  writeFileSync(path.join(project, 'mkdocs.yml'), withBase(readFileSync(path.join(repo, 'mkdocs.yml'), 'utf8'), base));
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, 'build', '-f', path.join(project, 'mkdocs.yml'), '-d', site, '--no-cache'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the build for ${base} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  console.log(`built ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${site}`);
  return site;
}

const execFileAsync = promisify(execFile);

/**
 * One Lighthouse run on `url`; the JSON report is kept in `output`. Asynchronous on purpose: the
 * server answering Lighthouse lives in this process, and a synchronous spawn would starve it.
 */
async function measure(url: string, output: string, lighthouseBin: string, chromiumBin: string): Promise<PageSummary> {
  const args = [
    url,
    `--chrome-path=${chromiumBin}`,
    `--chrome-flags=${values['chrome-flags']}`,
    '--form-factor=mobile',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
  ];
  // The .bin link leads to a .js file: run it with this Node, whatever `node` is on PATH.
  const entry = realpathSync(lighthouseBin);
  const [command, commandArgs] = entry.endsWith('.js') ? [process.execPath, [entry, ...args]] : [entry, args];
  rmSync(output, { force: true });
  await execFileAsync(command, commandArgs, { maxBuffer: 64 * 1024 * 1024, timeout: 180_000 }).catch((error: unknown) => {
    throw new Error(`lighthouse failed on ${url}`, { cause: error });
  });
  if (!existsSync(output)) throw new Error(`lighthouse wrote no report for ${url} (expected ${output})`);
  return summarize(JSON.parse(readFileSync(output, 'utf8')));
}

mkdirSync(work, { recursive: true });
const results: Array<{ name: string; merged: MergedRuns }> = [];
for (const base of bases) {
  const site = build(base);
  const server = await serveGzipped(site, base);
  try {
    for (const page of pages) {
      const name = `${base}${page}`;
      const summaries: PageSummary[] = [];
      for (let run = 1; run <= runs; run++) {
        const report = path.join(work, 'reports', `${name.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.${run}.json`);
        mkdirSync(path.dirname(report), { recursive: true });
        // One Lighthouse at a time: parallel runs slow each other's CPU and skew every score.
        summaries.push(await measure(new URL(page, server.url).href, report, lighthouse, chromium));
        const last = summaries.at(-1);
        const held = last && paintHeldBack(last.observed) ? ` (first paint held back by the browser: ${Math.round(last.observed?.firstContentfulPaint ?? 0)} ms, DOMContentLoaded ${Math.round(last.observed?.domContentLoaded ?? 0)} ms)` : '';
        process.stdout.write(`  ${name} run ${run}/${runs}: ${CATEGORIES.map((category) => last?.scores[category] ?? '–').join(' ')}${held}\n`);
      }
      results.push({ name, merged: mergeRuns(summaries) });
    }
  } finally {
    await server.close();
  }
}

console.log(`\nLighthouse mobile, median of ${runs} run${runs === 1 ? '' : 's'} (reports in ${path.join(work, 'reports')}):\n`);
console.log(scoresTable(results.map(({ name, merged }) => ({ name, scores: merged.scores }))));
for (const { name, merged } of results) {
  if (merged.failing.length === 0 && merged.warnings.length === 0) continue;
  console.log(`\n${name}`);
  for (const audit of merged.failing) {
    const weight = audit.weight === 0 ? 'not counted' : `weight ${audit.weight}`;
    console.log(`  ${audit.category} · ${audit.id} ${audit.score} (${weight}; failed in ${audit.runs}/${merged.runs})${audit.detail ? ` · ${audit.detail}` : ''}`);
  }
  for (const warning of merged.warnings) console.log(`  warning: ${warning.replace(/\s+/g, ' ')}`);
}
