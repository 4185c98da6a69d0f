/**
 * Code as mkdocstrings' `highlight` filter draws it, with the page's pymdownx.highlight options:
 * a signature inline (`<code class="highlight">` with Pygments' token spans, the markup of
 * pymdownx.inlinehilite) and source code as a block with line numbers from the object's line.
 */
import type { Element, ElementContent } from 'hast';
import { element, text } from '../../superfences/hast.ts';
import { highlightBlock } from '../../superfences/highlight.ts';
import { highlightOptions } from '../../superfences/highlight-options.ts';
import { createLexerLookup, lexerFor } from '../../superfences/pygments/lexers/index.ts';
import { tokenLines } from '../../superfences/pygments/token-lines.ts';

export interface Highlighter {
  inline(source: string): Element;
  block(source: string, language: string, options?: { readonly linestart?: number; readonly classes?: readonly string[] }): Element;
}

export function createHighlighter(raw: Readonly<Record<string, unknown>> | undefined): Highlighter {
  let lexers: ReturnType<typeof createLexerLookup> | undefined;
  const lookup = () => (lexers ??= createLexerLookup());
  // Line anchors and spans are named after a block's index on the page: left out here, where
  // the blocks are counted apart from the page's own.
  const options = { ...highlightOptions(raw), lineAnchors: '', lineSpans: '', anchorLinenums: false };
  return {
    inline(source) {
      const classes = [...(options.pygmentsLangClass ? [`${options.languagePrefix}python`] : []), ...(options.cssClass ? [options.cssClass] : [])];
      if (!options.usePygments) return element('code', { className: [`${options.languagePrefix}python`, ...(options.cssClass ? [options.cssClass] : [])] }, [text(source)]);
      const content = tokenLines(source, lexerFor(lookup(), 'python')).flat();
      return element('code', { className: classes }, merge(content));
    },
    block(source, language, { linestart, classes = [] } = {}) {
      const linenums = linestart === undefined ? undefined : { start: linestart, step: 1, special: -1 };
      return highlightBlock(
        { source, lang: language, classes, id: undefined, title: undefined, highlighted: new Set(), linenums, count: 0, attributes: [] },
        options,
        lookup(),
        { get: (alias) => lookup().pygmentsName(alias) },
      );
    },
  };
}

function merge(nodes: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = text(last.value + node.value);
    else out.push(node);
  }
  // The lexer ends the line with a newline token: an inline signature has none.
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = text(last.value.replace(/\n$/, ''));
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}
