/**
 * Reads the upstream test suites (../shared/suites/*.jsonl, see its README.md) into cases a
 * renderer can run: only the `mkdocs_expressible` cases with `mkdocs_default_options`, with their
 * `markdown_extensions` kept as written (bench/suites/worker.ts reads them as mkdocs.yml's are).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isRecord, PythonValue } from '../../src/config/yaml-tags.ts';

export interface SuiteCase {
  readonly id: string;
  /** `python-markdown` or `pymdown-extensions` (the file the case comes from). */
  readonly suite: string;
  readonly source: string;
  /** The reference output; null when the reference raised (`expectedError` says what). */
  readonly html: string | null;
  readonly expectedError: string | null;
  /** `markdown_extensions` as written in the JSONL: the worker reads it (see fromJson). */
  readonly extensions: unknown;
  /** Every extension the case loads (its `extensions_tag`); empty for plain Markdown. */
  readonly tags: string[];
  readonly kind: string;
}

export const SUITES = ['python-markdown', 'pymdown-extensions'] as const;

/** The cases of one suite file that an MkDocs site could hold. */
export function readSuite(folder: string, suite: string): SuiteCase[] {
  const cases: SuiteCase[] = [];
  const lines = readFileSync(path.join(folder, `${suite}.jsonl`), 'utf8').split('\n');
  for (const line of lines) {
    if (line.trim() === '') continue;
    const record: unknown = JSON.parse(line);
    if (!isRecord(record) || record['mkdocs_expressible'] !== true || record['mkdocs_default_options'] !== true) continue;
    const { id, source, html } = record;
    if (typeof id !== 'string' || typeof source !== 'string') continue;
    cases.push({
      id,
      suite,
      source,
      html: typeof html === 'string' ? html : null,
      expectedError: typeof record['expected_error'] === 'string' ? record['expected_error'] : null,
      extensions: record['markdown_extensions'],
      tags: Array.isArray(record['extensions_tag']) ? record['extensions_tag'].map(String) : [],
      kind: typeof record['kind'] === 'string' ? record['kind'] : 'unit',
    });
  }
  return cases;
}

const NAME_TAG = '!!python/name:';
const APPLY_TAG = '!!python/object/apply:';

/**
 * The suites spell mkdocs.yml's Python tags in JSON (`"!!python/name:x.y"`, a one-key
 * `{"!!python/object/apply:x.y": {"kwds": {...}}}`); our YAML loader reads those tags into
 * `PythonValue`s, so the same values are built here.
 */
export function fromJson(value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith(NAME_TAG)) return new PythonValue('name', value.slice(NAME_TAG.length));
  if (Array.isArray(value)) return value.map(fromJson);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  const only = keys[0];
  if (keys.length === 1 && only !== undefined && only.startsWith(APPLY_TAG)) {
    const body = value[only];
    const args = isRecord(body) && Array.isArray(body['args']) ? body['args'].map(fromJson) : [];
    const kwds = isRecord(body) && isRecord(body['kwds']) ? body['kwds'] : {};
    return new PythonValue('object/apply', only.slice(APPLY_TAG.length), { args, kwds: mapValues(kwds) });
  }
  return mapValues(value);
}

function mapValues(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, fromJson(item)]));
}
