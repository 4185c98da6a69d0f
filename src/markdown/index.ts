/**
 * The Markdown renderer: a pure function of its options and the page source.
 *
 * ```ts
 * const renderer = createRenderer({ extensions: [{ name: 'admonition', options: {} }], projectDir, docsDir });
 * renderer.render({ path: 'index.md', value: '!!! note\n    Hi' }).html
 * // '<div class="admonition note">\n<p class="admonition-title">Note</p>\n<p>Hi</p>\n</div>'
 * ```
 */
import { createRequire } from 'node:module';
import type * as RendererModule from './renderer.ts';
import type * as HighlightModule from './highlight/code.ts';
import type { RenderInput, RenderResult, RendererOptions } from './types.ts';

export type * from './types.ts';
// The site shares one icon index between the renderer and the theme's icons, and watches the
// folders extensions read (custom icons, snippet base paths): it gets both from here, never
// from an extension's files (ARCHITECTURE.md: the public API is this file).
export { createIconIndex, type IconIndex } from './extensions/emoji/icon-index.ts';
export { customIconDirs } from './extensions/emoji/custom-icons.ts';
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
export type { CodeHighlighter } from './highlight/code.ts';

export interface Renderer {
  render(input: RenderInput): RenderResult;
  /** markdown_extensions entries we do not implement. */
  readonly unsupported: readonly string[];
  /** Problems with enabled extensions' options (an option we do not support...), by mkdocs.yml name. */
  readonly optionWarnings: ReadonlyArray<{ readonly extension: string; readonly message: string }>;
}

/**
 * The renderer's own modules (micromark, the extensions, Pygments' lexers, parse5: ~400) are
 * loaded when the first renderer or highlighter is made (require of an ES module, synchronous
 * since Node 22.12), not with this API: the site's stages import it for its helpers, and a cold
 * build loaded the whole renderer in its main process before it could hand its pages to the
 * render worker, which renders them.
 */
const load = createRequire(import.meta.url);

/** Loads the renderer's modules now: a render worker does while it waits for its pages. */
export function preloadRenderer(): void {
  load('./renderer.ts');
}

export function createRenderer(options: RendererOptions): Renderer {
  return (load('./renderer.ts') as typeof RendererModule).createRenderer(options);
}

// The mkdocs-jupyter plugin highlights notebook code cells, which no page's Markdown holds.
export function createCodeHighlighter(...args: Parameters<typeof HighlightModule.createCodeHighlighter>): HighlightModule.CodeHighlighter {
  return (load('./highlight/code.ts') as typeof HighlightModule).createCodeHighlighter(...args);
}
