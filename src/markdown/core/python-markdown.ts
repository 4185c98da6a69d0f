/**
 * Python-Markdown's block rules where they differ from CommonMark and real content depends
 * on them. Each deliberate difference is listed in src/markdown/README.md.
 *
 * Parsing differences are micromark constructs swapped in through the processor's
 * `micromarkExtensions` (as remark-gfm does); what only shows in the output (per-item list
 * looseness, no `start` on ordered lists, URLs, lone HTML tags) is one mdast walk plus
 * `rehypePythonMarkdown`.
 */
import type { Definition, ImageReference, LinkReference, List, Root } from 'mdast';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Processor } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { pythonBlockQuoteExtension } from './blockquote-lazy.ts';
import { leavesTagsOpen, parseInPieces, parseSlice, pieceStarts } from './chunked-parse.ts';
import { PageState, PieceMismatch } from './page-state.ts';
import { glossaryTailStart, memoizedTailParse } from './glossary-tail.ts';
import { warnContainerLimit } from './depth.ts';
import { mergeAdjacentBlockquotes } from './blockquote.ts';
import { joinListsAcrossDefinitions } from './list-across-definitions.ts';
import { codeSpansInInlineHtml, noFencedCode, stripCodeSpan, stripIndentedCodeChunks } from './code.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { reparseUnclosedFence, type UnclosedFenceRule } from './unfenced.ts';
import { noMicromarkEmphasis } from './emphasis.ts';
import { escapableCharacters, pythonEscapeExtension } from './escape.ts';
import { pythonTextAfterFenceExtension } from './text-after-fence.ts';
import { pythonFenceCloseExtension } from './fence-close.ts';
import { pythonDefinitionExtension } from './definition.ts';
import { pythonHeadingAtxExtension } from './heading-atx.ts';
import { definitionIds, pythonLabelEndExtension } from './label-end.ts';
import { linearEditMaps } from './edit-map.ts';
import { hasMarkdownAttribute, splitFencesInRawHtml } from './html-fences.ts';
import { fencePasses } from './indented-fences.ts';
import { commentSpans } from './html-comments.ts';
import { pythonHtmlFlowExtension, type CommentSpans } from './html-flow.ts';
import { pythonHtmlTextExtension } from './html-text.ts';
import { pythonLineEndingExtension } from './line-ending.ts';
import { pythonEntityExtension } from './entity.ts';
import { pythonEntityFromMarkdown } from './entity-values.ts';
import { pythonCodeSpanExtension } from './code-span.ts';
import { pythonAutolinkExtension } from './autolink.ts';
import { cleanTitle, hideMailtoScheme } from './inline.ts';
import { isIndentedContainer, markListLooseness, rehypeUnwrapTight } from './list-looseness.ts';
import { pythonLooseBracketExtension } from './loose-bracket.ts';
import { pythonListExtension } from './list.ts';
import { markOpenTags, markRawTags } from './raw-tags.ts';
import { pythonSetextExtension } from './setext.ts';
import { pythonThematicBreakExtension } from './thematic-break.ts';
import { joinIndentedRawBlocks, splitRawBlockTails, unwrapLoneBlockHtml, type ParseTail } from './lone-html.ts';
import { definitionAsWritten, keepReferenceUrlsAsWritten, keepUrlAsWritten } from './urls.ts';
import { revertEnclosedShortcuts } from './undefined-reference.ts';
import { walkMdast } from './walk.ts';
import { applyQuoteTails, findQuoteTails } from './quote-tail.ts';

/**
 * Names of the block constructs core swaps in, with the CommonMark ones they replace: switching
 * all of them off leaves only paragraphs (md_in_html's span mode).
 */
export const BLOCK_CONSTRUCT_NAMES: readonly string[] = [
  'blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'htmlFlow', 'list', 'setextUnderline', 'thematicBreak',
  'pythonMarkdownList', 'pythonMarkdownBlockQuote', 'pythonMarkdownHtmlFlow', 'pythonMarkdownHtmlBreak', 'pythonMarkdownSetextUnderline',
  'pythonMarkdownHeadingAtx', 'pythonMarkdownDefinition', 'pythonMarkdownThematicBreak',
  // Extensions' replacements of core constructs (pymdownx.saneheaders) and their block
  // processors that span mode must not run (pymdownx.arithmatex's math blocks).
  'saneHeadingAtx', 'arithmatexBlock',
  // Core's fences in place of micromark's (core/fence-close.ts).
  'pythonMarkdownCodeFenced',
];

