/**
 * Builds a site with the real CLI into a fresh temporary folder (or `dir`), for end-to-end and
 * browser tests that need a site of their own. Returns the folder and the CLI's output
 * (messages and the summary line). Tests that only read a site use sharedSite() instead.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO = path.resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  readonly dir: string;
  readonly stdout: string;
  readonly stderr: string;
}

export async function buildSite(configFile: string, extraArgs: string[] = [], env: Record<string, string> = {}, into?: string): Promise<BuiltSite> {
  const dir = into ?? mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-site-'));
  const { stdout, stderr } = await run(process.execPath, [path.join(REPO, 'src/cli.ts'), 'build', '-f', configFile, '-d', dir, ...extraArgs], {
    cwd: REPO,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dir, stdout, stderr };
}
