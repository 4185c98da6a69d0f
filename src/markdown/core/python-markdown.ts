/**
 * Python-Markdown's block rules where they differ from CommonMark and real content depends
 * on them. Each deliberate difference is listed in src/markdown/README.md.
 *
 * Parsing differences are micromark constructs swapped in through the processor's
 * `micromarkExtensions` (as remark-gfm does); what only shows in the output (per-item list
 * looseness, no `start` on ordered lists, URLs, lone HTML tags) is one mdast walk plus
 * `rehypePythonMarkdown`.
 */
import type { Definition, ImageReference, LinkReference, Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { pythonAttentionExtension } from './attention.ts';
import { pythonBlockQuoteExtension } from './blockquote-lazy.ts';
import { warnContainerLimit } from './depth.ts';
import { mergeAdjacentBlockquotes } from './blockquote.ts';
import { escapableCharacters, pythonEscapeExtension } from './escape.ts';
import { pythonHeadingAtxExtension } from './heading-atx.ts';
import { pythonHtmlFlowExtension } from './html-flow.ts';
import { hideMailtoScheme, strongOutside } from './inline.ts';
import { markListLooseness, rehypeUnwrapTight } from './list-looseness.ts';
import { pythonLooseBracketExtension } from './loose-bracket.ts';
import { pythonListExtension } from './list.ts';
import { pythonSetextExtension } from './setext.ts';
import { splitRawBlockTails, unwrapLoneBlockHtml } from './lone-html.ts';
import { keepReferenceUrlsAsWritten, keepUrlAsWritten } from './urls.ts';
import { walkMdast } from './walk.ts';

/**
 * Names of the block constructs core swaps in, with the CommonMark ones they replace: switching
 * all of them off leaves only paragraphs (md_in_html's span mode).
 */
export const BLOCK_CONSTRUCT_NAMES: readonly string[] = [
  'blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'htmlFlow', 'list', 'setextUnderline', 'thematicBreak',
  'pythonMarkdownList', 'pythonMarkdownBlockQuote', 'pythonMarkdownHtmlFlow', 'pythonMarkdownHtmlBreak', 'pythonMarkdownSetextUnderline',
  'pythonMarkdownHeadingAtx',
];

export interface PythonMarkdownOptions {
  /** Enabled markdown_extensions (canonical names): some make more characters escapable. */
  readonly extensions?: readonly string[] | undefined;
}

export function remarkPythonMarkdown(this: Processor, options: PythonMarkdownOptions = {}) {
  const data = this.data();
  const micromarkExtensions = data.micromarkExtensions ?? (data.micromarkExtensions = []);
  const escapable = escapableCharacters(options.extensions ?? []);
  micromarkExtensions.push(pythonListExtension, pythonBlockQuoteExtension, pythonHtmlFlowExtension, pythonHeadingAtxExtension, pythonSetextExtension, pythonEscapeExtension(escapable), pythonAttentionExtension, pythonLooseBracketExtension);
  return (tree: Root, file: VFile): undefined => {
    applyPythonMarkdownRules(tree, file);
    warnContainerLimit(tree, file);
  };
}

/**
 * The mdast half of the core rules, in one walk (md_in_html applies it to the Markdown it parses).
 * `file` is the parsed source, for rules that look at the markers (`***`).
 */
export function applyPythonMarkdownRules(tree: Root, file?: VFile): void {
  const source = typeof file?.value === 'string' ? file.value : '';
  const definitions: Definition[] = [];
  const references: Array<LinkReference | ImageReference> = [];
  walkMdast(tree, (node, index, parent) => {
    // Child-list rewrites happen at the parent, before its children are visited.
    if ('children' in node && !isPhrasingParent(node.type)) {
      mergeAdjacentBlockquotes(node);
      unwrapLoneBlockHtml(node);
      splitRawBlockTails(node);
    }
    switch (node.type) {
      case 'list':
        markListLooseness(node);
        break;
      case 'link':
        keepUrlAsWritten(node);
        hideMailtoScheme(node);
        break;
      case 'image':
        keepUrlAsWritten(node);
        break;
      case 'linkReference':
      case 'imageReference':
        references.push(node);
        break;
      case 'definition':
        definitions.push(node);
        break;
      case 'emphasis': {
        const swapped = parent && index !== undefined ? strongOutside(node, source) : undefined;
        if (swapped && parent && index !== undefined) parent.children[index] = swapped;
        break;
      }
      default:
        break;
    }
  });
  keepReferenceUrlsAsWritten(references, definitions);
}

/** Nodes whose children are inline: nothing block-level to fix among them. */
function isPhrasingParent(type: string): boolean {
  return type === 'paragraph' || type === 'heading' || type === 'emphasis' || type === 'strong' || type === 'link' ||
    type === 'linkReference' || type === 'delete' || type === 'tableCell';
}

/** The hast half of the core rules; runs before every extension's rehype transform. */
export const rehypePythonMarkdown = rehypeUnwrapTight;
