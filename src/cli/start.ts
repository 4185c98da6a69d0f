/**
 * What the command runs once bin/mkdocs-astro.js has checked the Node version (`node src/cli.ts`
 * is that file too: a link to it, so that an old Node says which Node is needed instead of
 * failing on a `.ts` entry). The command line, MkDocs 1.6's (src/cli/options.ts has every option):
 *   build     [-f mkdocs.yml] [-d site_dir] [--strict] [--no-cache] [-q|-v]
 *   serve     [-f mkdocs.yml] [-a host:port] [-w path]   live reload on everything the build reads
 *   gh-deploy [--force] [-m message] [-b branch] [-r remote]   build, commit to gh-pages, push
 *   preview   [-f mkdocs.yml] [-a host:port]              serve the built folder
 *   new DIR                                              start a project
 * Exit status 0 on success, 1 on errors (and on warnings with --strict). Messages are
 * `path:line:col: severity: message`; the last line sums up pages, warnings, errors and time.
 */
// First: it sets what the native bundler's allocator reads when it loads.
import './allocator.ts';
import module from 'node:module';
import { earlyWorker } from './early-worker.ts';
import { buildsSite } from './options.ts';

// Astro would otherwise report usage and, in `serve`, ask npm's registry for its latest version
// (and write when it did into its preferences): a build asks no third-party host anything.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
process.env['ASTRO_DISABLE_UPDATE_CHECK'] = 'true';

const argv = process.argv.slice(2);
// Before the rest of the command loads (early-worker.ts says why).
const spare = earlyWorker(argv);
const { main } = await import('./main.ts');
let code: number;
try {
  code = await main(argv, { spare });
} finally {
  // Not taken by the build (or taken: then this does nothing).
  spare?.dispose();
}
// A server that failed to start may leave Astro's watchers running: leave now, with the status.
if (code !== 0) process.exit(code);
process.exitCode = code;
// A build that succeeded has nothing left either (it has removed its workspace), unless output is
// still on its way (Node writes a pipe asynchronously on POSIX when it is full, a terminal on
// Windows): then the process ends as the last write drains. Leaving at once skips taking V8's
// heap down piece by piece, ~25-30 ms of the corpus's build (2 cores). The compile cache Node
// keeps of our modules is written first, as a natural exit writes it. Not `serve` nor
// `preview`: they return as their server starts.
if (buildsSite(argv) && process.stdout.writableLength === 0 && process.stderr.writableLength === 0) {
  module.flushCompileCache?.();
  process.exit(code);
}
