/**
 * normalizeHtml remembered from run to run: it is a pure function of the HTML string (and of
 * its own code and the hast parser and serializer), and the fixtures give it the same ~2,700
 * strings every run (every expected file, and every rendered page the renderer did not change),
 * about 3 s of CPU of tests/markdown/fixtures.test.ts. Entries are keyed by a hash of the HTML and
 * of what decides the result (normalize-html.ts and package-lock.json, which pins the hast parser
 * and serializer), kept in the temp folder beside Node's compile cache: a changed normalizer or
 * dependency misses, so a stale entry is never read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalizeHtml } from './normalize-html.ts';

/** A hash of what normalizeHtml's result depends on besides its input. */
const salt = createHash('sha1')
  .update(readFileSync(path.join(import.meta.dirname, 'normalize-html.ts')))
  .update(readFileSync(path.join(import.meta.dirname, '../../package-lock.json')))
  .digest('base64');

export interface NormalizeCache {
  normalize(html: string): string;
  /** Writes the entries this run used (only those: old ones go). */
  save(): void;
}

/**
 * Where the cache lives from run to run: the system's temp folder, which `npm test` names in
 * KEPT_TMP_ENV (its files get a temp folder of the run's own, removed at the end: global-setup.ts).
 */
export const KEPT_TMP_ENV = 'MKDOCS_ASTRO_TEST_KEPT_TMP';

export function normalizeCache(file = path.join(process.env[KEPT_TMP_ENV] ?? os.tmpdir(), 'mkdocs-astro-test-cache', 'normalized-html.json')): NormalizeCache {
  let stored: Record<string, string> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    // No cache yet, or a broken one: every string is normalized.
  }
  const used = new Map<string, string>();
  let missed = false;
  return {
    normalize(html) {
      const key = createHash('sha1').update(salt).update(html).digest('base64');
      let normalized = used.get(key) ?? stored[key];
      if (normalized === undefined) {
        normalized = normalizeHtml(html);
        missed = true;
      }
      used.set(key, normalized);
      return normalized;
    },
    save() {
      if (!missed && used.size === Object.keys(stored).length) return;
      mkdirSync(path.dirname(file), { recursive: true });
      // Written whole, then renamed: a run reading it at the same moment sees the old or the new file.
      const temporary = `${file}.${process.pid}`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(used)));
      renameSync(temporary, file);
    },
  };
}
