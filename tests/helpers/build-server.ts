/**
 * One process that builds the shared sites of a test run (tests/helpers/shared-site.ts), one
 * after the other, with the CLI's own build function (src/cli/commands.ts runBuild).
 *
 * Why: every CLI process pays about two seconds of CPU before it builds anything (loading Astro,
 * Vite and our code, then a cold JIT); a run builds some 25 shared sites. In one process that is
 * paid once. Builds run in turn, never at once, because a build works in its own workspace as the
 * process's working directory (src/integration.ts). It also runs the command line itself for
 * tests that build a project several times (src/cli/main.ts, what `node src/cli.ts` runs, from
 * the test's folder): the process contract (exit status, the entry file, the bin) is still
 * tested by processes in tests/e2e/cli.test.ts, safety.test.ts and install.test.ts. The sites
 * built here are byte for byte the ones the CLI writes.
 *
 * Started by tests/helpers/global-setup.ts (a few of them, so builds still run side by side):
 * prints `port <n>` once listening; answers `POST /build` with `{ config, siteDir }` by
 * `{ ok, stdout, stderr, error }`, `POST /cli` with `{ args, cwd }` by `{ code, stdout, stderr,
 * error }`, and `GET /queue` by how many jobs it has not finished.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { format } from 'node:util';
import { runBuild } from '../../src/cli/commands.ts';
import { main } from '../../src/cli/main.ts';

/** POST /build: a shared site. */
interface BuildRequest {
  readonly config: string;
  readonly siteDir: string;
}

/** POST /cli: the command line itself, with these arguments, run from `cwd`. */
interface CliRequest {
  readonly args: string[];
  readonly cwd: string;
}

let queue: Promise<unknown> = Promise.resolve();
let pending = 0;

interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What was thrown, with its stack: the command should never throw. */
  readonly error: string;
}

/** Runs `work` with what the CLI would have printed collected instead of printed. */
async function captured(work: () => Promise<number>): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { log: console.log, info: console.info, error: console.error, warn: console.warn };
  console.log = console.info = (...values: unknown[]) => void out.push(`${format(...values)}\n`);
  console.error = console.warn = (...values: unknown[]) => void err.push(`${format(...values)}\n`);
  try {
    const code = await work();
    return { code, stdout: out.join(''), stderr: err.join(''), error: '' };
  } catch (error) {
    return { code: 1, stdout: out.join(''), stderr: err.join(''), error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    Object.assign(console, saved);
  }
}

async function build(request: BuildRequest): Promise<{ ok: boolean; stdout: string; stderr: string; error: string }> {
  const run = await captured(() => runBuild({ configFile: request.config, siteDir: request.siteDir, overrides: {}, cache: true }));
  return { ok: run.code === 0 && !run.error, stdout: run.stdout, stderr: run.stderr, error: run.error || (run.code === 0 ? '' : `the build exited with ${run.code}`) };
}

/** The command as `node src/cli.ts args` runs it in `cwd`: builds only (serve and preview never return). */
async function cli(request: CliRequest): Promise<Captured> {
  const before = process.cwd();
  process.chdir(request.cwd);
  try {
    return await captured(() => main(request.args));
  } finally {
    process.chdir(before);
  }
}

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk as Uint8Array));
  const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  if (typeof value !== 'object' || value === null) throw new Error('a request body must be an object');
  return value as Record<string, unknown>;
}

function buildRequest(value: Record<string, unknown>): BuildRequest {
  const { config, siteDir } = value;
  if (typeof config !== 'string' || typeof siteDir !== 'string') throw new Error('a build request needs config and siteDir');
  return { config, siteDir };
}

function cliRequest(value: Record<string, unknown>): CliRequest {
  const { args, cwd } = value;
  if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string') || typeof cwd !== 'string') throw new Error('a cli request needs args and cwd');
  if (args[0] !== 'build') throw new Error('only build runs in a build server');
  return { args, cwd };
}

/** Runs jobs one at a time: a build works in its own workspace as the process's working directory. */
function enqueue<T>(job: () => Promise<T>): Promise<T> {
  pending++;
  const done = queue.then(job).finally(() => void pending--);
  queue = done.catch(() => undefined);
  return done;
}

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/queue') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end(String(pending));
    return;
  }
  const route = request.method === 'POST' ? request.url : undefined;
  if (route !== '/build' && route !== '/cli') {
    response.writeHead(404).end();
    return;
  }
  body(request).then(
    (value) => {
      const job = route === '/build' ? buildRequest(value) : cliRequest(value);
      return enqueue<object>(() => ('config' in job ? build(job) : cli(job))).then((outcome) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(outcome)));
    },
  ).catch((error: unknown) => response.writeHead(400).end(String(error)));
});
// A build can take minutes on a loaded machine: no request timeout.
server.requestTimeout = 0;
// The test run holds our stdin: when it ends (or dies), so does this server.
process.stdin.on('end', () => process.exit(0)).resume();
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (typeof address === 'object' && address) process.stdout.write(`port ${address.port}\n`);
});
