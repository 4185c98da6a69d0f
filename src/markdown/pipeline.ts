/**
 * Builds the unified processor for one renderer from mkdocs.yml's `markdown_extensions`.
 *
 * Order constraints (each commented where it matters):
 * - micromark extensions are combined in registry order; container constructs (admonition,
 *   details, tabbed) must come before md_in_html so their markers win at line start.
 * - remark transforms run in registry order: snippets are already inlined (pre-pass), abbr and
 *   emoji run over text nodes after attr_list has taken `{...}` off them.
 * - rehype transforms run in registry order, then our own link pass runs last so it sees the
 *   final ids (toc) and final hrefs.
 */
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Handlers } from 'mdast-util-to-hast';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import type { VFile } from 'vfile';
import { canonicalName, EXTENSIONS } from './extensions/index.ts';
import { rehypeCollect } from './core/collect.ts';
import { remarkPythonMarkdown } from './core/python-markdown.ts';
import type { ExtensionContext, ExtensionSpec, MarkdownExtension, RendererOptions } from './types.ts';

export interface Pipeline {
  readonly processor: ReturnType<typeof createProcessor>;
  readonly preprocess: ReadonlyArray<(source: string, file: VFile) => string>;
  /** Names from markdown_extensions we do not implement (the site warns once per name). */
  readonly unsupported: string[];
}

export function buildPipeline(options: RendererOptions): Pipeline {
  const specs = new Map<string, ExtensionSpec>();
  for (const spec of options.extensions) specs.set(canonicalName(spec.name), spec);

  const enabled: MarkdownExtension[] = [];
  const unsupported: string[] = [];
  for (const [name, spec] of specs) {
    if (!EXTENSIONS.has(name)) unsupported.push(spec.name);
  }
  // Registry order, not mkdocs.yml order: see the constraints above.
  for (const [name, factory] of EXTENSIONS) {
    const spec = specs.get(name);
    if (!spec) continue;
    const context: ExtensionContext = {
      renderer: options,
      options: spec.options,
      has: (other) => specs.has(canonicalName(other)),
      optionsOf: (other) => specs.get(canonicalName(other))?.options,
    };
    enabled.push(factory(context));
  }

  const micromarkExtensions: MicromarkExtension[] = [];
  const fromMarkdownExtensions: FromMarkdownExtension[] = [];
  const remarkPlugins: PluggableList = [];
  const rehypePlugins: PluggableList = [];
  const handlers: Handlers = {};
  const preprocess: Array<(source: string, file: VFile) => string> = [];
  for (const extension of enabled) {
    if (extension.preprocess) preprocess.push(extension.preprocess);
    micromarkExtensions.push(...(extension.micromark ?? []));
    fromMarkdownExtensions.push(...(extension.fromMarkdown ?? []));
    remarkPlugins.push(...(extension.remark ?? []));
    rehypePlugins.push(...(extension.rehype ?? []));
    Object.assign(handlers, extension.handlers);
  }

  const processor = createProcessor(options, { micromarkExtensions, fromMarkdownExtensions, remarkPlugins, rehypePlugins, handlers });
  return { processor, preprocess, unsupported };
}

interface Layers {
  readonly micromarkExtensions: MicromarkExtension[];
  readonly fromMarkdownExtensions: FromMarkdownExtension[];
  readonly remarkPlugins: PluggableList;
  readonly rehypePlugins: PluggableList;
  readonly handlers: Handlers;
}

function createProcessor(options: RendererOptions, layers: Layers) {
  const { micromarkExtensions, fromMarkdownExtensions, remarkPlugins, rehypePlugins, handlers } = layers;
  return unified()
    .use(remarkParse)
    .data('micromarkExtensions', micromarkExtensions)
    .data('fromMarkdownExtensions', fromMarkdownExtensions)
    // Python-Markdown's block rules where they differ from CommonMark; first, so extensions see them.
    .use(remarkPythonMarkdown)
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true, handlers })
    // Raw HTML blocks are re-parsed so rehype transforms (ids, links) see their elements.
    .use(rehypeRaw)
    .use(rehypePlugins)
    .use(rehypeCollect, options)
    .use(rehypeStringify, { allowDangerousHtml: true });
}
