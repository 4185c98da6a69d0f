/**
 * Tells the author which fence languages Pygments would highlight but we draw as plain text
 * (no lexer ported yet): one `info` message per language per page, at its first fence. Names
 * Pygments does not know either are plain text in PyMdown too, so they are not reported. Every
 * lexer Pygments 2.20.0 names is ported, so this speaks only if a registry lacks one (the tests
 * make one); the example below is such a registry's.
 *
 * ```md
 * ```ezhil        ->   info: `ezhil` (Pygments' Ezhil lexer) is not ported: its code is plain text
 * x ← ⍳ 10
 * ```
 * ```
 */
import type { Root } from 'mdast';
import { visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import { PageState } from '../../core/page-state.ts';
import type { HighlightOptions } from './highlight-options.ts';
import { languageSupport, type LexerLookup } from './pygments/lexers/index.ts';

export function remarkMissingLexers(options: { readonly highlight: HighlightOptions; readonly lexers: LexerLookup }) {
  const { highlight, lexers } = options;
  // Each language once per page, whichever piece of it holds its fences (core/page-state.ts).
  const pages = new PageState(() => new Set<string>());
  return (tree: Root, file: VFile): undefined => {
    if (!highlight.usePygments) return;
    const reported = pages.of(file);
    visit(tree, 'superFence', (node) => {
      const lang = node.info.lang;
      if (node.custom || lang === '' || reported.has(lang.toLowerCase())) return;
      if (languageSupport(lexers, lang) !== 'plain') return;
      reported.add(lang.toLowerCase());
      file.info(
        `\`${lang}\` code is shown as plain text: Pygments highlights it with its ${lexers.pygmentsName(lang) ?? lang} lexer, which is not ported to this renderer yet`,
        { place: node.position, ruleId: 'pygments-lexer-missing', source: 'pymdownx.highlight' },
      );
    });
  };
}
