/**
 * Material's `meta` plugin: a `.meta.yml` in a folder of docs_dir gives front-matter defaults to
 * every page in that folder and below. Files farther up apply first, nearer ones over them, and
 * the page's own front matter last, each merged as Material does (mergedeep's typesafe additive
 * strategy): mappings merge key by key, lists are concatenated, any other value is replaced, and
 * two values of different types for one key are an error (here: a warning, the later value wins).
 *
 *   pageMeta('guide/a.md', { tags: ['Own'] }, [{ folder: '', data: { tags: ['All'] } }, { folder: 'guide', data: { tags: ['Guide'], hide: ['toc'] } }])
 *   // { meta: { tags: ['All', 'Guide', 'Own'], hide: ['toc'] }, problems: [] }
 *
 * Unlike Material, which tests `src.startswith(dirname(meta_file))`, a folder's defaults reach only
 * pages inside it: `guide/.meta.yml` does not apply to `guidelines/a.md`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { yamlTooLarge } from '../shared/yaml-size.ts';
import type { SiteMessage } from './messages.ts';

/** The `meta_file` Material looks for by default. */
export const DEFAULT_META_FILE = '.meta.yml';

/** As for front matter: a handful of keys; far more values is an alias bomb. */
const MAX_META_VALUES = 100_000;

export interface MetaDefaults {
  /** docs-relative folder the file sits in, `/`-separated; `` for docs_dir itself. */
  readonly folder: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * Reads the meta files (docs-relative, parents before children as discoverFiles lists them).
 * A file that cannot be read or is not a YAML mapping is reported and skipped.
 */
export function readMetaFiles(docsDir: string, files: readonly string[]): { defaults: MetaDefaults[]; messages: SiteMessage[] } {
  const defaults: MetaDefaults[] = [];
  const messages: SiteMessage[] = [];
  for (const src of files) {
    const file = path.join(docsDir, src);
    try {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      if (text.trim() === '') continue;
      const data: unknown = load(text);
      if (data === undefined || data === null) continue;
      // Merged into every page below it: an alias bomb is refused here.
      const tooLarge = yamlTooLarge(data, MAX_META_VALUES);
      if (tooLarge) {
        messages.push({ severity: 'warning', message: `meta file ignored: ${tooLarge}`, file });
        continue;
      }
      if (!isRecord(data)) {
        messages.push({ severity: 'warning', message: 'meta file ignored: it must be a YAML mapping of front matter keys (e.g. `tags: [Example]`)', file });
        continue;
      }
      const folder = path.posix.dirname(src);
      defaults.push({ folder: folder === '.' ? '' : folder, data });
    } catch (cause) {
      const line = cause instanceof YAMLException && cause.mark ? cause.mark.line + 1 : undefined;
      const reason = cause instanceof YAMLException ? cause.reason : cause instanceof Error ? cause.message : String(cause);
      messages.push({ severity: 'warning', message: `meta file ignored: ${reason}`, file, line });
    }
  }
  return { defaults, messages };
}

/** A page's meta: the defaults of every folder holding it, then its own front matter. */
export function pageMeta(src: string, own: Readonly<Record<string, unknown>>, defaults: readonly MetaDefaults[]): { meta: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  let meta: Record<string, unknown> = {};
  for (const entry of defaults) if (holds(entry.folder, src)) meta = mergeMeta(meta, entry.data, problems);
  if (Object.keys(meta).length === 0) return { meta: { ...own }, problems };
  return { meta: mergeMeta(meta, own, problems), problems };
}

/**
 * `base` with `over` merged in, neither changed: mappings recursively, lists concatenated
 * (`base` first), anything else replaced by `over`. A type clash (a list over a string) is noted
 * in `problems` and `over` wins.
 */
export function mergeMeta(base: Readonly<Record<string, unknown>>, over: Readonly<Record<string, unknown>>, problems: string[] = [], at = ''): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const name = at === '' ? key : `${at}.${key}`;
    const current = merged[key];
    if (!(key in merged)) merged[key] = value;
    else if (isRecord(current) && isRecord(value)) merged[key] = mergeMeta(current, value, problems, name);
    else if (Array.isArray(current) && Array.isArray(value)) merged[key] = [...current, ...value];
    else {
      if (kindOf(current) !== kindOf(value)) problems.push(`meta key '${name}' is a ${kindOf(value)} here but a ${kindOf(current)} in a .meta.yml above; the ${kindOf(value)} is used`);
      merged[key] = value;
    }
  }
  return merged;
}

/** Python's type names, as the clash is about Python types (an int is not a float, None is its own). */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'str';
  return 'dict';
}

function holds(folder: string, src: string): boolean {
  return folder === '' || src.startsWith(`${folder}/`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
