/**
 * `pymdownx.highlight` listed without pymdownx.superfences: its treeprocessor still highlights
 * indented code blocks (fenced ones are fenced_code's raw `<pre><code class="language-x">`,
 * which it never sees). With superfences, that extension does all of it (see its folder).
 *
 * `    x = 1` -> `<div class="highlight"><pre><span></span><code>x = 1\n</code></pre></div>`
 */
import type { Code, Root } from 'mdast';
import { visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import type { ExtensionFactory } from '../../types.ts';
import { highlightOptions } from '../superfences/highlight-options.ts';
import { createLexerLookup } from '../superfences/pygments/lexers/index.ts';
import { expandTabs } from '../../core/whitespace.ts';
import { superFenceHandler } from '../superfences/to-hast.ts';

/** The `pymdownx.highlight` factory: nothing when superfences is enabled (it renders every block then). */
export const highlight: ExtensionFactory = (context) => {
  // codehilite, when listed too, highlights indented code first (see its folder).
  if (context.has('pymdownx.superfences') || context.has('codehilite')) return { pieces: true };
  const lexers = createLexerLookup();
  const options = highlightOptions(context.options);
  return {
    // Indented blocks' numbers never show (no line ids for them): counting per piece is the same.
    pieces: true,
    remark: [remarkIndentedHighlight],
    handlers: { superFence: superFenceHandler({ fence: options, indented: options }, lexers, { get: lexers.pygmentsName }) },
  };
};

function remarkIndentedHighlight() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    let count = 0;
    visit(tree, 'code', (node: Code, index, parent) => {
      const start = node.position?.start.offset;
      if (!parent || index === undefined || start === undefined) return;
      // Fenced blocks start with their fence; indented ones with the code itself.
      const marker = source.slice(start, start + 3);
      if (marker === '```' || marker === '~~~') return;
      parent.children[index] = {
        type: 'superFence',
        info: { lang: '', classes: [], id: undefined, options: {}, attributes: [], custom: undefined },
        value: expandTabs(node.value, (node.position?.start.column ?? 1) - 1 + 4),
        custom: undefined,
        count: count++,
        indented: true,
        position: node.position,
      };
    });
  };
}
