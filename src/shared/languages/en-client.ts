/**
 * The English labels of the browser scripts (CLIENT_KEYS): their fallback when a page carries no
 * `data-md-translations`. A file of its own so the scripts' bundle holds these twelve labels,
 * not the whole English table (en.ts, which spreads them in).
 */
import type { ClientLabels } from './keys.ts';

export const enClient: ClientLabels = {
  'annotation': 'Annotation #',
  'clipboard.copy': 'Copy to clipboard',
  'clipboard.copied': 'Copied to clipboard',
  'code.select': 'Select lines',
  'search.highlight.clear': 'Clear highlighting',
  'search.result.initializer': 'Loading search…',
  'search.result.placeholder': 'Type to start searching',
  'search.result.none': 'No results for “#”',
  'search.result.one': '1 matching page',
  'search.result.other': '# matching pages',
  'search.result.unavailable': 'Search is unavailable: its index was not found. It is built by `npm run build` (and served by `npm run serve`).',
  'search.result.failed': 'Search could not be loaded: check the connection and reload the page.',
};