export interface PythonMarkdownOptions {
  /** Enabled markdown_extensions (canonical names): some make more characters escapable. */
  readonly extensions?: readonly string[] | undefined;
  /** The size of the pieces a big page is parsed in (RendererOptions.pieceChars). */
  readonly pieceChars?: number | undefined;
}

export function remarkPythonMarkdown(this: Processor, options: PythonMarkdownOptions = {}) {
  // Before micromark parses anything: containers closed by lines that start a new block would
  // otherwise cost the length of the page each (core/edit-map.ts).
  linearEditMaps();
  const data = this.data();
  const micromarkExtensions = data.micromarkExtensions ?? (data.micromarkExtensions = []);
  const escapable = escapableCharacters(options.extensions ?? []);
  // The definitions of the page being parsed, for the parts md_in_html parses on their own.
  const pageIds: { ids: string[] } = { ids: [] };
  // The page's definitions, scanned once for all of its pieces (src/markdown/pieces.ts).
  const pageDefinitions = new PageState<{ ids?: string[] }>(() => ({}));
  // Glossary tails parsed so far (core/glossary-tail.ts), by their text.
  const glossaries = new Map<string, Root>();
  // Where HTMLParser sees comments in the text being parsed (every parse: pages and fragments).
  const comments: CommentSpans = { spans: [] };
  const parse = this.parser;
  const processor = this;
  const enabled = options.extensions ?? [];
  // fenced_code is an MkDocs builtin, on unless superfences replaces it (a bare renderer without
  // either has no fences at all, so nothing to reparse).
  const fenceRule: UnclosedFenceRule = enabled.includes('pymdownx.superfences') ? 'no-fences' : 'mask';
  // A top-level fence that never closes, and the page after it (core/unfenced.ts).
  const unfenced = (tree: Node, source: string, refused?: readonly number[]): Node => {
    if (isRoot(tree)) reparseUnclosedFence(processor, tree, source, fenceRule, refused);
    return tree;
  };
  // micromark combines the extensions it is given on every parse: ~40 lists merged code by code,
  // for each page and each fragment parsed on its own (43 ms of the corpus's cold render worker).
  // Combined once here, on the first parse (every plugin has added its own by then), each parse
  // merges one. The same constructs in the same order: combineExtensions puts an extension's
  // constructs before those already merged (after them when `add: 'after'`), so merging the list
  // among itself first and then into micromark's own gives what merging each in turn gave.
  let combined = false;
  const combineOnce = (): void => {
    if (combined) return;
    combined = true;
    micromarkExtensions.splice(0, micromarkExtensions.length, combineExtensions(micromarkExtensions));
  };
  if (parse) {
    this.parser = (document, file) => {
      combineOnce();
      // A page has a path; md_in_html's and raw-block tails' fragments do not (they keep the page's).
      if (!file.path) {
        comments.spans = commentSpans(document);
        // After a fence PyMdown never closes, no fence opens; in a container's content parsed
        // again, no raw HTML block starts (core/unfenced.ts).
        const noHtml = file.data.noHtmlBlocks === true ? [{ disable: { null: ['pythonMarkdownHtmlFlow', 'pythonMarkdownHtmlBreak'] } }] : [];
        if (file.data.noFences === true) return fromMarkdown(document, { extensions: [...micromarkExtensions, noFencedCode, ...noHtml], mdastExtensions: data.fromMarkdownExtensions ?? [] });
        const refused = file.data.refusedFences ?? [];
        if (noHtml.length > 0 || refused.length > 0) {
          const extensions = [...micromarkExtensions, ...noHtml, { pythonFenceRefused: { null: [...refused] } }];
          return unfenced(fromMarkdown(document, { extensions, mdastExtensions: data.fromMarkdownExtensions ?? [] }), document, refused);
        }
        return unfenced(parse(document, file), document);
      }
      const parsePiece = (text: string): Root | undefined => {
        // Comment places are offsets in the text being parsed: each piece has its own.
        comments.spans = commentSpans(text);
        const tree = parse(text, file);
        return isRoot(tree) ? tree : undefined;
      };
      const definitions = pageDefinitions.of(file);
      pageIds.ids = definitions.ids ??= definitionIds(document);
      // One piece of a page rendered in pieces: that piece only, or the page is rendered whole.
      const piece = file.data.piece;
      if (piece) {
        if (!piece.last && leavesTagsOpen(document.slice(piece.from, piece.to))) throw new PieceMismatch(`the piece from line ${piece.line + 1} leaves a raw HTML element open`);
        const tree = parseSlice(document, piece, parsePiece);
        if (!tree) throw new PieceMismatch(`the last block of the piece from line ${piece.line + 1} runs past its end`);
        if (!definitionsKnown(tree, pageIds.ids)) throw new PieceMismatch('a reference definition the page scan does not see');
        return unfenced(tree, document);
      }
      const starts = pieceStarts(document, options.pieceChars);
      // A glossary at the page's end is one more piece, parsed once per renderer.
      const tail = glossaryTailStart(document);
      if (tail !== undefined && tail > (starts.at(-1) ?? 0)) starts.push(tail);
      const pieces = starts.length === 0 ? undefined : parseInPieces(document, starts, (text, from) =>
        from === tail ? memoizedTailParse(glossaries, text, parsePiece) : parsePiece(text));
      // A definition the page scan did not see (in a list or quote) serves only its own piece.
      if (pieces && definitionsKnown(pieces, pageIds.ids)) return unfenced(pieces, document);
      comments.spans = commentSpans(document);
      return unfenced(parse(document, file), document);
    };
  }
  // Entity references in attributes read as the browser reads Python-Markdown's raw ones.
  (data.fromMarkdownExtensions ?? (data.fromMarkdownExtensions = [])).push(pythonEntityFromMarkdown);
  micromarkExtensions.push(pythonFenceCloseExtension, pythonTextAfterFenceExtension, pythonListExtension, pythonBlockQuoteExtension, pythonHtmlFlowExtension(comments), pythonHeadingAtxExtension, pythonSetextExtension, pythonEscapeExtension(escapable), pythonLabelEndExtension(pageIds, escapable), pythonDefinitionExtension, pythonThematicBreakExtension, noMicromarkEmphasis, pythonHtmlTextExtension, pythonLineEndingExtension, pythonEntityExtension, pythonCodeSpanExtension, pythonAutolinkExtension, pythonLooseBracketExtension);
  const mdInHtml = (options.extensions ?? []).some((name) => name === 'md_in_html' || name === 'extra');
  const superfences = (options.extensions ?? []).includes('pymdownx.superfences');
  // Extensions' tests of a fence's opening line (core/fence-close.ts), for fences in raw HTML too.
  const headerTests = micromarkExtensions.flatMap((extension) => ('pythonFenceHeader' in extension ? (extension.pythonFenceHeader?.null ?? []) : []));
  // pymdownx.quotes replaces the blockquote processor with one that never continues the previous quote.
  const mergeBlockquotes = !(options.extensions ?? []).includes('pymdownx.quotes');
  // Markdown after a raw block on its line is parsed as blocks of its own (see splitRawBlockTails).
  const parseTail: ParseTail = (text) => {
    const tailFile = new VFile({ value: text });
    const tail = processor.parse(tailFile);
    if (!isRoot(tail)) return [];
    applyPythonMarkdownRules(tail, tailFile, { parseTail, mdInHtml, mergeBlockquotes });
    return tail.children;
  };
  // pymdownx.superfences finds fences before blocks, at any indent (core/indented-fences.ts).
  const fences = fencePasses(processor);
  return (tree: Root, file: VFile): undefined => {
    splitFencesInRawHtml(tree, { mdInHtml, indented: superfences, accepts: (line) => headerTests.every((accepts) => accepts(line)) });
    fences?.(tree, String(file.value));
    applyPythonMarkdownRules(tree, file, { parseTail, mdInHtml, mergeBlockquotes });
    warnContainerLimit(tree, file);
  };
}

