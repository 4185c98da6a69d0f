/**
 * The Markdown renderer: a pure function of its options and the page source.
 *
 * ```ts
 * const renderer = createRenderer({ extensions: [{ name: 'admonition', options: {} }], projectDir, docsDir });
 * renderer.render({ path: 'index.md', value: '!!! note\n    Hi' }).html
 * // '<div class="admonition note">\n<p class="admonition-title">Note</p>\n<p>Hi</p>\n</div>'
 * ```
 */
import type { VFile } from 'vfile';
import { PieceMismatch } from './core/page-state.ts';
import { buildPipeline } from './pipeline.ts';
import { renderPage, type PageHtml } from './pieces.ts';
import { preparePage } from './prepare.ts';
// Declares file.data.sourceMap (set by pymdownx.snippets).
import type {} from './extensions/snippets/source-map.ts';
import type { RenderInput, RenderMessage, RenderResult, RendererOptions, TocEntry } from './types.ts';

export type * from './types.ts';
// The site shares one icon index between the renderer and the theme's icons, and watches the
// folders extensions read (custom icons, snippet base paths): it gets both from here, never
// from an extension's files (ARCHITECTURE.md: the public API is this file).
export { createIconIndex, type IconIndex } from './extensions/emoji/icon-index.ts';
export { customIconDirs } from './extensions/emoji/index.ts';
export { snippetsOptions } from './extensions/snippets/options.ts';
export { MARKDOWN_EXEC_LANGUAGES } from './extensions/superfences/markdown-exec.ts';
export { includeBasePaths } from './extensions/markdown-include/base-paths.ts';
// The tags plugin slugs tag names with the functions toc's `slugify` option can name.
export { pymdownSlugify, slugFunction, type Slugify } from './extensions/toc/slugs.ts';
// Pages made of several renders (notebook cells) keep their ids unique as toc does.
export { unique as uniqueId } from './extensions/toc/slugify.ts';
// The blog plugin reads each post's front matter before rendering (its URL comes from its date and title).
export { splitFrontMatter } from './core/front-matter.ts';
// Titles written as HTML become text as a browser reads them (the theme's `<title>`, src/theme/title-html.ts).
export { decodeAttributeReferences as decodeCharacterReferences } from './core/entity-values.ts';
// The mkdocs-jupyter plugin highlights notebook code cells, which no page's Markdown holds.
export { createCodeHighlighter, type CodeHighlighter } from './highlight/code.ts';

declare module 'vfile' {
  interface DataMap {
    /** Lines (0-based, of the expanded source) whose tabs NormalizeWhitespace keeps. */
    keepTabLines: ReadonlySet<number>;
    /** Absolute paths of the files a page includes (pymdownx.snippets). */
    includes: string[];
    toc: TocEntry[];
    meta: Record<string, unknown>;
  }
}

export interface Renderer {
  render(input: RenderInput): RenderResult;
  /** markdown_extensions entries we do not implement. */
  readonly unsupported: readonly string[];
  /** Problems with enabled extensions' options (an option we do not support...), by mkdocs.yml name. */
  readonly optionWarnings: ReadonlyArray<{ readonly extension: string; readonly message: string }>;
}

export function createRenderer(options: RendererOptions): Renderer {
  const pipeline = buildPipeline(options);
  return {
    unsupported: pipeline.unsupported,
    optionWarnings: pipeline.optionWarnings,
    render(input) {
      let page = preparePage(pipeline, options, input);
      const render = (file: VFile, starts: readonly number[]): PageHtml => {
        try {
          return renderPage(pipeline.processor, file, starts, { afterPiece: options.afterPiece, bytesFrom: options.htmlBytesFrom });
        } catch (cause) {
          if (cause instanceof PieceMismatch) throw cause;
          // Parsing never takes the site down: report and render nothing for this page.
          const reason = cause instanceof Error ? cause.message : String(cause);
          const message = file.message(`could not render this page: ${reason}`, { ruleId: 'render', ...(cause instanceof Error ? { cause } : {}) });
          message.fatal = true;
          return { html: '' };
        }
      };
      let html: PageHtml;
      try {
        html = render(page.file, pipeline.pieceStarts(String(page.file.value)));
      } catch {
        // The pieces would not render as the whole page does: again, whole, on a new file (the
        // pieces' page state and messages go with the old one).
        page = preparePage(pipeline, options, input);
        html = render(page.file, []);
      }
      const { file, expandedFrom, meta } = page;
      const collected = file.data.collected ?? { ids: [], links: [], title: undefined };
      return {
        html: html.html,
        ...(html.bytes ? { htmlBytes: html.bytes } : {}),
        toc: file.data.toc ?? [],
        title: collected.title,
        meta,
        includes: file.data.includes ?? [],
        ids: collected.ids,
        // Link positions are in the expanded source too: back to the page (see snippets' SourceMap).
        links: collected.links.map((link) => ({ ...link, ...(link.line === undefined ? {} : file.data.sourceMap?.toPage(link.line, link.column)) })),
        messages: file.messages.map((m, index): RenderMessage => {
          // Positions in the expanded source go back to the page line, or to the include file
          // and its chain for a line inside `--8<--` included text.
          const mapped = index >= expandedFrom && m.line != null ? file.data.sourceMap?.resolve(m.line, m.column ?? undefined) : undefined;
          const included = mapped?.included === true ? mapped : undefined;
          return {
            severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
            message: included ? `${m.reason} (at ${included.chain})` : m.reason,
            file: included?.file ?? (typeof m.file === 'string' && m.file !== '' ? m.file : input.path),
            line: mapped?.line ?? m.line ?? undefined,
            column: mapped ? mapped.column : m.column ?? undefined,
            ruleId: m.ruleId ?? undefined,
          };
        }),
      };
    },
  };
}
