/**
 * What drawing one `:::` block needs: the merged options, the Python objects, Markdown
 * conversion for docstring text (through the page's own extensions, see markdown.ts) and the
 * page's code highlighter (see highlight.ts).
 */
import type { ElementContent } from 'hast';
import type { Found, PythonLookup } from '../../../../python/collection.ts';
import type { HandlerOptions } from '../options.ts';
import type { Highlighter } from './highlight.ts';

/** The collection's part the renderer uses (tests pass their own). */
export type PythonObjects = PythonLookup;

export interface RenderContext {
  readonly options: HandlerOptions;
  readonly python: PythonObjects;
  /** Docstring Markdown → its HTML, rendered as the page's Markdown is (block content). */
  readonly markdown: (text: string) => ElementContent[];
  /** The same, one paragraph's content only (an admonition's title). */
  readonly inlineMarkdown: (text: string) => ElementContent[];
  readonly highlight: Highlighter;
  /** The folder mkdocs.yml is in: source files are named relative to it, as griffe's `relative_filepath`. */
  readonly projectDir: string;
}

/** An object to draw: what it is, the path it is documented under, the module whose source defines it. */
export type Documented = Pick<Found, 'object' | 'path' | 'module'>;
