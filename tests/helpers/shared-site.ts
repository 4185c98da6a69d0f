/**
 * Sites built once per `npm test` run and shared by every test file that asks for the same
 * build. node --test runs each file in its own process, so the cache lives on disk, in the run
 * folder that tests/helpers/global-setup.ts creates and names in MKDOCS_ASTRO_TEST_RUN; a file
 * run alone (no global setup) gets a private run folder removed when its process exits.
 *
 * The first process to ask for a build takes its lock (an atomic mkdir) and builds; the others
 * wait for its result file. A build that fails is recorded too, so every waiter fails with the
 * same CLI output instead of building again. Shared sites are read-only: a test that changes
 * the output folder must use buildSite() for a site of its own.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSite, type BuiltSite } from './build-site.ts';

export const RUN_ENV = 'MKDOCS_ASTRO_TEST_RUN';
/** The addresses of the run's build servers (tests/helpers/build-server.ts), space-separated, when it has some. */
export const BUILDER_ENV = 'MKDOCS_ASTRO_TEST_BUILDER';

export interface SharedBuild {
  /** The config to build, absolute. */
  readonly config: string;
  /**
   * YAML lines for a config that INHERITs `config`, written next to it (so every relative path
   * resolves the same) for the build and removed after it: `site_url: http://127.0.0.1/guide/`.
   */
  readonly inherit?: string;
  /** More CLI arguments after `build -f <config> -d <dir>`. */
  readonly args?: readonly string[];
}

interface Outcome {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly error: string;
}

let privateRun: string | undefined;

/** The run folder: the global setup's, or one of this process's own. */
function runFolder(): string {
  const shared = process.env[RUN_ENV];
  if (shared && existsSync(shared)) return shared;
  if (!privateRun) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-test-run-'));
    privateRun = folder;
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  }
  return privateRun;
}

function keyOf(build: SharedBuild): string {
  return createHash('sha256').update(JSON.stringify([build.config, build.inherit ?? '', build.args ?? []])).digest('hex').slice(0, 16);
}

/** Whether the process holding a lock is still running (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** `serverOnly`: undefined instead of a CLI build of its own when no build server answers. */
async function buildInto(build: SharedBuild, folder: string, serverOnly = false): Promise<Outcome | undefined> {
  let config = build.config;
  if (build.inherit !== undefined) {
    config = path.join(path.dirname(build.config), `.mkdocs-shared-test-${process.pid}-${path.basename(folder)}.yml`);
    writeFileSync(config, `INHERIT: ${path.basename(build.config)}\n${build.inherit}\n`);
  }
  try {
    const servers = (process.env[BUILDER_ENV] ?? '').split(' ').filter(Boolean);
    if (servers.length > 0 && !build.args?.length) {
      const outcome = await buildOnServer(await leastBusy(servers), config, path.join(folder, 'site'));
      if (outcome) return outcome;
    }
    if (serverOnly) return undefined;
    const site = await buildSite(config, [...(build.args ?? [])], {}, path.join(folder, 'site'));
    return { ok: true, stdout: site.stdout, stderr: site.stderr, error: '' };
  } catch (error) {
    const text = (name: string) => (error instanceof Error && name in error ? String(Reflect.get(error, name)) : '');
    return { ok: false, stdout: text('stdout'), stderr: text('stderr'), error: error instanceof Error ? error.message : String(error) };
  } finally {
    if (config !== build.config) rmSync(config, { force: true });
  }
}

/** The server with the fewest builds waiting (an unreachable one counts as the busiest). */
async function leastBusy(servers: readonly string[]): Promise<string> {
  const queues = await Promise.all(servers.map((server) => fetch(`${server}/queue`).then((response) => response.text()).then(Number, () => Infinity)));
  let best = 0;
  queues.forEach((queue, index) => { if (queue < (queues[best] ?? Infinity)) best = index; });
  return servers[best] ?? servers[0] ?? '';
}

