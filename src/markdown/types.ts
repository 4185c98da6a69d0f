/**
 * The renderer's contract. Nothing here (or anywhere under src/markdown) imports Astro:
 * the site build and the tests drive exactly the same `createRenderer`.
 */
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Handlers } from 'mdast-util-to-hast';
import type { PluggableList } from 'unified';
import type { VFile } from 'vfile';
import type { ExtensionSpec } from '../shared/extension-specs.ts';
import type { Message } from '../shared/message.ts';
import type { IconIndex } from './extensions/emoji/icon-index.ts';
import type { PythonLookup } from '../python/collection.ts';

// The spec type lives in src/shared (src/config reads it from mkdocs.yml); part of the renderer's API.
export type { ExtensionSpec };

/** What the site tells the renderer about where it runs. All paths are absolute. */
export interface RendererOptions {
  readonly extensions: readonly ExtensionSpec[];
  /** The folder holding mkdocs.yml: snippets' default base path and custom_icons resolve from it. */
  readonly projectDir: string;
  /** docs_dir, absolute. */
  readonly docsDir: string;
  /**
   * Rewrites a link found in a page (MkDocs' relative `.md` links). Returns the new href,
   * or undefined to leave the link alone. Called for `a[href]` and `img[src]`.
   */
  readonly resolveLink?: ((href: string, fromPath: string) => string | undefined) | undefined;
  /**
   * The site's files as MkDocs' `Files` holds them, for material.extensions.preview, which
   * matches a link's target file against its patterns. Without it no link is a site file.
   */
  readonly files?: DocsFiles | undefined;
  /**
   * The icon index pymdownx.emoji draws from, when the caller shares one (the site's theme uses
   * the same icons); otherwise the extension builds its own from its options.
   */
  readonly icons?: IconIndex | undefined;
  /**
   * Render as Python-Markdown's `Markdown(extensions=[...])` does outside MkDocs: no `toc`,
   * `tables` and `fenced_code` added, no front matter or MultiMarkdown meta stripped (unless
   * `meta` is listed), no `:::` container aliases. For the upstream test suites (bench/suites.ts);
   * a site never sets it.
   */
  readonly bare?: boolean | undefined;
  /**
   * How long a piece of a big page is (core/chunked-parse.ts; default 64 KiB). The HTML does not
   * depend on it: tests set it small to compare a page cut in pieces with the same page whole.
   */
  readonly pieceChars?: number | undefined;
  /**
   * Called after each piece of a big page is rendered (src/markdown/pieces.ts). The renderer
   * keeps nothing of a piece's trees, but V8 lets its heap grow to several times what is live
   * before it collects; a caller that may collect garbage (the site's render worker) does it here.
   */
  readonly afterPiece?: (() => void) | undefined;
  /**
   * From this many bytes of UTF-8, the HTML of a page cut in pieces comes back as the pieces'
   * UTF-8 (`RenderResult.htmlBytes`), and `html` is empty. The site's render worker writes a big
   * page's HTML to a file (src/site/render-process.ts): joined into one string first, it was
   * held twice there, once as the pieces' strings and once flattened for writing (a 10 MB page:
   * 80 million characters, 160 MB each as soon as one is beyond Latin-1).
   */
  readonly htmlBytesFrom?: number | undefined;
  /**
   * Material's typeset plugin is on: each ToC entry also carries its heading's rendered HTML
   * (`TocEntry.html`), for the nav and the ToC to show code, emphasis and icons as the heading does.
   */
  readonly typeset?: boolean | undefined;
  /**
   * The Python objects mkdocstrings' `::: identifier` blocks name, found in the source files on
   * its handler's paths (the site makes it: src/site/mkdocstrings.ts). Without it each block is a note.
   */
  readonly python?: PythonLookup | undefined;
}

/** The documentation files of a site, each by its docs-relative POSIX path (MkDocs' `src_uri`). */
export interface DocsFiles {
  /** A page or static file of the site (MkDocs' `files.get_file_from_path`); excluded files are none. */
  has(src: string): boolean;
  /** A page's site-relative URL as our link index writes it (`guide/`, `guide.html`, `` for the home page). */
  pageUrl(src: string): string | undefined;
  readonly useDirectoryUrls: boolean;
}

/** One heading of the page's table of contents, nested like Python-Markdown's `toc_tokens`. */
export interface TocEntry {
  readonly level: number;
  readonly id: string;
  readonly name: string;
  /**
   * The heading's inner HTML, with the typeset plugin (see extensions/toc/typeset.ts): links
   * unwrapped, the permalink dropped, ids removed. Unset for a heading named by `data-toc-label`.
   */
  readonly html?: string | undefined;
  readonly children: TocEntry[];
}

