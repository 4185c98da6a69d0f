/**
 * The renderer itself: createRenderer's pipeline and page passes. index.ts, the public API, loads
 * this module (and with it micromark, the extensions, parse5: ~400 modules) when the first
 * renderer is made, so code that only needs the API's light helpers does not load it.
 */
import type { VFile } from 'vfile';
import { PieceMismatch } from './core/page-state.ts';
import { buildPipeline } from './pipeline.ts';
import { renderPage, type PageHtml } from './pieces.ts';
import { preparePage } from './prepare.ts';
// Declares file.data.sourceMap (set by pymdownx.snippets).
import type {} from './extensions/snippets/source-map.ts';
import type { RenderMessage, RendererOptions, TocEntry } from './types.ts';
import type { Renderer } from './index.ts';

declare module 'vfile' {
  interface DataMap {
    /** Lines (0-based, of the expanded source) whose tabs NormalizeWhitespace keeps. */
    keepTabLines: ReadonlySet<number>;
    /** Absolute paths of the files a page includes (pymdownx.snippets). */
    includes: string[];
    /** Absolute paths a snippet the page includes was looked for at and not found (pymdownx.snippets). */
    absent: string[];
    toc: TocEntry[];
    meta: Record<string, unknown>;
  }
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
        absent: file.data.absent ?? [],
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
