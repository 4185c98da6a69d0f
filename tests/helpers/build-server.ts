/**
 * One process that builds the shared sites of a test run (tests/helpers/shared-site.ts), one
 * after the other, with the CLI's own build function (src/cli/commands.ts runBuild).
 *
 * Why: every CLI process pays about two seconds of CPU before it builds anything (loading Astro,
 * Vite and our code, then a cold JIT); a run builds some 25 shared sites. In one process that is
 * paid once. Builds run in turn, never at once, because a build works in its own workspace as the
 * process's working directory (src/integration.ts). The CLI itself (argument parsing, exit codes,
 * its entry file) is still tested by tests/e2e/cli.test.ts and the other end-to-end files, which
 * run it as a process; the sites built here are byte for byte the ones the CLI writes.
 *
 * Started by tests/helpers/global-setup.ts (a few of them, so builds still run side by side):
 * prints `port <n>` once listening; answers `POST /build` with `{ config, siteDir }` by
 * `{ ok, stdout, stderr, error }`, and `GET /queue` by how many builds it has not finished.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { format } from 'node:util';
import { runBuild } from '../../src/cli/commands.ts';

interface Request {
  readonly config: string;
  readonly siteDir: string;
}

let queue: Promise<unknown> = Promise.resolve();
let pending = 0;

/** Runs one build, with what the CLI would have printed collected instead of printed. */
async function build(request: Request): Promise<{ ok: boolean; stdout: string; stderr: string; error: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { log: console.log, info: console.info, error: console.error, warn: console.warn };
  console.log = console.info = (...values: unknown[]) => void out.push(`${format(...values)}\n`);
  console.error = console.warn = (...values: unknown[]) => void err.push(`${format(...values)}\n`);
  try {
    const code = await runBuild({ configFile: request.config, siteDir: request.siteDir, strict: false, cache: true });
    return { ok: code === 0, stdout: out.join(''), stderr: err.join(''), error: code === 0 ? '' : `the build exited with ${code}` };
  } catch (error) {
    return { ok: false, stdout: out.join(''), stderr: err.join(''), error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    Object.assign(console, saved);
  }
}

async function body(request: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk as Uint8Array));
  const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const field = (name: string): string => {
    const found: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
    if (typeof found !== 'string') throw new Error(`build request without ${name}`);
    return found;
  };
  return { config: field('config'), siteDir: field('siteDir') };
}

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/queue') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end(String(pending));
    return;
  }
  if (request.method !== 'POST' || request.url !== '/build') {
    response.writeHead(404).end();
    return;
  }
  body(request).then(
    (job) => {
      pending++;
      const done = queue.then(() => build(job)).finally(() => void pending--);
      queue = done.catch(() => undefined);
      return done.then((outcome) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(outcome)));
    },
    (error: unknown) => response.writeHead(400).end(String(error)),
  );
});
// A build can take minutes on a loaded machine: no request timeout.
server.requestTimeout = 0;
// The test run holds our stdin: when it ends (or dies), so does this server.
process.stdin.on('end', () => process.exit(0)).resume();
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (typeof address === 'object' && address) process.stdout.write(`port ${address.port}\n`);
});