/** The build's one message shape; the renderer always knows the file (an include, or the page itself). */
export type RenderMessage = Message & { readonly file: string };

export interface RenderInput {
  /** The page's path relative to docs_dir, POSIX separators, e.g. `os/index.md`. */
  readonly path: string;
  /** The Markdown source, front matter included (the renderer strips it). */
  readonly value: string;
  /**
   * MkDocs' `on_page_markdown`: what plugins do to the page's Markdown once its front matter is
   * stripped (blank lines in its place) and before any extension sees it, e.g. the tags plugin's
   * listing directive (src/site/tags-listing.ts) or the macros plugin's templates, which read the
   * page's front matter (`meta`).
   */
  readonly pageMarkdown?: ((markdown: string, meta: Readonly<Record<string, unknown>>) => string) | undefined;
}

/** A link found on the page, for checking targets and anchors once every page is rendered. */
export interface PageLink {
  readonly href: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

export interface RenderResult {
  readonly html: string;
  /** The page's HTML as its pieces' UTF-8, in order, when it is `RendererOptions.htmlBytesFrom` bytes or more (`html` is then empty). */
  readonly htmlBytes?: readonly Uint8Array[] | undefined;
  readonly toc: TocEntry[];
  /** First H1's text, if any (MkDocs' title order: nav, front matter, first H1, file name). */
  readonly title: string | undefined;
  /** Front matter / MultiMarkdown meta. */
  readonly meta: Record<string, unknown>;
  /** Absolute paths of the other files the page was made of (`--8<--` includes, `auto_append`). */
  readonly includes: string[];
  /** Absolute paths a snippet was looked for at and not found: the page changes once a file is there (pymdownx.snippets). */
  readonly absent?: readonly string[] | undefined;
  /** Every id in the rendered HTML (anchor targets). */
  readonly ids: string[];
  readonly links: PageLink[];
  readonly messages: RenderMessage[];
}

/** Shared state an extension may use; one per renderer, never module-level. */
export interface ExtensionContext {
  readonly renderer: RendererOptions;
  /** The options of this extension as written in mkdocs.yml. */
  readonly options: Readonly<Record<string, unknown>>;
  /** True when another extension is enabled (some markup depends on it, e.g. attr_list). */
  has(name: string): boolean;
  /** Options of another enabled extension. */
  optionsOf(name: string): Readonly<Record<string, unknown>> | undefined;
  /**
   * Where mkdocs.yml's `markdown_extensions` lists an extension (-1: not listed). Python-Markdown
   * loads them in that order, and a later one replaces an earlier one's processors of the same name.
   */
  indexOf(name: string): number;
}

/**
 * One MkDocs Markdown extension, split by layer. `pipeline.ts` concatenates the layers
 * of every enabled extension in a fixed, commented order.
 */
export interface MarkdownExtension {
  /**
   * What is wrong with this extension's options in mkdocs.yml (an option we do not support, a
   * value of the wrong type); the site reports each once, at the extension's entry.
   */
  readonly optionWarnings?: readonly string[] | undefined;
  /** Line-based source pre-pass (pymdownx.snippets, markdown_include, mdx_include, critic, meta). */
  readonly preprocess?: ((source: string, file: VFile) => string) | undefined;
  readonly micromark?: readonly MicromarkExtension[] | undefined;
  readonly fromMarkdown?: readonly FromMarkdownExtension[] | undefined;
  /** mdast transforms (unified plugins), run after parsing. */
  readonly remark?: PluggableList | undefined;
  /** mdast -> hast handlers for this extension's node types. */
  readonly handlers?: Handlers | undefined;
  /** hast transforms, run after remark-rehype. */
  readonly rehype?: PluggableList | undefined;
  /**
   * hast transforms that must see toc's heading ids, run after every `rehype` pass (Python
   * treeprocessors with a priority below toc's 5, e.g. tab slugs at 4).
   */
  readonly rehypeAfterToc?: PluggableList | undefined;
  /** hast passes that must see the page's final markup, links resolved (after core/collect.ts). */
  readonly rehypeLast?: PluggableList | undefined;
  /**
   * A big page may be rendered in pieces while this extension is on (src/markdown/pieces.ts):
   * its passes keep what they know of the whole page per file (core/page-state.ts). `true`, or a
   * test of the page's expanded source (false: this page needs to be whole, e.g. abbreviations
   * defined anywhere apply everywhere). Unset: every page is rendered whole.
   */
  readonly pieces?: true | ((source: string) => boolean) | undefined;
}

export type ExtensionFactory = (context: ExtensionContext) => MarkdownExtension;
