/**
 * Builds the unified processor for one renderer from mkdocs.yml's `markdown_extensions`.
 *
 * Every layer runs in registry order (extensions/index.ts, where each constraint is commented),
 * never in mkdocs.yml order:
 * - source pre-passes (snippets, then critic) run before any parsing;
 * - core's Python-Markdown block rules come first among the remark passes, then md_in_html
 *   parses `<div markdown>` content so every later pass sees it; attr_list runs after emoji
 *   and def_list, and abbr after attr_list, as Python-Markdown's treeprocessors do;
 * - rehype passes run after raw HTML is re-parsed, toc last among extensions, then our link
 *   pass (core/collect.ts) so it sees the final ids and hrefs; passes that read the final markup
 *   (`rehypeLast`: the typeset plugin's heading HTML) come after that.
 */
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Handlers } from 'mdast-util-to-hast';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import type { VFile } from 'vfile';
import { BUILT_IN, canonicalName, CORE_EMPHASIS_SLOT, EXTENSIONS, EXTRA_MEMBERS, MKDOCS_BUILTINS, PYMDOWN_EXTRA_MEMBERS } from './extensions/index.ts';
import { pieceStarts as cutPoints } from './core/chunked-parse.ts';
import { rehypeCollect } from './core/collect.ts';
import { remarkPageDefinitions } from './core/page-definitions.ts';
import { rehypeRawWhereNeeded } from './core/raw-when-needed.ts';
import { directiveAliases } from './extensions/directives/index.ts';
import { pythonEmphasisPasses } from './core/emphasis.ts';
import { remarkReferencesInReferences } from './core/reference-in-reference.ts';
import { noFencedCode, pythonInlineCode } from './core/code.ts';
import { pythonText } from './core/line-ending.ts';
import { rehypePythonMarkdown, remarkPythonMarkdown } from './core/python-markdown.ts';
import type { ExtensionContext, ExtensionSpec, MarkdownExtension, RendererOptions } from './types.ts';

export interface Pipeline {
  readonly processor: ReturnType<typeof createProcessor>;
  readonly preprocess: ReadonlyArray<(source: string, file: VFile) => string>;
  /** Where a page (its expanded source) is cut to be rendered in pieces (src/markdown/pieces.ts); empty: whole. */
  readonly pieceStarts: (source: string) => number[];
  /** Names from markdown_extensions we do not implement (the site warns once per name). */
  readonly unsupported: string[];
  /** Problems with the options of enabled extensions, by mkdocs.yml name (the site warns once each). */
  readonly optionWarnings: Array<{ readonly extension: string; readonly message: string }>;
}