/**
 * Asks a build server of the run to build; undefined when it cannot be reached (it died), and the
 * caller builds with a CLI process of its own instead.
 */
async function buildOnServer(server: string, config: string, siteDir: string): Promise<Outcome | undefined> {
  const answer = await askServer(server, '/build', { config, siteDir });
  return answer === undefined ? undefined : parseOutcome(answer);
}

/**
 * POSTs `body` to one of the run's build servers (the least busy); its answer's text, or
 * undefined when the run has none or it cannot be reached.
 */
export async function askServer(server: string | undefined, route: string, body: object): Promise<string | undefined> {
  const address = server ?? await runServer();
  if (address === undefined) return undefined;
  return new Promise((resolve) => {
    // node:http, not fetch: a queued build may take longer than fetch's five-minute limits.
    const request = httpRequest(`${address}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(response.statusCode === 200 ? Buffer.concat(chunks).toString('utf8') : undefined));
      response.on('error', () => resolve(undefined));
    });
    request.on('error', () => resolve(undefined));
    request.end(JSON.stringify(body));
  });
}

/** The least busy of the run's build servers; undefined when the run has none (a file run alone). */
async function runServer(): Promise<string | undefined> {
  const servers = (process.env[BUILDER_ENV] ?? '').split(' ').filter(Boolean);
  return servers.length > 0 ? leastBusy(servers) : undefined;
}

/** The folder the run keeps `build` in (its site is `site/` inside), whether built yet or not. */
export function sharedFolder(build: SharedBuild): string {
  return path.join(runFolder(), keyOf(build));
}

/**
 * The site `build` describes, built at most once per run. Rejects, with the CLI's output, when
 * the build exits non-zero.
 */
export async function sharedSite(build: SharedBuild): Promise<BuiltSite> {
  await buildOnce(build, false);
  return builtSite(build);
}

/**
 * Starts `build` on a build server of the run (the global setup's prebuild): nothing happens
 * when it is built or being built, and when no server answers the lock is let go without an
 * outcome, so the first file that reads the site builds it itself.
 */
export async function prebuildSharedSite(build: SharedBuild): Promise<void> {
  await buildOnce(build, true);
}

async function buildOnce(build: SharedBuild, serverOnly: boolean): Promise<void> {
  const folder = sharedFolder(build);
  const lock = `${folder}.lock`;
  const result = path.join(folder, 'outcome.json');
  for (;;) {
    if (existsSync(result)) return;
    let owner = false;
    try {
      mkdirSync(lock);
      owner = true;
    } catch {
      // Someone else is building: wait for the result, or take over if they died.
      if (serverOnly) return;
      const pid = Number(readFileOr(path.join(lock, 'pid'), '0'));
      if (pid > 0 && !alive(pid)) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    if (owner) {
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      const outcome = await buildInto(build, folder, serverOnly);
      // Written then renamed, so a waiter never reads half a file.
      if (outcome) {
        writeFileSync(`${result}.tmp`, JSON.stringify(outcome));
        renameSync(`${result}.tmp`, result);
      }
      rmSync(lock, { recursive: true, force: true });
      if (!outcome) return;
    }
  }
}

function builtSite(build: SharedBuild): BuiltSite {
  const folder = sharedFolder(build);
  const result = path.join(folder, 'outcome.json');
  const outcome = parseOutcome(readFileSync(result, 'utf8'));
  if (!outcome.ok) throw new Error(`building ${build.config} failed: ${outcome.error}\n${outcome.stdout}\n${outcome.stderr}`);
  return { dir: path.join(folder, 'site'), stdout: outcome.stdout, stderr: outcome.stderr };
}

function readFileOr(file: string, fallback: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function parseOutcome(text: string): Outcome {
  const value: unknown = JSON.parse(text);
  const field = (name: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined);
  return { ok: field('ok') === true, stdout: String(field('stdout') ?? ''), stderr: String(field('stderr') ?? ''), error: String(field('error') ?? '') };
}
