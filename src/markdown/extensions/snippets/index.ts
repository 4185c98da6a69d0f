/**
 * pymdownx.snippets: `--8<-- "includes/x.md"` inlines a file before Markdown parsing.
 *
 * ```md
 * --8<-- "includes/note.md"        ->   (the lines of includes/note.md)
 * ```
 * The expanded page keeps a source map in `file.data.sourceMap`; src/markdown/index.ts uses it to
 * point later messages at the include file and line (`includes/x.md:3 included from a.md:12`).
 */
import type { VFile } from 'vfile';
import type { ExtensionFactory } from '../../types.ts';
import { expandSnippets, type SnippetDiagnostic } from './expand.ts';
import { snippetsOptions } from './options.ts';
import { cachingFileSystem, nodeFileSystem, type SnippetFileSystem } from './resolve.ts';
import { describeOrigin, SourceMap, throughEarlier } from './source-map.ts';

/** The factory; `fs` is for tests. */
export function snippets(fs: SnippetFileSystem = nodeFileSystem): ExtensionFactory {
  return (context) => {
    const options = snippetsOptions(context.options, context.renderer.projectDir);
    const files = cachingFileSystem(fs);
    return {
      preprocess(source: string, file: VFile): string {
        const page = file.data.path ?? file.path;
        const result = expandSnippets(source, page, { options, fs: files, projectDir: context.renderer.projectDir });
        // An earlier include pre-pass (markdown_include, mdx_include) may have expanded the page already.
        const earlier = file.data.sourceMap;
        file.data.sourceMap = new SourceMap(throughEarlier(result.origins, page, earlier));
        file.data.includes = [...new Set([...(file.data.includes ?? []), ...result.files])];
        file.data.absent = [...new Set([...(file.data.absent ?? []), ...(result.absent ?? [])])];
        for (const diagnostic of result.diagnostics) report(file, { ...diagnostic, origin: throughEarlier([diagnostic.origin], page, earlier)[0] ?? diagnostic.origin });
        return result.lines.join('\n');
      },
    };
  };
}

function report(file: VFile, diagnostic: SnippetDiagnostic): void {
  const { origin } = diagnostic;
  const where = origin.from ? ` (at ${describeOrigin(origin)})` : '';
  const message = file.message(`${diagnostic.reason}${where}`, {
    place: { line: origin.line, column: origin.indent + 1 },
    ruleId: 'snippets',
    source: 'pymdownx.snippets',
  });
  // The position is already in the include file's coordinates (this runs before expansion is parsed).
  message.file = origin.file;
  message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined;
}
