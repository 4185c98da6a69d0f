/**
 * The one way unit tests render Markdown: a fresh renderer per call (so no test sees another's
 * per-renderer state), a page path, and optionally the HTML normalized for comparison. Test
 * files keep a one-line `render` of their own only to fix their defaults, for example
 * `renderHtml('*a*', [ext('def_list')])` -> `<p><em>a</em></p>`.
 */
import { createRenderer } from '../../src/markdown/index.ts';
import type { ExtensionSpec, RenderResult } from '../../src/markdown/index.ts';
import { normalizeHtml } from './normalize-html.ts';

export interface RenderOptions {
  /** The folder holding mkdocs.yml; snippets and custom icons resolve from it. */
  readonly projectDir?: string;
  /** docs_dir; defaults to projectDir. */
  readonly docsDir?: string;
  /** Python-Markdown outside MkDocs: no implied toc/tables/fenced_code. */
  readonly bare?: boolean;
  /** The page's docs-relative path, for messages and per-page numbering. */
  readonly path?: string;
}

/** An extension as mkdocs.yml lists it: `ext('toc', { permalink: true })`. */
export function ext(name: string, options: Record<string, unknown> = {}): ExtensionSpec {
  return { name, options };
}

/** Renders one page with the given extensions; returns the HTML and the messages. */
export function renderPage(value: string, extensions: readonly ExtensionSpec[], options: RenderOptions = {}): RenderResult {
  const projectDir = options.projectDir ?? '/nonexistent';
  const renderer = createRenderer({ extensions, projectDir, docsDir: options.docsDir ?? projectDir, bare: options.bare });
  return renderer.render({ path: options.path ?? 'a.md', value });
}

/** The page's HTML exactly as rendered (byte-for-byte comparisons). */
export function renderHtml(value: string, extensions: readonly ExtensionSpec[], options: RenderOptions = {}): string {
  return renderPage(value, extensions, options).html;
}

/** The page's HTML normalized (whitespace between tags, attribute order) for structural comparisons. */
export function renderNormalized(value: string, extensions: readonly ExtensionSpec[], options: RenderOptions = {}): string {
  return normalizeHtml(renderHtml(value, extensions, options));
}
