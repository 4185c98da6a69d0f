/**
 * wikilinks options as mkdocs.yml writes them. `build_url` can only name Python's own
 * `markdown.extensions.wikilinks.build_url` (the default): any other function is reported.
 */
import { pythonName } from '../python-config.ts';

export interface WikilinksOptions {
  readonly baseUrl: string;
  readonly endUrl: string;
  /** Empty for no class attribute. */
  readonly htmlClass: string;
  /** The `build_url` named when it is not the default, for a warning. */
  readonly unknownBuildUrl: string | undefined;
}

const DEFAULT_BUILD_URL = 'markdown.extensions.wikilinks.build_url';

export function wikilinksOptions(raw: Readonly<Record<string, unknown>>): WikilinksOptions {
  const buildUrl = pythonName(raw['build_url']);
  return {
    baseUrl: text(raw['base_url'], '/'),
    endUrl: text(raw['end_url'], '/'),
    htmlClass: text(raw['html_class'], 'wikilink'),
    unknownBuildUrl: buildUrl === undefined || buildUrl === DEFAULT_BUILD_URL ? undefined : buildUrl,
  };
}

/** Python-Markdown's `build_url`: runs of spaces (with an adjacent `_`) become one `_`. */
export function buildUrl(label: string, base: string, end: string): string {
  return `${base}${label.replace(/ +_|_ +| +/g, '_')}${end}`;
}

function text(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value;
  // YAML `html_class:` with nothing after it is null: Python's `if html_class` sees no class.
  if (value === null) return '';
  return value === undefined ? fallback : String(value);
}
