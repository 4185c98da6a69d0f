/**
 * node --test --test-global-setup: one run folder per `npm test`, named in the environment the
 * test processes inherit, where tests/helpers/shared-site.ts keeps the sites it builds once for
 * every test file, one build server (tests/helpers/build-server.ts) that builds them all in one
 * process, and one Chromium every browser test file connects to (tests/helpers/browser.ts). All
 * go when the run ends. The shared sites start building at once (sites.ts PREBUILT). Also turns
 * on Node's compile cache for the files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type BrowserServer } from 'playwright-core';
import { BROWSER_ENV, CHROMIUM_OPTIONS } from './chromium.ts';
import { KEPT_TMP_ENV } from './normalize-cache.ts';
import { BUILDER_ENV, prebuildSharedSite, RUN_ENV } from './shared-site.ts';
import { PREBUILT } from './sites.ts';

/**
 * Build servers: one build per process at a time, so two keep both cores busy while a third
 * file's tests run. A single one made files queue behind each other's sites (403 s for the run).
 */
const BUILDERS = 2;
const builders: ChildProcess[] = [];
let browser: BrowserServer | undefined;

export async function globalSetup(): Promise<void> {
  const run = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-test-run-'));
  process.env[RUN_ENV] = run;
  // Every test file is a process that loads our TypeScript (and often Astro) again: Node's
  // compile cache (content-keyed V8 code cache, in Node's default folder unless the caller set
  // one) makes that about a second cheaper per file. The CLI enables it the same way.
  process.env['NODE_COMPILE_CACHE'] ??= path.join(os.tmpdir(), 'node-compile-cache');
  // The Privacy Guides corpus (tests/e2e/pages-out.test.ts) turns Material's privacy plugin on
  // through its own BUILD_PRIVACY switch: off for the run, so no test downloads from the internet
  // or writes the plugin's cache into the corpus. tests/site/privacy*.test.ts test the plugin
  // against a local server.
  process.env['BUILD_PRIVACY'] ??= 'false';
  // The temp folders the files make (test projects, built sites, the builds' own) go in the
  // run's folder, removed at the end: a run used to leave hundreds in the system's. What is
  // kept from run to run (the normalize cache) stays in the system's temp folder.
  process.env[KEPT_TMP_ENV] ??= os.tmpdir();
  // As /tmp is: open to every user (a test runs builds as `nobody`), each removing only its own.
  const temp = path.join(run, 'tmp');
  mkdirSync(temp);
  chmodSync(run, 0o755);
  chmodSync(temp, 0o1777);
  process.env['TMPDIR'] = temp;
  const [addresses, server] = await Promise.all([
    Promise.all(Array.from({ length: BUILDERS }, () => startBuilder())),
    chromium.launchServer(CHROMIUM_OPTIONS).catch(() => undefined),
  ]);
  process.env[BUILDER_ENV] = addresses.filter(Boolean).join(' ');
  // Without Chromium (not installed), browser files start their own and say why they cannot.
  browser = server;
  if (server) process.env[BROWSER_ENV] = server.wsEndpoint();
  prebuild(addresses.filter(Boolean).length);
}

/**
 * Builds the shared sites, one per server at a time, in the order of PREBUILT. Not awaited: the
 * files start while the servers build; a file that reads a site waits for it (this process holds
 * its lock), or builds it itself if its turn has not come yet.
 */
function prebuild(servers: number): void {
  const waiting = [...PREBUILT];
  const next = async (): Promise<void> => {
    for (let build = waiting.shift(); build; build = waiting.shift()) await prebuildSharedSite(build).catch(() => undefined);
  };
  for (let lane = 0; lane < servers; lane++) void next();
}

/** Starts a build server and returns its address; '' when it did not start (files then build alone). */
async function startBuilder(): Promise<string> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'build-server.ts')], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    // Its stdin is its lifeline: it exits when this process goes, however that happens.
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  builders.push(child);
  return new Promise((resolve) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const port = /^port (\d+)$/.exec(line)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    lines.on('close', () => resolve(''));
  });
}

export async function globalTeardown(): Promise<void> {
  for (const builder of builders) builder.kill();
  await browser?.close();
  const folder = process.env[RUN_ENV];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
