/**
 * node --test --test-global-setup: one run folder per `npm test`, named in the environment the
 * test processes inherit, where tests/helpers/shared-site.ts keeps the sites it builds once for
 * every test file. Removed when the run ends. Also turns on Node's compile cache for the files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUN_ENV } from './shared-site.ts';

export function globalSetup(): void {
  process.env[RUN_ENV] = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-test-run-'));
  // Every test file is a process that loads our TypeScript (and often Astro) again: Node's
  // compile cache (content-keyed V8 code cache, in Node's default folder unless the caller set
  // one) makes that about a second cheaper per file. The CLI enables it the same way.
  process.env['NODE_COMPILE_CACHE'] ??= path.join(os.tmpdir(), 'node-compile-cache');
}

export function globalTeardown(): void {
  const folder = process.env[RUN_ENV];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
