/**
 * markdown_include.include's options as written in mkdocs.yml (markdown-include 0.8.1,
 * markdown_include/include.py: `MarkdownInclude.config`). Python refuses an unknown key (its
 * setConfig raises); here it is a warning and the rest of the options still apply.
 */
import path from 'node:path';

export interface MarkdownIncludeOptions {
  /** Absolute folder every `{!name!}` is joined to, nested includes too. */
  readonly basePath: string;
  readonly inheritHeadingDepth: boolean;
  readonly headingOffset: number;
  /** A file that cannot be read stops the Python build: an error here, a warning otherwise. */
  readonly throwException: boolean;
}

const KNOWN = new Set(['base_path', 'encoding', 'inheritHeadingDepth', 'headingOffset', 'throwException']);

export function markdownIncludeOptions(raw: Readonly<Record<string, unknown>>, projectDir: string): { options: MarkdownIncludeOptions; warnings: string[] } {
  const warnings: string[] = [];
  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) warnings.push(`unknown option "${key}" (Python-Markdown refuses it), ignored`);
  const base = raw['base_path'];
  if (base !== undefined && typeof base !== 'string') warnings.push('base_path must be a folder name; "." is used');
  const encoding = raw['encoding'];
  if (encoding !== undefined && !isUtf8(encoding)) warnings.push(`encoding "${String(encoding)}" is not supported; included files are read as UTF-8`);
  const offset = raw['headingOffset'];
  if (offset !== undefined && !Number.isInteger(offset)) warnings.push('headingOffset must be a whole number; 0 is used');
  return {
    options: {
      // `.` is the working directory of `mkdocs build`: the folder holding mkdocs.yml (as snippets' base_path).
      basePath: path.resolve(projectDir, typeof base === 'string' ? base : '.'),
      inheritHeadingDepth: raw['inheritHeadingDepth'] === true,
      headingOffset: typeof offset === 'number' && Number.isInteger(offset) ? Math.max(0, offset) : 0,
      throwException: raw['throwException'] === true,
    },
    warnings,
  };
}

/** `utf-8`, `UTF8`, `utf_8`: the one encoding the include pre-passes read. */
export function isUtf8(value: unknown): boolean {
  return typeof value === 'string' && /^utf[-_]?8$/i.test(value.trim());
}
