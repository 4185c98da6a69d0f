/**
 * Replaces `!relative` placeholders with absolute paths once the folders are known.
 * `$config_dir` is the main config file's folder (also for values inherited from a parent, as in
 * MkDocs), `$docs_dir` is docs_dir. A bare `!relative` means "the current page's folder" to MkDocs;
 * a config has no current page, so we use the config folder and say so.
 */
import path from 'node:path';
import type { ValuePath } from './problems.ts';
import { isRecord, RelativePath, setOwn } from './yaml-tags.ts';

export interface RelativeBases {
  readonly configDir: string;
  readonly docsDir: string;
}

export function resolveRelative(value: unknown, bases: RelativeBases, onPageRelative: (path: ValuePath) => void, at: ValuePath = []): unknown {
  if (value instanceof RelativePath) {
    if (value.base === 'page') onPageRelative(at);
    const base = value.base === 'docs_dir' ? bases.docsDir : bases.configDir;
    return path.resolve(base, value.suffix);
  }
  if (Array.isArray(value)) return value.map((item, index) => resolveRelative(item, bases, onPageRelative, [...at, index]));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setOwn(out, key, resolveRelative(item, bases, onPageRelative, [...at, key]));
    return out;
  }
  return value;
}

/** docs_dir itself may be `!relative $config_dir/...` (but not relative to itself). */
export function docsDirSetting(raw: unknown, configDir: string): unknown {
  if (raw instanceof RelativePath && raw.base === 'config_dir') return path.resolve(configDir, raw.suffix);
  return raw;
}
