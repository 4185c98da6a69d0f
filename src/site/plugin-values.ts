/**
 * Helpers the plugins' option readers share (plugins.ts, macros.ts, extradata.ts, ...): the
 * record test for YAML values, and plain-data copies of the values handed to page templates,
 * safe to send to a render thread and to hash.
 */
import { statSync } from 'node:fs';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy that is plain data (what JSON keeps: no dates, functions or class instances). */
export function plainData(value: unknown): unknown {
  const json = JSON.stringify(value);
  if (json === undefined) return undefined;
  const copy: unknown = JSON.parse(json);
  return copy;
}

/** plainData of a record; `{}` for anything that is not one. */
export function plainRecord(value: unknown): Record<string, unknown> {
  const copy = plainData(value);
  return isRecord(copy) ? copy : {};
}

export function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
