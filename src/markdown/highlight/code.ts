/**
 * Highlighting a piece of code outside any page, for the site's plugins that draw code the
 * Markdown never held (a Jupyter notebook's code cells): Pygments' HtmlFormatter markup from our
 * port of its lexers, with pymdownx.highlight's defaults (no line numbers, anchors or titles).
 *
 * ```ts
 * const highlight = createCodeHighlighter();
 * highlight('x = 1', 'python', ['highlight-ipynb']).html
 * // '<div class="highlight-ipynb"><pre><span></span><code><span class="n">x</span>…</code></pre></div>'
 * ```
 */
import { toHtml } from 'hast-util-to-html';
import { highlightBlock } from '../extensions/superfences/highlight.ts';
import { highlightOptions } from '../extensions/superfences/highlight-options.ts';
import { createLexerLookup, languageSupport } from '../extensions/superfences/pygments/lexers/index.ts';

interface HighlightedCode {
  readonly html: string;
  /** How the language was drawn: with its lexer, as plain text under Pygments' name for it, or unknown (plain text). */
  readonly support: 'ported' | 'plain' | 'unknown';
}

/** Highlights `source` in `language` (a Pygments alias) inside `<div class="{classes}">`. */
export type CodeHighlighter = (source: string, language: string, classes: readonly string[]) => HighlightedCode;

/** One highlighter with its own lexers, compiled on first use (no module-level cache). */
export function createCodeHighlighter(): CodeHighlighter {
  const lexers = createLexerLookup();
  return (source, language, classes) => {
    // The last class is the block's own (pymdownx.highlight's css_class); the rest come before it.
    const options = { ...highlightOptions({}), cssClass: classes.at(-1) ?? '', pygmentsLangClass: false };
    const block = highlightBlock(
      { source, lang: language, classes: classes.slice(0, -1), id: undefined, title: undefined, highlighted: new Set(), linenums: undefined, count: 0, attributes: [] },
      options,
      lexers,
      { get: lexers.pygmentsName },
    );
    return { html: toHtml(block), support: language === '' ? 'unknown' : languageSupport(lexers, language) };
  };
}
