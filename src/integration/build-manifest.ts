/**
 * What the last build of an output folder read and wrote, for the next build to tell whether
 * anything changed (src/cli/up-to-date.ts). One JSON file beside the render cache in the output
 * folder's `.mkdocs-astro-cache/`, written after the site is published and only when no input
 * changed while the build ran; a file that cannot be read is no manifest, never an error.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteMessage } from '../site/messages.ts';
import { CACHE_DIR } from '../shared/build-cache.ts';

const FILE = 'build.json';
const FORMAT = 1;

export interface BuildManifest {
  /** Our code, Astro's and Pagefind's versions, and the command's options. */
  readonly codeKey: string;
  /** The resolved config (src/site/fingerprint.ts configKey). */
  readonly configKey: string;
  /** Files and folders fingerprinted, and their fingerprint (none of them changed after the build began). */
  readonly roots: readonly string[];
  readonly fingerprint: string;
  /** Every file of the published site (dot entries at the top are not the build's): path, size, mtime. */
  readonly outputs: ReadonlyArray<readonly [string, number, number]>;
  /** The build's messages, said again when the site is found up to date. */
  readonly messages: readonly SiteMessage[];
  readonly pages: number;
  readonly searchPages: number;
  /** False when the site has no search (no search plugin); absent in older manifests (on). */
  readonly search?: boolean | undefined;
}

export function readBuildManifest(outDir: string): BuildManifest | undefined {
  try {
    const stored: unknown = JSON.parse(readFileSync(path.join(outDir, CACHE_DIR, FILE), 'utf8'));
    if (typeof stored !== 'object' || stored === null || !('format' in stored) || stored.format !== FORMAT || !('manifest' in stored)) return undefined;
    const manifest = stored.manifest as BuildManifest;
    return typeof manifest.fingerprint === 'string' && Array.isArray(manifest.outputs) && Array.isArray(manifest.messages) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

export function writeBuildManifest(outDir: string, manifest: BuildManifest): void {
  const dir = path.join(outDir, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const partial = path.join(dir, `${FILE}.${process.pid}.partial`);
  writeFileSync(partial, JSON.stringify({ format: FORMAT, manifest }));
  renameSync(partial, path.join(dir, FILE));
}

/** A build that cannot vouch for its inputs removes the last build's word for them. */
export function removeBuildManifest(outDir: string): void {
  rmSync(path.join(outDir, CACHE_DIR, FILE), { force: true });
}

/** The published site's files, as the manifest records them. */
export function listOutputs(outDir: string): Array<[string, number, number]> {
  const files: Array<[string, number, number]> = [];
  const walk = (dir: string, relative: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (relative === '' && name.startsWith('.')) continue;
      const file = path.join(dir, name);
      const stat = lstatSync(file);
      const rel = relative === '' ? name : `${relative}/${name}`;
      if (stat.isDirectory()) walk(file, rel);
      else files.push([rel, stat.size, stat.mtimeMs]);
    }
  };
  walk(outDir, '');
  return files;
}

/** The output folder still holds exactly what the last build wrote. */
export function outputsUnchanged(outDir: string, recorded: BuildManifest['outputs']): boolean {
  try {
    const now = listOutputs(outDir);
    return now.length === recorded.length && now.every((entry, i) => {
      const then = recorded[i];
      return then !== undefined && entry[0] === then[0] && entry[1] === then[1] && entry[2] === then[2];
    });
  } catch {
    return false;
  }
}
