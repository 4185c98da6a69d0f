/**
 * The labels the browser scripts need (search status lines, copy button) travel as JSON in the
 * body's `data-md-translations` attribute. This file is what the scripts import: the English
 * client labels only (en-client.ts), not every table.
 */
import { enClient } from './en-client.ts';
import { type ClientKey, type ClientLabels, type LabelTable } from './keys.ts';

/**
 * The client part of a site's table.
 *
 * @example JSON.stringify(clientLabels(fr)) // '{"clipboard.copy":"Copier dans le presse-papier",...}'
 */
export function clientLabels(table: LabelTable): ClientLabels {
  return pickClient((key) => table[key]);
}

/**
 * Reads `data-md-translations` back in the browser; a missing attribute, bad JSON or a missing
 * entry gives English, so a page always has every label.
 */
export function parseClientLabels(json: string | undefined): ClientLabels {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json ?? '{}');
  } catch {
    parsed = {};
  }
  const record: Record<string, unknown> = typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
  return pickClient((key) => {
    const value = record[key];
    return typeof value === 'string' ? value : enClient[key];
  });
}

/** `#` in a label replaced by a count or a query, as in Material's `search.result.other`. */
export function fill(label: string, value: string | number): string {
  return label.replaceAll('#', String(value));
}

// Spelled out so the result is typed without a cast; the unit test checks it against CLIENT_KEYS.
function pickClient(get: (key: ClientKey) => string): ClientLabels {
  return {
    'annotation': get('annotation'),
    'clipboard.copy': get('clipboard.copy'),
    'clipboard.copied': get('clipboard.copied'),
    'code.select': get('code.select'),
    'search.highlight.clear': get('search.highlight.clear'),
    'search.result.initializer': get('search.result.initializer'),
    'search.result.placeholder': get('search.result.placeholder'),
    'search.result.none': get('search.result.none'),
    'search.result.one': get('search.result.one'),
    'search.result.other': get('search.result.other'),
    'search.result.unavailable': get('search.result.unavailable'),
    'search.result.failed': get('search.result.failed'),
  };
}


