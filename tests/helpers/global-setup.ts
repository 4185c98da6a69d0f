/**
 * node --test --test-global-setup: one run folder per `npm test`, named in the environment the
 * test processes inherit, where tests/helpers/shared-site.ts keeps the sites it builds once for
 * every test file. Removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUN_ENV } from './shared-site.ts';

export function globalSetup(): void {
  process.env[RUN_ENV] = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-test-run-'));
}

export function globalTeardown(): void {
  const folder = process.env[RUN_ENV];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
