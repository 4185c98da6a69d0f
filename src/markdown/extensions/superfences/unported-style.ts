/**
 * `noclasses` with a `pygments_style` whose table is not ported (pygments/styles.ts): the blocks
 * keep Pygments' classes, and the page says so once, at its first highlighted block, as a note
 * (as a lexer not ported is, missing-lexers.ts): MkDocs builds such a site, so a `--strict` build
 * must not stop on it.
 *
 * ```yaml
 * pymdownx.highlight: {noclasses: true, pygments_style: monokai}   ->  an info on each page with a block
 * ```
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { PageState } from '../../core/page-state.ts';
import { EXIT, visit } from '../../core/visit.ts';
import type { HighlightOptions } from './highlight-options.ts';
import { STYLES } from './pygments/styles.ts';

export function remarkUnportedStyle(options: { readonly highlight: HighlightOptions }) {
  const { highlight } = options;
  // Once per page, whichever piece of it holds its first block (core/page-state.ts).
  const pages = new PageState(() => ({ said: false }));
  return (tree: Root, file: VFile): undefined => {
    if (!highlight.noclasses || !highlight.usePygments || STYLES[highlight.pygmentsStyle] !== undefined) return;
    const page = pages.of(file);
    if (page.said) return;
    visit(tree, 'superFence', (node) => {
      if (node.custom) return undefined;
      page.said = true;
      file.info(`pygments_style ${highlight.pygmentsStyle} is not ported (only ${Object.keys(STYLES).join(', ')}): code blocks get CSS classes, not noclasses' inline styles`, {
        place: node.position,
        ruleId: 'pygments-style-missing',
        source: 'pymdownx.highlight',
      });
      return EXIT;
    });
  };
}
