#!/usr/bin/env node
/**
 * The package's command (`mkdocs-astro`, `npx mkdocs-astro`, `npm run build`). Plain JavaScript
 * on purpose: it must run on any Node to say which Node is needed, instead of the loader's
 * stack trace about a `.ts` file. Then it hands over to src/cli.ts.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REQUIRED = [22, 12];
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < REQUIRED[0] || (major === REQUIRED[0] && minor < REQUIRED[1])) {
  console.error(`mkdocs-astro needs Node.js ${REQUIRED.join('.')} or newer (24 LTS recommended); this is Node.js ${process.versions.node}. Install a newer Node.js and run the command again.`);
  process.exit(1);
}

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const ownSources = new URL('../src/', import.meta.url).href;
const module = await import('node:module');
if (typeof module.registerHooks === 'function' && typeof module.stripTypeScriptTypes === 'function') {
  // Node strips TypeScript types, but never for files under node_modules, which is where this
  // package lives once installed (`npm i mkdocs-astro`, npx). For our own sources, strip them here.
  // That function is flagged experimental; its warning would be the first line of every run.
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning, ...rest) => {
    if (!String(warning).includes('stripTypeScriptTypes')) emitWarning(warning, ...rest);
  };
  module.registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith(ownSources) || !url.endsWith('.ts')) return nextLoad(url, context);
      const loaded = nextLoad(url, { ...context, format: 'module' });
      const source = typeof loaded.source === 'string' ? loaded.source : new TextDecoder().decode(loaded.source);
      return { format: 'module', source: module.stripTypeScriptTypes(source), shortCircuit: true };
    },
  });
  await import(cli);
} else if (process.features.typescript) {
  await import(cli);
} else {
  // Node 22.12-22.17 runs TypeScript only with this flag.
  const child = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', cli, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
