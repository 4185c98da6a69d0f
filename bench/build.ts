/**
 * Times whole builds: the guide, the Privacy Guides corpus, a ~2,000-page site made by copying
 * that corpus into numbered folders (bench/big-site.ts) and a one-page site (Astro's fixed
 * cost). Each build runs through the package's command (bin/mkdocs-astro.js build -v), as a user
 * runs it, under GNU time, and for each the bench prints wall time, time per phase, pages/s, peak RSS, output size, the largest
 * page, and the floor (reading and parsing every page once, bench/floor.ts). When Debian's
 * MkDocs is installed, `mkdocs build` is timed once on the same project in the same run
 * (../shared/conformance/build_mkdocs.py) and the ratio ours ÷ MkDocs' is printed. Every build
 * timed is cold (no render cache: a first build); for the corpus, rebuilds of a copy follow: nothing changed,
 * then one page changed.
 * Benchmarks are not tests: nothing here asserts a time. The built sites stay in the work folder
 * (default: $TMPDIR/mkdocs-astro-bench) for a look; `big` compares its pages with `pg`'s there.
 *
 *   node bench/build.ts [--only guide,pg,big,one] [--pages 2000] [--no-mkdocs] [--keep DIR]
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeBigSite } from './big-site.ts';
import { measureFloor } from './floor.ts';
import { largestPage, siteStats, weightRatio, type SiteStats } from './site-stats.ts';
import { CACHE_DIR } from '../src/shared/build-cache.ts';
import { BUILD_PHASES } from '../src/site/timings.ts';

const { values } = parseArgs({
  // --no-mkdocs skips timing MkDocs even when it is installed.
  allowNegative: true,
  options: { only: { type: 'string' }, pages: { type: 'string' }, mkdocs: { type: 'boolean', default: true }, keep: { type: 'string' } },
});
const repo = path.resolve(import.meta.dirname, '..');
// The shared folder sits next to the main checkout; a worktree is one level deeper.
const shared = [path.join(repo, '../shared'), path.join(repo, '../../shared')].find((dir) => existsSync(path.join(dir, 'corpus')));
const corpus = shared ? path.join(shared, 'corpus/privacyguides') : undefined;
const work = path.resolve(values.keep ?? path.join(os.tmpdir(), 'mkdocs-astro-bench'));
const wanted = new Set((values.only ?? 'guide,pg,big,one').split(','));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const mkdocsScript = shared ? path.join(shared, 'conformance/build_mkdocs.py') : undefined;
mkdirSync(work, { recursive: true });
// As a user's builds run one after another: Node's compile cache (bin/mkdocs-astro.js), warm after
// the run's first build. The corpus's privacy plugin is off, through its mkdocs.yml's own switch:
// MkDocs' side (Debian's Material 8.2.5) has no such plugin, so both build the same site, and a
// benchmark downloads nothing.
const cached = { ...process.env, NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] ?? path.join(os.tmpdir(), 'node-compile-cache'), BUILD_PRIVACY: 'false' };

/** What a build through the command said with -v: each phase's time, the pages, and its own wall time. */
interface BuildRecord {
  /** From the command's start of work to its last line ("built … in Xs"). */
  readonly wallMs: number;
  readonly phases: Record<string, number>;
  readonly pages: number;
  readonly warnings: number;
}

/** Reads a build's record from what `build -v` printed. */
function parseBuildOutput(stdout: string): BuildRecord | undefined {
  const phases: Record<string, number> = {};
  for (const match of stdout.matchAll(/^phase (\S+): (\d+) ms$/gm)) phases[match[1] ?? ''] = (phases[match[1] ?? ''] ?? 0) + Number(match[2]);
  const built = /^built (\d+) pages, (\d+) warnings, \d+ errors in ([\d.]+)s/m.exec(stdout);
  if (!built) return undefined;
  return { wallMs: Number(built[3]) * 1000, phases, pages: Number(built[1]), warnings: Number(built[2]) };
}

/**
 * One build through the package's command, as a user runs it (bin/mkdocs-astro.js: its own
 * process started again with the build's memory settings, the render worker started before the
 * config is read): its record, the peak RSS of its processes as GNU time reports it (the largest
 * one's), and the real wall time. Node's compile cache is kept between the run's builds, as the
 * command keeps it between a user's builds.
 */
