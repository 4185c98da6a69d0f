/**
 * What a build read, summed up in one hash, so that a build whose inputs did not change can say
 * so instead of building again (src/cli/up-to-date.ts). Files are taken by name, size and
 * modification time, as make and ninja do: reading every byte would cost what it saves.
 *
 *   const { hash, newest } = fingerprintFiles(['/p/mkdocs.yml', '/p/docs'], ['/p/site']);
 *
 * Only node: modules here: `build` loads this before deciding whether to load anything else.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { MkdocsConfig } from '../config/index.ts';

/** Folders never looked into: version control, installed packages, Astro's generated types. */
const SKIPPED_NAMES = new Set(['.git', 'node_modules', '.astro']);

export interface Fingerprint {
  readonly hash: string;
  /** The latest modification time seen (ms): a file changed after the build began makes the fingerprint stale. */
  readonly newest: number;
}

/**
 * Every file under `roots` (files or folders; missing ones count as missing), except under
 * `skip` (the output folder): path, size and modification time, in a stable order.
 */
export function fingerprintFiles(roots: readonly string[], skip: readonly string[]): Fingerprint {
  const hash = createHash('sha256');
  const skipped = new Set(skip.map((dir) => path.resolve(dir)));
  let newest = 0;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || skipped.has(file)) return;
    seen.add(file);
    let stat: Stats;
    try {
      stat = lstatSync(file);
    } catch {
      hash.update(`${file}\0missing\n`);
      return;
    }
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) {
      hash.update(`${file}\0dir\n`);
      let names: string[];
      try {
        names = readdirSync(file).sort();
      } catch {
        hash.update(`${file}\0unreadable\n`);
        return;
      }
      for (const name of names) if (!SKIPPED_NAMES.has(name)) visit(path.join(file, name));
      return;
    }
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\0${stat.isSymbolicLink() ? 'link' : 'file'}\n`);
  };
  for (const root of [...roots].map((r) => path.resolve(r)).sort()) visit(root);
  return { hash: hash.digest('hex'), newest };
}

/**
 * Settings that never change what a build writes: how it is judged (`strict`; the up-to-date
 * check applies the current one to the last build's messages), what `serve` watches, and where
 * gh-deploy pushes. `--strict` on the command line sets `strict` (as MkDocs' load_config does), and
 * must not make an unchanged site look changed.
 */
const NOT_WRITTEN: ReadonlySet<string> = new Set(['strict', 'watch', 'remote_branch', 'remote_name']);

/** The resolved config (INHERIT merged, !ENV read) as text: a changed value or variable changes it. */
export function configKey(config: MkdocsConfig): string {
  const written = Object.fromEntries(Object.entries(config).filter(([key]) => !NOT_WRITTEN.has(key)));
  return createHash('sha256')
    .update(JSON.stringify(written, (_key, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : typeof value === 'bigint' ? String(value) : value)))
    .digest('hex');
}
