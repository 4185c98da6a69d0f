/**
 * Running the CLI as its users do, for the end-to-end tests: a child process with its exit code
 * and output, throwaway project folders, and the check that every Markdown file became exactly
 * one page and one search entry.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { discoverFiles } from '../../src/site/discover.ts';
import { REPO } from './build-site.ts';
import { askServer } from './shared-site.ts';

const exec = promisify(execFile);
/** The CLI run from the checkout, and the package's bin as npm links it. */
export const CLI = path.join(REPO, 'src/cli.ts');
export const BIN = path.join(REPO, 'bin/mkdocs-astro.js');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `command args` in `cwd`, never rejecting on a non-zero exit: the code, stdout and stderr. */
export async function run(command: string, args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'number' && 'stdout' in error && 'stderr' in error) {
      return { code: error.code, stdout: String(error.stdout), stderr: String(error.stderr) };
    }
    throw error;
  }
}

/** `node src/cli.ts args` in `cwd` (the checkout by default). */
export function runCli(args: string[], cwd = REPO): Promise<Run> {
  return run(process.execPath, [CLI, ...args], cwd);
}

/**
 * `node src/cli.ts build ...` in `cwd`, run by one of the test run's build servers in its own
 * process (tests/helpers/build-server.ts: the same main(), without paying a process's start-up for
 * each build), or as a process when the file runs alone. For tests about what a build does, not
 * about the process (exit through the entry file, signals, the bin): those use runCli.
 */
export async function runBuildCommand(args: string[], cwd = REPO): Promise<Run> {
  const answer = await askServer(undefined, '/cli', { args, cwd });
  if (answer === undefined) return runCli(args, cwd);
  const value = JSON.parse(answer) as { code: number; stdout: string; stderr: string; error: string };
  // The command never throws at its caller; if it did, the test must see it.
  if (value.error) throw new Error(`the command threw: ${value.error}`);
  return { code: value.code, stdout: value.stdout, stderr: value.stderr };
}

/** A project folder with the given pages (docs-relative name -> Markdown). */
export function project(pages: Record<string, string>, config = 'site_name: Test\n'): string {
  const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-safety-')), 'project');
  for (const [name, text] of Object.entries(pages)) {
    const file = path.join(root, 'docs', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  writeFileSync(path.join(root, 'mkdocs.yml'), config);
  return root;
}

/** Every file under `dir`, relative, `/`-separated. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

export function indexed(stdout: string): number {
  const match = /search: (\d+) pages indexed/.exec(stdout);
  return match ? Number(match[1]) : -1;
}

/** Pages in = pages written = search entries, for a project built into `site`. */
export function assertEveryPageOnce(docsDir: string, site: string, result: Run): void {
  const pages = discoverFiles(docsDir, { useDirectoryUrls: true }).pages;
  const files = new Set(listFiles(site));
  for (const page of pages) assert.ok(files.has(page.dest), `${page.src} should be written at ${page.dest}`);
  assert.match(result.stdout, new RegExp(`built ${pages.length} pages, `));
  assert.equal(indexed(result.stdout), pages.length, 'one search entry per page');
}