/**
 * The mdast half of the core rules, in one walk (md_in_html applies it to the Markdown it parses).
 * `file` is the parsed source, for rules that look at the markers (`***`).
 */
export interface RuleOptions {
  /** Parses Markdown after a raw block's end on its line; without it, that text is a paragraph. */
  readonly parseTail?: ParseTail | undefined;
  /** md_in_html is on: its `markdown` blocks are not raw HTML. */
  readonly mdInHtml?: boolean | undefined;
  /** `> a\n\n> b` is one quote (Python-Markdown, the default); false with pymdownx.quotes. */
  readonly mergeBlockquotes?: boolean | undefined;
}

export function applyPythonMarkdownRules(tree: Root, file?: VFile, rules: RuleOptions = {}): void {
  const { parseTail, mdInHtml = false, mergeBlockquotes = true } = rules;
  const source = typeof file?.value === 'string' ? file.value : '';
  const definitions: Definition[] = [];
  const references: Array<LinkReference | ImageReference> = [];
  // Lists in an admonition, details or tab, whose looseness follows other rules (list-looseness.ts).
  const listsInContainers = new WeakSet<List>();
  // Before adjacent quotes are merged below.
  const quoteTails = findQuoteTails(tree, source);
  walkMdast(tree, (node, _index, parent) => {
    // Child-list rewrites happen at the parent, before its children are visited.
    if ('children' in node && !isPhrasingParent(node.type)) {
      if (mergeBlockquotes) mergeAdjacentBlockquotes(node);
      joinListsAcrossDefinitions(node);
      unwrapLoneBlockHtml(node);
      // Before a list's looseness is read below: a joined block ends its item with a blank line.
      if (node.type === 'list') for (const item of node.children) joinIndentedRawBlocks(item);
      else joinIndentedRawBlocks(node);
      splitRawBlockTails(node, parseTail, node.type === 'root' ? source : '');
    }
    switch (node.type) {
      case 'heading':
        markOpenTags(node);
        revertEnclosedShortcuts(node, source);
        break;
      case 'paragraph':
      case 'tableCell':
        revertEnclosedShortcuts(node, source);
        break;
      case 'list': {
        // A list nested in an item of such a list is in the container too.
        const inContainer = listsInContainers.has(node) || isIndentedContainer(parent, source);
        if (inContainer) for (const item of node.children) for (const child of item.children) if (child.type === 'list') listsInContainers.add(child);
        markListLooseness(node, source, undefined, inContainer);
        break;
      }
      case 'link':
        keepUrlAsWritten(node);
        hideMailtoScheme(node);
        cleanTitle(node);
        break;
      case 'image':
        keepUrlAsWritten(node);
        cleanTitle(node);
        break;
      case 'linkReference':
      case 'imageReference':
        references.push(node);
        break;
      case 'definition':
        definitionAsWritten(node);
        definitions.push(node);
        break;
      case 'inlineCode':
        stripCodeSpan(node);
        break;
      case 'html':
        // Inline HTML: Python-Markdown's backtick pattern has already run over its text.
        if (parent && isPhrasingParent(parent.type)) node.value = codeSpansInInlineHtml(node.value);
        if (!(mdInHtml && hasMarkdownAttribute(node.value))) markRawTags(node);
        break;
      case 'code':
        stripIndentedCodeChunks(node, source, parent);
        break;
      default:
        break;
    }
  });
  keepReferenceUrlsAsWritten(references, definitions);
  applyQuoteTails(quoteTails, source);
}

function isRoot(node: Node): node is Root {
  return node.type === 'root';
}

function definitionsKnown(tree: Root, ids: readonly string[]): boolean {
  const known = new Set(ids);
  let all = true;
  walkMdast(tree, (node) => {
    if (node.type === 'definition' && !known.has(normalizeIdentifier(node.label ?? node.identifier))) all = false;
  });
  return all;
}

/** Nodes whose children are inline: nothing block-level to fix among them. */
function isPhrasingParent(type: string): boolean {
  return type === 'paragraph' || type === 'heading' || type === 'emphasis' || type === 'strong' || type === 'link' ||
    type === 'linkReference' || type === 'delete' || type === 'tableCell';
}

/** The hast half of the core rules; runs before every extension's rehype transform. */
export const rehypePythonMarkdown = rehypeUnwrapTight;
