/**
 * The `base_path` of a `{!file!}` include extension, for the site: `serve` re-renders when a file
 * appears there (a page may include a file that did not exist yet).
 */
import type { ExtensionSpec } from '../../types.ts';
import { mdxIncludeOptions } from '../mdx-include/options.ts';
import { markdownIncludeOptions } from './options.ts';

export function includeBasePaths(spec: ExtensionSpec, projectDir: string): string[] {
  if (spec.name === 'markdown_include.include') return [markdownIncludeOptions(spec.options, projectDir).options.basePath];
  if (spec.name === 'mdx_include') return [mdxIncludeOptions(spec.options, projectDir).options.basePath];
  return [];
}
