/**
 * markdown_include.include (PyPI markdown-include 0.8.1, cmacmackin/markdown-include,
 * markdown_include/include.py): `{!file!}` is replaced by the file's text before any parsing.
 *
 * ```md
 * ```Python hl_lines="1"
 * {!../docs_src/first_steps/tutorial001.py!}      ->  the file's lines, inside the fence
 * ```
 * ```
 * See expand.ts for the rules, locate.ts for where a file may be read from.
 */
import type { VFile } from 'vfile';
import type { ExtensionFactory } from '../../types.ts';
import { cachingFileSystem, nodeFileSystem, type SnippetFileSystem } from '../snippets/resolve.ts';
import { expandMarkdownIncludes } from './expand.ts';
import { includeRoots } from './locate.ts';
import { markdownIncludeOptions } from './options.ts';
import { applyExpansion } from './pre-pass.ts';

/** The factory; `fs` is for tests. */
export function markdownInclude(fs: SnippetFileSystem = nodeFileSystem): ExtensionFactory {
  return (context) => {
    const { projectDir } = context.renderer;
    const { options, warnings } = markdownIncludeOptions(context.options, projectDir);
    const files = cachingFileSystem(fs);
    const roots = includeRoots(options.basePath, projectDir, files);
    return {
      optionWarnings: warnings,
      preprocess(source: string, file: VFile): string {
        const page = file.data.path ?? file.path;
        const result = expandMarkdownIncludes(source, page, { options, fs: files, projectDir, roots });
        return applyExpansion(file, page, result, { ruleId: 'markdown-include', name: 'markdown_include.include' });
      },
    };
  };
}
