/**
 * mdx_include's options as written in mkdocs.yml (mdx_include 1.4, neurobin/mdx_include,
 * mdx_include/mdx_include.py: `IncludeExtension.config`). Python refuses a value whose type
 * differs from the default's (its setConfig raises; a bool option also takes None) and an
 * unknown key; here each is a warning and the default applies.
 */
import path from 'node:path';
import { isUtf8 } from '../markdown-include/options.ts';

export interface MdxIncludeOptions {
  readonly basePath: string;
  readonly allowLocal: boolean;
  readonly allowRemote: boolean;
  readonly truncateOnFailure: boolean;
  /** true: recursive unless `{!- !}`; null: only with `{!+ !}`; false: never. */
  readonly recursLocal: boolean | null;
  readonly syntaxLeft: string;
  readonly syntaxRight: string;
  readonly syntaxDelim: string;
  readonly syntaxRecursOn: string;
  readonly syntaxRecursOff: string;
  readonly syntaxApplyIndent: string;
  readonly allowCircularInclusion: boolean;
  readonly lineSliceSeparator: readonly string[];
  readonly recursiveRelativePath: boolean;
}

type Raw = Readonly<Record<string, unknown>>;

/** Options that change nothing here: remote files are never fetched, files are read once per renderer. */
const NO_EFFECT = ['recurs_remote', 'content_cache_local', 'content_cache_remote', 'content_cache_clean_local', 'content_cache_clean_remote'];
const KNOWN = new Set([...NO_EFFECT, 'base_path', 'encoding', 'allow_local', 'allow_remote', 'truncate_on_failure', 'recurs_local', 'syntax_left', 'syntax_right', 'syntax_delim', 'syntax_recurs_on', 'syntax_recurs_off', 'syntax_apply_indent', 'allow_circular_inclusion', 'line_slice_separator', 'recursive_relative_path']);

export function mdxIncludeOptions(raw: Raw, projectDir: string): { options: MdxIncludeOptions; warnings: string[] } {
  const warnings: string[] = [];
  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) warnings.push(`unknown option "${key}" (Python-Markdown refuses it), ignored`);
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    warnings.push(`${key} must be true or false; ${String(fallback)} is used`);
    return fallback;
  };
  const text = (key: string, fallback: string): string => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value === 'string') return value;
    warnings.push(`${key} must be a string; "${fallback}" is used`);
    return fallback;
  };
  const recurs = raw['recurs_local'];
  if (recurs !== undefined && recurs !== null && typeof recurs !== 'boolean') warnings.push('recurs_local must be true, false or null; true is used');
  const separator = raw['line_slice_separator'];
  const separatorOk = Array.isArray(separator) && separator.every((item) => typeof item === 'string');
  if (separator !== undefined && !separatorOk) warnings.push('line_slice_separator must be a list of strings; two empty lines are used');
  const encoding = raw['encoding'];
  if (encoding !== undefined && !isUtf8(encoding)) warnings.push(`encoding "${String(encoding)}" is not supported; included files are read as UTF-8`);
  return {
    options: {
      // `.` is the working directory of `mkdocs build`: the folder holding mkdocs.yml (as snippets' base_path).
      basePath: path.resolve(projectDir, text('base_path', '.')),
      allowLocal: flag('allow_local', true),
      allowRemote: flag('allow_remote', true),
      truncateOnFailure: flag('truncate_on_failure', true),
      recursLocal: recurs === null ? null : typeof recurs === 'boolean' ? recurs : true,
      syntaxLeft: text('syntax_left', '\\{!'),
      syntaxRight: text('syntax_right', '!\\}'),
      syntaxDelim: text('syntax_delim', '\\|'),
      syntaxRecursOn: text('syntax_recurs_on', '+'),
      syntaxRecursOff: text('syntax_recurs_off', '-'),
      syntaxApplyIndent: text('syntax_apply_indent', '>'),
      allowCircularInclusion: flag('allow_circular_inclusion', false),
      lineSliceSeparator: separatorOk ? separator.filter((item): item is string => typeof item === 'string') : ['', ''],
      recursiveRelativePath: flag('recursive_relative_path', false),
    },
    warnings,
  };
}
