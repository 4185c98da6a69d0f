/**
 * codehilite: Python-Markdown's Pygments highlighting of indented code blocks (and, through
 * fenced_code, of fences), with our port of Pygments' lexers (superfences/pygments).
 *
 * ```md
 *     :::python           ->  <div class="codehilite"><pre><span></span><code><span class="c1"># hi</span>
 *     # hi                    </code></pre></div>
 * ```
 * Indented code is an mdast `code` node once fenced_code (or superfences) has claimed the
 * fences, so this extension only supplies the `code` handler; fenced_code calls `hilite` itself.
 */
import type { Element } from 'hast';
import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { State } from 'mdast-util-to-hast';
import type { ExtensionFactory } from '../../types.ts';
import { createLexerLookup } from '../superfences/pygments/lexers/index.ts';
import { codehiliteOptions, type CodehiliteOptions } from './options.ts';
import { hilite } from './render.ts';
import { STYLES } from '../superfences/pygments/styles.ts';

export { hilite } from './render.ts';
export { blockOptions, codehiliteOptions, type CodehiliteOptions } from './options.ts';

export const codehilite: ExtensionFactory = (context) => {
  const options = codehiliteOptions(context.options);
  const lexers = createLexerLookup();
  // Indented code is codehilite's even next to superfences or pymdownx.highlight: its
  // treeprocessor highlights every `<pre><code>` they leave (superfences renders the fences).
  return {
    remark: [[remarkCodehiliteNotes, options]],
    handlers: {
      code: (state: State, node: Code): Element => {
        const result = hilite({ source: node.value, lang: undefined, hlLines: [], shebang: true }, options, lexers);
        state.patch(node, result);
        return result;
      },
    },
  };
};

/** Says on each page what we render differently from Pygments (options we cannot honour). */
function remarkCodehiliteNotes(options: CodehiliteOptions) {
  return (_tree: Root, file: VFile): undefined => {
    const notes: string[] = [];
    if (options.noclasses && STYLES[options.pygmentsStyle] === undefined) {
      notes.push(`pygments_style ${options.pygmentsStyle} is not ported (only ${Object.keys(STYLES).join(', ')}): we write CSS classes, not inline styles`);
    }
    if (options.formatter !== 'html') notes.push(`pygments_formatter ${options.formatter}: we only have the html formatter`);
    for (const note of notes) file.message(`codehilite: ${note}`, { ruleId: 'codehilite-option' });
  };
}
