#!/usr/bin/env node
/**
 * The package's command (`mkdocs-astro`, `npx mkdocs-astro`, `npm run build`). Plain JavaScript
 * on purpose: it must run on any Node to say which Node is needed, instead of the loader's
 * stack trace about a `.ts` file. Then it hands over to src/cli/start.ts, for `build` and
 * `gh-deploy` in a process it starts again with less memory (bin/memory-tuning.js). `src/cli.ts` is a
 * link to this file, so `node src/cli.ts` checks the version first as well: Node runs a linked
 * entry from where the link points (unless --preserve-symlinks-main), a `.js` file any Node loads.
 */
import { spawn, spawnSync } from 'node:child_process';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const REQUIRED = [22, 12];
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < REQUIRED[0] || (major === REQUIRED[0] && minor < REQUIRED[1])) {
  console.error(`mkdocs-astro needs Node.js ${REQUIRED.join('.')} or newer (24 LTS recommended); this is Node.js ${process.versions.node}. Install a newer Node.js and run the command again.`);
  process.exit(1);
}

// Loading our ~430 TypeScript modules, Astro and Vite costs over a second per run, mostly
// stripping types and compiling: Node's compile cache (V8 code cache on disk, keyed by each
// file's content, in os.tmpdir() unless NODE_COMPILE_CACHE says otherwise; off with
// NODE_DISABLE_COMPILE_CACHE=1) cuts that by more than half from the second run on. The
// environment variable also hands it to the render threads and the Node 22.12 child below.
const cache = module.enableCompileCache?.();
if (cache?.directory) process.env.NODE_COMPILE_CACHE = cache.directory;

// A build's process runs with less memory (bin/memory-tuning.js says why): started again with it.
const args = process.argv.slice(2);
const { tunedStart } = await import('./memory-tuning.js');
const tuned = args.includes('build') || args.includes('gh-deploy') ? tunedStart(process.execArgv, process.env) : undefined;
if (tuned) {
  const child = spawn(process.execPath, [...tuned.flags, ...process.execArgv, fileURLToPath(import.meta.url), ...args], { stdio: 'inherit', env: tuned.env });
  // Ctrl-C reaches both processes; a signal sent to this one alone is passed on.
  const pass = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, pass);
  child.on('error', (error) => {
    console.error(`mkdocs-astro: cannot start the build: ${error.message}`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(name, pass);
      process.kill(process.pid, signal);
      process.exitCode = 1;
      return;
    }
    // The build has written everything through its own standard streams: nothing is left here but
    // the compile cache of this process's few modules, written as a natural exit writes it.
    module.flushCompileCache?.();
    process.exit(code ?? 1);
  });
} else {
  await run();
}

async function run() {
  const cli = fileURLToPath(new URL('../src/cli/start.ts', import.meta.url));
  const ownSources = new URL('../src/', import.meta.url).href;
  // Our sources are TypeScript: bin/strip-types.js says why a hook strips them where Node can.
  // Node strips them itself (and keeps the result in the compile cache) unless they are under
  // node_modules; only there is the hook needed.
  const { nodeStripsTypes, stripOwnTypes } = await import('./strip-types.js');
  if (nodeStripsTypes(ownSources)) {
    await import(cli);
  } else if (stripOwnTypes(ownSources)) {
    await import(cli);
  } else if (process.features.typescript) {
    await import(cli);
  } else {
    // Node 22.12-22.17 runs TypeScript only with this flag.
    const child = spawnSync(process.execPath, [...process.execArgv, '--experimental-strip-types', '--no-warnings', cli, ...args], { stdio: 'inherit' });
    process.exit(child.status ?? 1);
  }
}
