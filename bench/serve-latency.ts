/**
 * Save → visible latency of `serve`: starts `mkdocs-astro serve` on a temp copy of the guide and
 * of the Privacy Guides corpus, opens one page in Chromium, appends a unique word to that page's
 * Markdown several times, and measures each time from the write until the word is in the page's
 * DOM (the dev server's live reload must bring it). Prints each save's split:
 *
 *   request   write → the browser asks for the page again, by a reload or by the live update's
 *             fetch (watcher, settling, the site pipeline, the message to the browser)
 *   response  → the page's response starts (Astro/Vite render the page and stream it)
 *   html      → its HTML has all arrived
 *   dom       → the word is in the page's DOM (the total asked for: noted in the page by a
 *               MutationObserver, so polling costs nothing)
 *   drawn     → the first frame after that (the stylesheets have loaded; roughly when it shows)
 *
 * and the median of each. A benchmark, not a test: nothing asserts a time. Sources are copied,
 * never edited in place.
 *
 *   node bench/serve-latency.ts [--only guide,pg] [--saves 5] [--cli path/to/src/cli.ts]
 *
 * `--cli` times another checkout's serve (e.g. the main branch's, for a before/after).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Page } from 'playwright-core';

const { values } = parseArgs({ options: { only: { type: 'string' }, saves: { type: 'string' }, cli: { type: 'string' } } });
const repo = path.resolve(import.meta.dirname, '..');
const shared = [path.join(repo, '../shared'), path.join(repo, '../../shared')].find((dir) => existsSync(path.join(dir, 'corpus')));
const saves = Number(values.saves ?? 5);
const wanted = new Set((values.only ?? 'guide,pg').split(','));

interface Project {
  readonly name: string;
  /** Copies the project into `dir`; returns its mkdocs.yml. */
  readonly copy: (dir: string) => string;
  /** The page edited, docs-relative, and its URL under the site's base. */
  readonly page: string;
  readonly url: string;
}

const projects: Project[] = [
  {
    name: 'guide',
    copy: (dir) => {
      for (const entry of ['mkdocs.yml', 'content', 'assets', 'includes']) cpSync(path.join(repo, entry), path.join(dir, entry), { recursive: true });
      return path.join(dir, 'mkdocs.yml');
    },
    page: 'content/real-time-communication.md',
    url: '/real-time-communication/',
  },
  {
    name: 'pg',
    copy: (dir) => {
      if (!shared) throw new Error('../shared/corpus is missing');
      cpSync(path.join(shared, 'corpus/privacyguides'), dir, { recursive: true });
      return path.join(dir, 'mkdocs.yml');
    },
    page: 'docs/real-time-communication.md',
    url: '/en/real-time-communication/',
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Starts serve and resolves once it says it watches its sources. */
function startServe(configFile: string, port: number): Promise<ChildProcess> {
  const cli = path.resolve(values.cli ?? path.join(repo, 'src/cli.ts'));
  const child = spawn(process.execPath, [cli, 'serve', '-f', configFile, '-a', `127.0.0.1:${port}`], {
    cwd: path.dirname(path.dirname(cli)),
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start within 5 minutes:\n${output}`)), 300_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/watching \d+ sources for changes/.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}

/**
 * Runs in the page shown when the bench saves, and before its own scripts on every load after:
 * once a node holding the word the bench waits for (kept in sessionStorage, which survives a
 * reload) is put into the DOM, by the parser or a swap in place, it notes when (epoch ms), and
 * again at the first frame after that (drawn, roughly).
 */
function watchForWord(): void {
  const word = sessionStorage.getItem('bench:word');
  if (!word) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!node.textContent?.includes(word)) continue;
        sessionStorage.setItem('bench:dom', String(Date.now()));
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => sessionStorage.setItem('bench:drawn', String(Date.now())), 0));
        return;
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Waits until the page has noted the word in its DOM and drawn it; the times it noted. */
async function waitForWord(page: Page, timeoutMs: number): Promise<{ dom: number; drawn: number }> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      const seen = await page.evaluate(() => [sessionStorage.getItem('bench:dom'), sessionStorage.getItem('bench:drawn')]);
      if (seen[0] && seen[1]) return { dom: Number(seen[0]), drawn: Number(seen[1]) };
    } catch {
      // The page is being reloaded.
    }
    await sleep(10);
  }
  throw new Error(`the word did not appear within ${timeoutMs} ms`);
}

async function measure(project: Project): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `serve-latency-${project.name}-`));
  const port = 19000 + Math.floor(Math.random() * 1000);
  const configFile = project.copy(dir);
  const started = performance.now();
  const server = await startServe(configFile, port);
  const startupMs = performance.now() - started;
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.addInitScript(watchForWord);
    const pageUrl = `http://127.0.0.1:${port}${project.url}`;
    // The first request renders the page and loads the dev client: not part of a save.
    await page.goto(pageUrl, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    let requested = 0;
    let responded = 0;
    let finished = 0;
    // The page is asked for again by a reload (a navigation) or by the live update (a fetch).
    let reloaded = false;
    page.on('request', (request) => {
      if (request.url() !== pageUrl) return;
      requested = Date.now();
      reloaded = request.isNavigationRequest();
    });
    page.on('response', (response) => { if (response.url() === pageUrl) responded = Date.now(); });
    page.on('requestfinished', (request) => { if (request.url() === pageUrl) finished = Date.now(); });
    const rows: Array<{ request: number; response: number; html: number; dom: number; drawn: number; how: string }> = [];
    for (let save = 1; save <= saves; save += 1) {
      const word = `latencyword${save}x${Math.random().toString(36).slice(2, 8)}`;
      requested = 0;
      responded = 0;
      finished = 0;
      await page.evaluate((w) => { sessionStorage.clear(); sessionStorage.setItem('bench:word', w); }, word);
      // The page shown now may take the new content in place (live-update.ts) rather than reload.
      await page.evaluate(watchForWord);
      const wrote = Date.now();
      appendFileSync(path.join(dir, project.page), `\n\n${word}\n`);
      const seen = await waitForWord(page, 60_000);
      rows.push({ request: requested - wrote, response: responded - wrote, html: finished - wrote, dom: seen.dom - wrote, drawn: seen.drawn - wrote, how: reloaded ? 'reload' : 'in place' });
      // Let the watcher and the browser settle before the next save.
      await page.waitForLoadState('networkidle');
      await sleep(500);
    }
    const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
    console.log(`\n${project.name}: ${project.page} (serve ready after ${(startupMs / 1000).toFixed(1)} s)`);
    const columns = ['request', 'response', 'html', 'dom', 'drawn'] as const;
    console.log(`  save ${columns.map((c) => c.padStart(9)).join(' ')}`);
    for (const [index, row] of rows.entries()) console.log(`  ${String(index + 1).padStart(4)} ${columns.map((c) => fmt(row[c])).join(' ')}  ${row.how}`);
    console.log(`median ${columns.map((c) => fmt(median(rows.map((r) => r[c])))).join(' ')}`);
  } finally {
    await browser.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const project of projects) if (wanted.has(project.name)) await measure(project);
