/**
 * pymdownx.snippets options as written in mkdocs.yml. Unknown or wrongly typed values fall back
 * to PyMdown's defaults; `base_path` defaults to the project folder, where `mkdocs build` runs.
 */
import path from 'node:path';

export interface SnippetsOptions {
  /** Absolute base folders (or files), searched in order. */
  readonly basePaths: readonly string[];
  readonly checkPaths: boolean;
  /** `restrict_base_path` (default true): snippets must lie inside a base path. */
  readonly restrictBasePath: boolean;
  /** Snippet paths appended to every page. */
  readonly autoAppend: readonly string[];
  /** Spaces per tab when a directive's indentation is expanded (Python-Markdown's tab_length). */
  readonly tabLength: number;
  /** Remove the common indentation of included line ranges and sections. */
  readonly dedentSubsections: boolean;
}

export function snippetsOptions(raw: Readonly<Record<string, unknown>>, projectDir: string): SnippetsOptions {
  const base = stringList(raw['base_path']);
  // Relative base paths are relative to the working directory of `mkdocs build`: the project folder.
  const basePaths = (base.length > 0 ? base : ['.']).map((entry) => path.resolve(projectDir, entry));
  return {
    basePaths,
    checkPaths: raw['check_paths'] === true,
    restrictBasePath: raw['restrict_base_path'] !== false,
    autoAppend: stringList(raw['auto_append']),
    tabLength: 4,
    dedentSubsections: raw['dedent_subsections'] === true,
  };
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}
