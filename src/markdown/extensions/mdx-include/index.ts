/**
 * mdx_include (PyPI mdx-include 1.4, neurobin/mdx_include, mdx_include/mdx_include.py):
 * `{! file !}` is replaced by the file's text before any parsing.
 *
 * ```md
 * === "Python 3.8+"
 *
 *     ```Python hl_lines="4"
 *     {!> ../../docs_src/app.py!}      ->  every line of app.py, indented like the directive
 *     ```
 * ```
 * See expand.ts for the rules, syntax.ts for the directive, ../markdown-include/locate.ts for
 * where a file may be read from.
 */
import type { VFile } from 'vfile';
import type { ExtensionFactory } from '../../types.ts';
import { includeRoots } from '../markdown-include/locate.ts';
import { applyExpansion } from '../markdown-include/pre-pass.ts';
import { cachingFileSystem, nodeFileSystem, type SnippetFileSystem } from '../snippets/resolve.ts';
import { expandMdxIncludes } from './expand.ts';
import { mdxIncludeOptions } from './options.ts';
import { directivePattern } from './syntax.ts';

/** The factory; `fs` is for tests. */
export function mdxInclude(fs: SnippetFileSystem = nodeFileSystem): ExtensionFactory {
  return (context) => {
    const { projectDir } = context.renderer;
    const { options, warnings } = mdxIncludeOptions(context.options, projectDir);
    const { pattern, warning } = directivePattern(options);
    const files = cachingFileSystem(fs);
    const roots = includeRoots(options.basePath, projectDir, files);
    return {
      optionWarnings: warning === undefined ? warnings : [...warnings, warning],
      preprocess(source: string, file: VFile): string {
        const page = file.data.path ?? file.path;
        const result = expandMdxIncludes(source, page, { options, pattern, fs: files, projectDir, roots });
        return applyExpansion(file, page, result, { ruleId: 'mdx-include', name: 'mdx_include' });
      },
    };
  };
}
