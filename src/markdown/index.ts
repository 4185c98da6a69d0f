/**
 * The Markdown renderer: a pure function of its options and the page source.
 *
 * ```ts
 * const renderer = createRenderer({ extensions: [{ name: 'admonition', options: {} }], projectDir, docsDir });
 * renderer.render({ path: 'index.md', value: '!!! note\n    Hi' }).html
 * // '<div class="admonition note">\n<p class="admonition-title">Note</p>\n<p>Hi</p>\n</div>'
 * ```
 */
import { VFile } from 'vfile';
import { splitFrontMatter } from './core/front-matter.ts';
import { buildPipeline } from './pipeline.ts';
import type { RenderInput, RenderMessage, RenderResult, RendererOptions, TocEntry } from './types.ts';

export type * from './types.ts';

declare module 'vfile' {
  interface DataMap {
    toc: TocEntry[];
    meta: Record<string, unknown>;
  }
}

export interface Renderer {
  render(input: RenderInput): RenderResult;
  /** markdown_extensions entries we do not implement. */
  readonly unsupported: readonly string[];
}

export function createRenderer(options: RendererOptions): Renderer {
  const pipeline = buildPipeline(options);
  return {
    unsupported: pipeline.unsupported,
    render(input) {
      const file = new VFile({ path: input.path, value: input.value });
      file.data.path = input.path;
      const front = splitFrontMatter(input.value);
      if (front.error) file.message(front.error.message, { place: { line: front.error.line, column: 1 }, ruleId: 'front-matter' });
      file.data.meta = front.meta;
      let source = front.body;
      for (const stage of pipeline.preprocess) source = stage(source, file);
      file.value = source;
      let html = '';
      try {
        const tree = pipeline.processor.runSync(pipeline.processor.parse(file), file);
        html = pipeline.processor.stringify(tree, file);
      } catch (cause) {
        // Parsing never takes the site down: report and render nothing for this page.
        const reason = cause instanceof Error ? cause.message : String(cause);
        file.message(`could not render this page: ${reason}`, { ruleId: 'render', cause });
      }
      const collected = file.data.collected ?? { ids: [], links: [], title: undefined };
      return {
        html,
        toc: file.data.toc ?? [],
        title: collected.title,
        meta: file.data.meta,
        ids: collected.ids,
        links: collected.links,
        messages: file.messages.map((m): RenderMessage => ({
          severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
          message: m.reason,
          file: typeof m.file === 'string' && m.file !== '' ? m.file : input.path,
          line: m.line ?? undefined,
          column: m.column ?? undefined,
          ruleId: m.ruleId ?? undefined,
        })),
      };
    },
  };
}
