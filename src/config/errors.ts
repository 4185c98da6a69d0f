/**
 * Fatal configuration problems. The message always starts with `file:line:col:` (or `file:` when
 * no place is known) so editors and terminals can jump to it:
 *
 *   mkdocs.yml:12:3: invalid value for 'theme.font.text': found 3 (a number), expected a string
 */
import { PythonValue } from './yaml-tags.ts';

/** Where something was written: the file as the user named it, 1-based line and column. */
export interface SourcePlace {
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

export class ConfigError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The message without its `file:line:col: ` prefix. */
  readonly reason: string;

  constructor(place: SourcePlace, reason: string, options?: { cause?: unknown }) {
    super(`${formatPlace(place)}: ${reason}`, options);
    this.name = 'ConfigError';
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.reason = reason;
  }
}

export function formatPlace(place: SourcePlace): string {
  if (place.line === undefined) return place.file;
  return place.column === undefined ? `${place.file}:${place.line}` : `${place.file}:${place.line}:${place.column}`;
}

/** A short, human description of a YAML value for "found ..." in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `${JSON.stringify(shorten(value))} (a string)`;
  if (typeof value === 'number') return `${value} (a number)`;
  if (typeof value === 'boolean') return `${value} (a boolean)`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value instanceof Date) return `${value.toISOString()} (a date)`;
  if (value instanceof PythonValue) return `!!python/${value.python}:${value.value} (a Python object)`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty mapping';
    return `a mapping with keys ${keys.slice(0, 4).map((key) => `'${key}'`).join(', ')}${keys.length > 4 ? ', ...' : ''}`;
  }
  return typeof value;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
