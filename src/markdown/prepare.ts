/**
 * A page's file before the pipeline runs: front matter off, `pageMarkdown` and the source
 * pre-passes (snippets, critic...) applied, whitespace normalized. index.ts renders from it, and
 * again from a new one when a page cannot be rendered in pieces (src/markdown/pieces.ts).
 */
import { VFile } from 'vfile';
import { splitFrontMatter, type FrontMatter } from './core/front-matter.ts';
import { normalizeWhitespace } from './core/whitespace.ts';
import type { Pipeline } from './pipeline.ts';
import type { RenderInput, RendererOptions } from './types.ts';

export interface PreparedPage {
  readonly file: VFile;
  /** Messages from this index on have positions in the expanded source (index.ts maps them back). */
  readonly expandedFrom: number;
  readonly meta: Record<string, unknown>;
}

export function preparePage(pipeline: Pipeline, options: RendererOptions, input: RenderInput): PreparedPage {
  const file = new VFile({ path: input.path, value: input.value });
  file.data.path = input.path;
  // Outside MkDocs (a bare renderer) only the `meta` extension reads page meta.
  const readsMeta = options.bare !== true || options.extensions.some((spec) => spec.name === 'meta' || spec.name === 'markdown.extensions.meta');
  const front: FrontMatter = readsMeta ? splitFrontMatter(input.value) : { meta: {}, body: input.value };
  if (front.error) file.message(front.error.message, { place: { line: front.error.line, column: 1 }, ruleId: 'front-matter' });
  file.data.meta = front.meta;
  let source = input.pageMarkdown ? input.pageMarkdown(front.body, front.meta) : front.body;
  for (const stage of pipeline.preprocess) source = stage(source, file);
  // Python-Markdown's NormalizeWhitespace runs after snippets (priority 32 > 30), so included
  // text is expanded too.
  source = normalizeWhitespace(source, file.data.keepTabLines);
  file.value = source;
  return { file, expandedFrom: file.messages.length, meta: front.meta };
}