export function buildPipeline(options: RendererOptions): Pipeline {
  const specs = new Map<string, ExtensionSpec>();
  for (const spec of options.extensions) {
    const name = canonicalName(spec.name);
    // `extra` is Python-Markdown's bundle, `pymdownx.extra` PyMdown's; their members take the
    // bundle's per-member options (keyed by the member's name, short or `markdown.extensions.x`).
    const members = name === 'extra' ? EXTRA_MEMBERS : name === 'pymdownx.extra' ? PYMDOWN_EXTRA_MEMBERS : undefined;
    if (members) {
      for (const member of members) {
        const memberOptions = spec.options[member] ?? spec.options[`markdown.extensions.${member}`];
        specs.set(member, { name: member, options: typeof memberOptions === 'object' && memberOptions !== null && !Array.isArray(memberOptions) ? { ...memberOptions } : {} });
      }
      continue;
    }
    specs.set(name, spec);
  }
  // MkDocs always adds its builtins (toc, tables, fenced_code) to markdown_extensions; when
  // mkdocs.yml lists one too, its options apply. See MKDOCS_BUILTINS in extensions/index.ts.
  // A bare renderer (the upstream test suites) is plain Python-Markdown: no builtins.
  if (options.bare !== true) for (const name of MKDOCS_BUILTINS) if (!specs.has(name)) specs.set(name, { name, options: {} });

  const enabled: MarkdownExtension[] = [];
  const unsupported: string[] = [];
  const optionWarnings: Pipeline['optionWarnings'] = [];
  for (const [name, spec] of specs) {
    if (!EXTENSIONS.has(name) && !BUILT_IN.has(name)) unsupported.push(spec.name);
  }
  // Python-Markdown has no fences of its own: without fenced_code (or superfences, which claims
  // micromark's fences too) ``` and ~~~ lines are text (`~~~a~ b~~` is tilde's).
  if (!specs.has('fenced_code') && !specs.has('pymdownx.superfences')) enabled.push({ micromark: [noFencedCode], pieces: true });
  // Registry order, not mkdocs.yml order: see the constraints above.
  for (const [name, factory] of EXTENSIONS) {
    // Core's emphasis passes go where Python-Markdown's priorities put them (see CORE_EMPHASIS_SLOT);
    // pymdownx.betterem replaces them with its own.
    if (name === CORE_EMPHASIS_SLOT && !specs.has('pymdownx.betterem')) enabled.push({ remark: pythonEmphasisPasses({ legacyUnderscore: specs.has('legacy_em') }), pieces: true });
    const spec = specs.get(name);
    if (!spec) continue;
    const context: ExtensionContext = {
      renderer: options,
      options: spec.options,
      has: (other) => specs.has(canonicalName(other)),
      optionsOf: (other) => specs.get(canonicalName(other))?.options,
      indexOf: (other) => options.extensions.findIndex((listed) => canonicalName(listed.name) === canonicalName(other)),
    };
    const extension = factory(context);
    for (const message of extension.optionWarnings ?? []) optionWarnings.push({ extension: spec.name, message });
    enabled.push(extension);
  }
  // Without fenced_code or superfences (a bare renderer only: MkDocs always adds fenced_code),
  // Python-Markdown has no fenced blocks: a ``` line is the start of a code span.
  if (!specs.has('fenced_code') && !specs.has('pymdownx.superfences')) enabled.push({ micromark: [noFencedCode], pieces: true });
  // Always on, whatever mkdocs.yml says: `:::note` / `:::details` containers as aliases of the
  // enabled admonition / details (only names those handle are even tokenized; `10:30` stays text).
  if (options.bare !== true) enabled.push(directiveAliases({ admonition: specs.has('admonition'), details: specs.has('pymdownx.details') }));

  const micromarkExtensions: MicromarkExtension[] = [];
  const fromMarkdownExtensions: FromMarkdownExtension[] = [];
  const remarkPlugins: PluggableList = [];
  const rehypePlugins: PluggableList = [];
  // Core's handlers first; an extension's handler for the same node type replaces it.
  const handlers: Handlers = { inlineCode: pythonInlineCode, text: pythonText };
  const afterToc: PluggableList = [];
  const last: PluggableList = [];
  const preprocess: Array<(source: string, file: VFile) => string> = [];
  for (const extension of enabled) {
    if (extension.preprocess) preprocess.push(extension.preprocess);
    micromarkExtensions.push(...(extension.micromark ?? []));
    fromMarkdownExtensions.push(...(extension.fromMarkdown ?? []));
    remarkPlugins.push(...(extension.remark ?? []));
    rehypePlugins.push(...(extension.rehype ?? []));
    afterToc.push(...(extension.rehypeAfterToc ?? []));
    last.push(...(extension.rehypeLast ?? []));
    Object.assign(handlers, extension.handlers);
  }

  // toc is the last extension in the registry: passes that read its heading ids come after it.
  rehypePlugins.push(...afterToc);
  const processor = createProcessor(options, { enabledNames: [...specs.keys()], micromarkExtensions, fromMarkdownExtensions, remarkPlugins, rehypePlugins, lastPlugins: last, handlers });
  // Core's passes keep their page state per file; each enabled extension says whether its do.
  const pieceTests = enabled.map((extension) => extension.pieces);
  const pieceStarts = (source: string): number[] =>
    pieceTests.every((test) => test === true || (test !== undefined && test(source))) ? cutPoints(source, options.pieceChars) : [];
  return { processor, preprocess, pieceStarts, unsupported, optionWarnings };
}

interface Layers {
  /** The enabled extensions' canonical names, bundles (`extra`, `pymdownx.extra`) as their members. */
  readonly enabledNames: readonly string[];
  readonly micromarkExtensions: MicromarkExtension[];
  readonly fromMarkdownExtensions: FromMarkdownExtension[];
  readonly remarkPlugins: PluggableList;
  readonly rehypePlugins: PluggableList;
  /** Passes that read the final markup (the typeset plugin's heading HTML): after the link pass. */
  readonly lastPlugins: PluggableList;
  readonly handlers: Handlers;
}

function createProcessor(options: RendererOptions, layers: Layers) {
  const { enabledNames, micromarkExtensions, fromMarkdownExtensions, remarkPlugins, rehypePlugins, lastPlugins, handlers } = layers;
  return unified()
    .use(remarkParse)
    .data('micromarkExtensions', micromarkExtensions)
    .data('fromMarkdownExtensions', fromMarkdownExtensions)
    // Python-Markdown's block rules where they differ from CommonMark; first, so extensions see them.
    // Bundles count as their members: `pymdownx.extra` brings superfences' fence rules and md_in_html.
    .use(remarkPythonMarkdown, { extensions: enabledNames, pieceChars: options.pieceChars })
    .use(remarkPlugins)
    .use(remarkReferencesInReferences)
    // A page rendered in pieces: each piece links through the definitions of those before it.
    .use(remarkPageDefinitions)
    .use(remarkRehype, { allowDangerousHtml: true, handlers })
    // Raw HTML blocks are re-parsed so rehype transforms (ids, links) see their elements.
    .use(rehypeRawWhereNeeded)
    // Core rules that only show in hast (Python-Markdown's tight list items); before extensions.
    .use(rehypePythonMarkdown)
    .use(rehypePlugins)
    .use(rehypeCollect, options)
    .use(lastPlugins)
    // allowParseErrors and allowDangerousCharacters: attribute names and values are escaped no more
    // than HTML needs (`'` and a name's `"` stay), as Python-Markdown passes raw HTML through and
    // its serializer escapes only `&`, `<`, `>` and `"` (`<div a="b", c>` keeps its odd `b",` name).
    .use(rehypeStringify, { allowDangerousHtml: true, allowParseErrors: true, allowDangerousCharacters: true });
}
