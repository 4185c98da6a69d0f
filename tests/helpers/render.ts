/**
 * The one way unit tests render Markdown: a fresh renderer per call (so no test sees another's
 * per-renderer state), a page path, and optionally the HTML normalized for comparison. Test
 * files keep a one-line `render` of their own only to fix their defaults, for example
 * `renderHtml('*a*', [ext('def_list')])` -> `<p><em>a</em></p>`.
 */
import { createRenderer } from '../../src/markdown/index.ts';
import type { ExtensionSpec, RenderResult, RendererOptions } from '../../src/markdown/index.ts';
import { normalizeHtml } from './normalize-html.ts';

/**
 * Any of the renderer's own options (the site's files for material.extensions.preview, a Python
 * collection for mkdocstrings, `bare` for Python-Markdown outside MkDocs, ...) and the page.
 * projectDir (the folder holding mkdocs.yml, where snippets and custom icons resolve) defaults to
 * a folder that does not exist, docsDir to projectDir.
 */
export interface RenderOptions extends Partial<Omit<RendererOptions, 'extensions'>> {
  /** The page's docs-relative path, for messages and per-page numbering; `a.md` by default. */
  readonly path?: string;
}

/** An extension as mkdocs.yml lists it: `ext('toc', { permalink: true })`. */
export function ext(name: string, options: Record<string, unknown> = {}): ExtensionSpec {
  return { name, options };
}

/** Renders one page with the given extensions; returns the HTML and the messages. */
export function renderPage(value: string, extensions: readonly ExtensionSpec[], options: RenderOptions = {}): RenderResult {
  const { path = 'a.md', projectDir = '/nonexistent', docsDir = projectDir, ...rendererOptions } = options;
  return createRenderer({ ...rendererOptions, extensions, projectDir, docsDir }).render({ path, value });
}

/** The page's HTML exactly as rendered (byte-for-byte comparisons). */
export function renderHtml(value: string, extensions: readonly ExtensionSpec[], options: RenderOptions = {}): string {
  return renderPage(value, extensions, options).html;
}

/** The page's HTML normalized (whitespace between tags, attribute order) for structural comparisons. */
export function renderNormalized(value: string, extensions: readonly ExtensionSpec[], options: RenderOptions = {}): string {
  return normalizeHtml(renderHtml(value, extensions, options));
}
