/** superfences' mdast node: a fenced code block it owns, with its resolved header. */
import type { CustomFence } from './options.ts';
import type { ResolvedFence } from './validate.ts';

declare module 'mdast' {
  /** A fenced code block with its resolved header. */
  interface SuperFence extends Node {
    type: 'superFence';
    info: ResolvedFence;
    value: string;
    /** The custom fence that formats it (same as `info.custom`), if any. */
    custom: CustomFence | undefined;
    /** Index among the page's highlighted (non-custom) blocks: line anchor and span ids use it. */
    count: number;
    /**
     * An indented code block (highlighted because pymdownx.highlight is listed). Pygments numbers
     * those after the page's fences, but their lines get no ids (highlight.ts), so their number
     * never shows: they keep -1, and the pieces of a page need not know how many fences it has.
     */
    indented?: boolean | undefined;
    /** PyMdown's `line_count` where it is not the lines between the fence lines (preserve-tabs.ts preservedLineCount). */
    lineCount?: number | undefined;
  }
  interface RootContentMap {
    superFence: SuperFence;
  }
  interface BlockContentMap {
    superFence: SuperFence;
  }
  /** A fence that interrupted a paragraph stays inside it, as in PyMdown (see FENCE_LINES). */
  interface PhrasingContentMap {
    superFence: SuperFence;
  }
}