function timeBuild(config: string, out: string): { record: BuildRecord; peakMiB: number | undefined; realMs: number } {
  const run = timeCli(config, out, ['-v']);
  const record = parseBuildOutput(run.stdout);
  if (!record) throw new Error(`build of ${config}: no "built" line in its output:\n${run.stdout.slice(-3000)}`);
  return { record, peakMiB: run.peakMiB, realMs: run.realMs };
}

/**
 * One `mkdocs build` of the same project: its wall seconds and peak RSS, or why it did not run.
 * Its site stays for the next run to replace, as ours does (mkdocsSite: removed after the last).
 */
function timeMkdocs(projectDir: string, name: string): { seconds: number; peakMiB: number; htmlBytes: number } | string {
  if (!mkdocsScript || !existsSync('/usr/bin/mkdocs')) return 'Debian\'s mkdocs is not installed';
  const out = mkdocsOut(name);
  const child = spawnSync('/usr/bin/python3', [mkdocsScript, projectDir, '--out', out, '--runs', '1'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const timing = path.join(out, 'timing.json');
  if (child.status !== 0 || !existsSync(timing)) return `mkdocs build failed: ${child.stderr.slice(-500)}`;
  const parsed: unknown = JSON.parse(readFileSync(timing, 'utf8'));
  const seconds = typeof parsed === 'object' && parsed !== null && 'median_wall_s' in parsed ? Number(parsed.median_wall_s) : Number.NaN;
  const peakMiB = typeof parsed === 'object' && parsed !== null && 'median_peak_rss_mib' in parsed ? Number(parsed.median_peak_rss_mib) : Number.NaN;
  const htmlBytes = typeof parsed === 'object' && parsed !== null && 'html_bytes' in parsed ? Number(parsed.html_bytes) : Number.NaN;
  return { seconds, peakMiB, htmlBytes };
}

/** Where build_mkdocs.py adapts the project `name` and builds it (its site in `site/`). */
function mkdocsOut(name: string): string {
  return path.join(work, `${name}-mkdocs`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(0)} kB`;

/**
 * How many cold builds of a site (ours and MkDocs') the run times, the median counted: the same
 * build of the corpus took 3.6 s and 5.1 s within one run on this machine. One of the big site.
 */
const COLD_RUNS = 3;

/** The median of `values` by `by` (the upper middle one when even); undefined for none. */
function middle<T>(values: readonly T[], by: (value: T) => number): T | undefined {
  return [...values].sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)];
}

const sites = new Map<string, SiteStats>();
function bench(name: string, config: string): void {
  const out = path.join(work, `${name}-site`);
  const floor = measureFloor(config);
  const runs = name === 'big' ? 1 : COLD_RUNS;
  // Each of our cold builds is followed by one of MkDocs' (when it is timed), so that both of a
  // pair run in the same phase of this machine, whose speed drifts over minutes: timed apart, one
  // side's slow minute read as a ratio ~0.1 worse (0.46-0.60 for the corpus within a day).
  const pairs = Array.from({ length: runs }, () => {
    // A cold build: the last run's pages are not reused (src/site/render-cache.ts).
    rmSync(path.join(out, CACHE_DIR), { recursive: true, force: true });
    const ours = timeBuild(config, out);
    return { ours, mkdocs: values.mkdocs ? timeMkdocs(path.dirname(config), name) : undefined };
  });
  rmSync(path.join(mkdocsOut(name), 'site'), { recursive: true, force: true });
  const timed = pairs.map((pair) => pair.ours).sort((a, b) => a.realMs - b.realMs);
  const median = timed[Math.floor(timed.length / 2)];
  if (!median) return;
  const { record, peakMiB, realMs } = median;
  const stats = siteStats(out);
  sites.set(name, stats);
  const largest = largestPage(stats);
  const phases = BUILD_PHASES.map((phase) => `${phase} ${seconds(record.phases[phase] ?? 0)}`).join(', ');
  console.log(`\n## ${name}: ${path.relative(process.cwd(), config)}`);
  const range = timed.length > 1 ? `, median of ${timed.length}: ${timed.map((run) => seconds(run.realMs)).join(', ')}` : '';
  console.log(`wall ${seconds(realMs)} (the command's own count ${seconds(record.wallMs)}${range}), ${record.pages} pages, ${(record.pages / (realMs / 1000)).toFixed(1)} pages/s, peak RSS ${peakMiB === undefined ? '?' : `${peakMiB.toFixed(0)} MiB`}`);
  console.log(`phases: starting (process, code, until the build begins) ${seconds(realMs - record.wallMs)}, ${phases} (a cold build loads Astro while it renders)`);
  console.log(`output ${mb(stats.bytes)} in ${stats.files} files, HTML ${mb([...stats.pages.values()].reduce((a, b) => a + b, 0))}; largest page ${largest ? `${largest.page} ${kb(largest.bytes)}` : '-'}`);
  console.log(`floor: read ${floor.pages} pages ${seconds(floor.readMs)} + CommonMark parse ${seconds(floor.parseMs)} = ${seconds(floor.readMs + floor.parseMs)}`);
  if (name === 'big') {
    // The corpus build of this run, or of an earlier run kept in the work folder.
    const kept = path.join(work, 'pg-site');
    const small = sites.get('pg') ?? (existsSync(kept) ? siteStats(kept) : undefined);
    const ratio = small ? weightRatio(small, stats, 'c02/') : undefined;
    if (ratio) console.log(`page weight vs the same page of the corpus build: median ${ratio.median.toFixed(2)}x, worst ${ratio.worst.toFixed(2)}x (${ratio.page})`);
  }
  if (name === 'pg') rebuilds(config);
  if (values.mkdocs) {
    const failed = pairs.find((pair) => typeof pair.mkdocs === 'string')?.mkdocs;
    const timedPairs = pairs.flatMap(({ ours, mkdocs }) => (mkdocs === undefined || typeof mkdocs === 'string' ? [] : [{ ours, mkdocs }]));
    if (typeof failed === 'string' || timedPairs.length === 0) console.log(`mkdocs: ${failed ?? 'not timed'}`);
    else {
      const mkdocs = middle(timedPairs.map((pair) => pair.mkdocs), (run) => run.seconds) ?? { seconds: Number.NaN, peakMiB: Number.NaN, htmlBytes: Number.NaN };
      const ratios = timedPairs.map((pair) => pair.ours.realMs / 1000 / pair.mkdocs.seconds);
      const each = timedPairs.length > 1 ? ` (median of ${timedPairs.length}: ${timedPairs.map((pair) => `${pair.mkdocs.seconds.toFixed(2)}s`).join(', ')}, each right after one of ours)` : '';
      const paired = timedPairs.length > 1 ? `; each pair: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}, median ${(middle(ratios, (ratio) => ratio) ?? Number.NaN).toFixed(2)}` : '';
      console.log(`mkdocs build: ${mkdocs.seconds.toFixed(2)}s${each}, peak RSS ${mkdocs.peakMiB.toFixed(0)} MiB, HTML ${mb(mkdocs.htmlBytes)}; ours ÷ mkdocs = ${(realMs / 1000 / mkdocs.seconds).toFixed(2)} (the medians)${paired}`);
    }
  }
}

/** One build through the package's command (as a user runs it): real wall time, peak RSS and what it printed. */
function timeCli(config: string, out: string, extra: readonly string[] = []): { realMs: number; peakMiB: number | undefined; stdout: string } {
  const report = path.join(work, 'time.txt');
  const command = [process.execPath, path.join(repo, 'bin/mkdocs-astro.js'), 'build', '-f', config, '-d', out, ...extra];
  const started = performance.now();
  const child = gnuTime
    ? spawnSync(gnuTime, ['-f', '%M', '-o', report, ...command], { cwd: path.dirname(config), env: cached, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, command.slice(1), { cwd: path.dirname(config), env: cached, encoding: 'utf8', maxBuffer: 1 << 26 });
  const realMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`build of ${config} failed (status ${child.status}):\n${child.stderr.slice(-3000)}`);
  const kib = gnuTime ? Number(readFileSync(report, 'utf8').trim().split('\n').pop()) : Number.NaN;
  return { realMs, peakMiB: Number.isFinite(kib) ? kib / 1024 : undefined, stdout: child.stdout };
}

/** How many times each kind of rebuild runs (its median is reported). */
const REBUILD_RUNS = 3;

/**
 * Rebuilds of a copy of the project through the package's command, after a cold build: with
 * nothing changed (the CLI finds the site up to date), and with one page changed (a line
 * appended to the first page: only it is rendered again), each against the cold build's time.
 * The copy keeps the files' times, as a project's files are older than its build.
 */
function rebuilds(config: string): void {
  const project = path.join(work, 'rebuild-project');
  rmSync(project, { recursive: true, force: true });
  const source = path.dirname(config);
  // Not a site built there earlier.
  cpSync(source, project, { recursive: true, preserveTimestamps: true, filter: (from) => path.relative(source, from).split(path.sep)[0] !== 'site' });
  const copy = path.join(project, path.basename(config));
  const out = path.join(work, 'rebuild-site');
  // The cold build the rebuilds are set against: the median of COLD_RUNS, each into an empty folder.
  const colds = Array.from({ length: COLD_RUNS }, () => {
    rmSync(out, { recursive: true, force: true });
    return timeCli(copy, out);
  }).sort((a, b) => a.realMs - b.realMs);
  const cold = colds[Math.floor(colds.length / 2)] ?? { realMs: Number.NaN };
  // Each kind of rebuild REBUILD_RUNS times, the median counted: one run of a 1-2 s rebuild moved
  // by a third between runs on this machine's disk.
  const line = (label: string, runs: ReadonlyArray<{ realMs: number; peakMiB: number | undefined }>) => {
    const sorted = [...runs].sort((a, b) => a.realMs - b.realMs);
    const median = sorted[Math.floor(sorted.length / 2)] ?? { realMs: Number.NaN, peakMiB: undefined };
    const range = sorted.length > 1 ? ` (${sorted.map((run) => seconds(run.realMs)).join(', ')})` : '';
    return `${label} ${seconds(median.realMs)}${range}, peak ${median.peakMiB?.toFixed(0) ?? '?'} MiB = ${(median.realMs / cold.realMs).toFixed(2)}x cold`;
  };
  const unchanged = Array.from({ length: REBUILD_RUNS }, () => timeCli(copy, out));
  if (!unchanged.every((run) => /nothing changed since the last build/.test(run.stdout))) console.log('(a build with nothing changed did not find the site up to date)');
  const page = readdirSync(path.join(project, 'docs')).find((name) => name.endsWith('.md'));
  const one = Array.from({ length: REBUILD_RUNS }, (_, index) => {
    if (page) appendFileSync(path.join(project, 'docs', page), `\nOne more line (${index + 1}).\n`);
    return timeCli(copy, out);
  });
  console.log(`rebuilds through the command (copy, cold ${seconds(cold.realMs)} (${colds.map((run) => seconds(run.realMs)).join(', ')}); medians of ${REBUILD_RUNS}): ${line('nothing changed', unchanged)}; ${line('one page changed', one)}`);
}

if (wanted.has('one')) {
  // One short page: what a build costs before there is anything to render.
  const dir = path.join(work, 'one');
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  writeFileSync(path.join(dir, 'mkdocs.yml'), 'site_name: One page\ntheme:\n  name: material\n');
  writeFileSync(path.join(dir, 'docs/index.md'), '# One page\n\nHello.\n');
  bench('one', path.join(dir, 'mkdocs.yml'));
}
if (wanted.has('guide')) bench('guide', path.join(repo, 'mkdocs.yml'));
if (corpus && wanted.has('pg')) bench('pg', path.join(corpus, 'mkdocs.yml'));
if (corpus && wanted.has('big')) {
  const pages = Number(values.pages ?? 2000);
  // 123 pages per copy of the corpus.
  const copies = Math.max(2, Math.round(pages / 123));
  bench('big', makeBigSite(corpus, path.join(work, 'big'), copies));
}
if (!corpus) console.log('\n../shared/corpus not found: only the guide was built');
