/**
 * pymdownx.superfences: fenced code anywhere (lists, admonitions, tabs), custom fences and
 * pymdownx.highlight's block markup (titles, `linenums`, `hl_lines`, line anchors...).
 *
 * ```md
 * ```python title="a.py"      ->   <div class="highlight"><span class="filename">a.py</span>
 * x = 1                            <pre><span></span><code>x = 1
 * ```                              </code></pre></div>
 * ```
 * Code is highlighted with Pygments' token spans (`<span class="k">`) by our port of its lexers
 * (pygments/); languages Pygments knows but we have not ported render as plain text, which then
 * differs from Python's output by the spans only (compare with --loose-code), and are named in
 * one info message per language and page.
 */
import type { VFile } from 'vfile';
import type { ExtensionFactory } from '../../types.ts';
import { fenceLines } from './preserve-tabs.ts';
import { highlightOptions } from './highlight-options.ts';
import { superfencesOptions } from './options.ts';
import { createLexerLookup } from './pygments/lexers/index.ts';
import { remarkMissingLexers } from './missing-lexers.ts';
import { remarkUnportedStyle } from './unported-style.ts';
import { remarkSuperfences } from './transform.ts';
import { superFenceHandler } from './to-hast.ts';
import { acceptsOpeningLine } from './validate.ts';

export const superfences: ExtensionFactory = (context) => {
  const highlight = highlightOptions(context.optionsOf('pymdownx.highlight'));
  // superfences' own `css_class` replaces highlight's for fences; indented code keeps highlight's
  // (pymdownx.highlight's tree processor draws it, with its own settings).
  const fenceClass = context.options['css_class'];
  const fenceHighlight = typeof fenceClass === 'string' && fenceClass !== '' ? { ...highlight, cssClass: fenceClass } : highlight;
  const { fences, relaxedHeaders } = superfencesOptions(context.options);
  const lexers = createLexerLookup();
  // One warning per renderer (so per build) for each custom format we cannot run.
  const warned = new Set<string>();
  const preserveTabs = context.options['preserve_tabs'] === true;
  const fenceContext = { fences, relaxedHeaders, usePygments: highlight.usePygments, attrList: context.has('attr_list') };
  return {
    // Fences are numbered per page across pieces (transform.ts).
    pieces: true,
    // Before NormalizeWhitespace: the lines of fences keep their tabs (see preserve-tabs.ts).
    ...(preserveTabs ? { preprocess: (source: string, file: VFile) => { file.data.keepTabLines = fenceLines(source); return source; } } : {}),
    micromark: [
      // Fences are found before blocks, so an indented one right after a list item's line is a
      // fence too (core's list construct would read it as text of the item, see list-lines.ts).
      { pythonFencesBeforeBlocks: { null: [true] } },
      // A header no entry accepts opens no fence: that line is text, and the next ones are read
      // as usual (a later fence line may open a fence, as in PyMdown's line scan).
      { pythonFenceHeader: { null: [acceptsOpeningLine(fenceContext)] } },
      // disable_indented_code_blocks: four spaces of indent make no code block (superfences' own
      // fences are the only code then), so those lines are paragraph text.
      ...(context.options['disable_indented_code_blocks'] === true ? [{ disable: { null: ['codeIndented'] } }] : []),
    ],
    remark: [
      // Indented code: pymdownx.highlight's, unless codehilite (listed too) takes it first.
      [remarkSuperfences, { ...fenceContext, highlightIndented: highlight.enabled && !context.has('codehilite'), warned, preserveTabs }],
      [remarkMissingLexers, { highlight, lexers }],
      [remarkUnportedStyle, { highlight }],
    ],
    // pymdownx.highlight only configures superfences' blocks; it has no syntax of its own here.
    handlers: { superFence: superFenceHandler({ fence: fenceHighlight, indented: highlight }, lexers, { get: lexers.pygmentsName }) },
  };
};
