/**
 * material.extensions.preview's options, read as Material 9.7 reads them: `configurations` (a
 * list of `{sources, targets}`) and one more `{sources, targets}` from the top-level keys. Each
 * side is a file filter (material/utilities/filter): `include` and `exclude`, lists of fnmatch
 * patterns over docs-relative paths (`*` crosses `/`). A configuration that names neither side
 * marks nothing.
 *
 * ```yaml
 * - material.extensions.preview:
 *     configurations:
 *       - targets: { include: [changelog/index.md, setup/extensions/*] }
 *     sources: { exclude: [blog/*] }
 * ```
 */
import { fnmatch } from '../../../shared/fnmatch.ts';

/** Material's `Filter`: included when an include pattern matches (or there is none) and no exclude pattern does. */
export type FileFilter = (src: string) => boolean;

export interface PreviewConfiguration {
  readonly sources: FileFilter;
  readonly targets: FileFilter;
}

export interface PreviewOptions {
  readonly configurations: readonly PreviewConfiguration[];
  /** What is wrong in the options: Material stops the build for most of it; we warn and mark less. */
  readonly warnings: readonly string[];
}

const OPTIONS: ReadonlySet<string> = new Set(['configurations', 'sources', 'targets']);
const FILTER_KEYS: ReadonlySet<string> = new Set(['include', 'exclude']);

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python's truthiness of a configuration side: `None`, `{}` and `[]` name nothing. */
function names(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '' || value === 0) return false;
  if (Array.isArray(value)) return value.length > 0;
  return !isRecord(value) || Object.keys(value).length > 0;
}

/** One `include`/`exclude` list: strings only (MkDocs' `ListOfItems(Type(str))`). */
function patterns(value: unknown, where: string, warnings: string[]): RegExp[] | undefined {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.flatMap((pattern) => {
      const glob = fnmatch(pattern);
      if ('regex' in glob) return [glob.regex];
      warnings.push(`${where}: ${glob.problem}`);
      return [];
    });
  }
  warnings.push(`${where} must be a list of strings, found ${JSON.stringify(value)}; this configuration marks no link`);
  return undefined;
}

/** A file filter from a `sources` or `targets` mapping; undefined when it cannot be read. */
function filterOf(value: unknown, where: string, warnings: string[]): FileFilter | undefined {
  if (value === undefined || value === null) return () => true;
  if (!isRecord(value)) {
    warnings.push(`'${where}' must be a mapping with 'include' and 'exclude', found ${JSON.stringify(value)}; this configuration marks no link`);
    return undefined;
  }
  for (const key of Object.keys(value)) if (!FILTER_KEYS.has(key)) warnings.push(`'${where}' has an unknown key '${key}', ignored (it takes 'include' and 'exclude')`);
  const include = patterns(value['include'], `'${where}.include'`, warnings);
  const exclude = patterns(value['exclude'], `'${where}.exclude'`, warnings);
  if (!include || !exclude) return undefined;
  return (src) => (include.length === 0 || include.some((pattern) => pattern.test(src))) && !exclude.some((pattern) => pattern.test(src));
}

/**
 * @example previewOptions({ targets: { include: ['guide/*'] } }).configurations[0]?.targets('guide/a.md') // true
 */
export function previewOptions(options: Readonly<Record<string, unknown>>): PreviewOptions {
  const warnings: string[] = [];
  for (const key of Object.keys(options)) if (!OPTIONS.has(key)) warnings.push(`unknown option '${key}', ignored (it takes 'configurations', 'sources' and 'targets')`);
  const listed = options['configurations'] ?? [];
  const entries: Array<{ readonly value: unknown; readonly where: string }> = [];
  if (Array.isArray(listed)) listed.forEach((value: unknown, index) => entries.push({ value, where: `configurations[${index}]` }));
  else warnings.push(`'configurations' must be a list, found ${JSON.stringify(listed)}; ignored`);
  // Material appends the top-level pair as one more configuration.
  entries.push({ value: { sources: options['sources'], targets: options['targets'] }, where: '' });
  const configurations: PreviewConfiguration[] = [];
  for (const { value, where } of entries) {
    if (!isRecord(value)) {
      warnings.push(`'${where}' must be a mapping with 'sources' and/or 'targets', found ${JSON.stringify(value)}; ignored`);
      continue;
    }
    if (!names(value['sources']) && !names(value['targets'])) continue;
    const at = where === '' ? '' : `${where}.`;
    const sources = filterOf(value['sources'], `${at}sources`, warnings);
    const targets = filterOf(value['targets'], `${at}targets`, warnings);
    if (sources && targets) configurations.push({ sources, targets });
  }
  return { configurations, warnings };
}
