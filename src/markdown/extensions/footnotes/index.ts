/**
 * footnotes: `text[^1]` with `[^1]: note` definitions, in Python-Markdown's markup and numbering
 * (see transform.ts and to-hast.ts). GFM's footnote tokenizers parse the syntax: same
 * `[^label]` calls and 4-space-indented definition bodies.
 */
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import type { ExtensionFactory } from '../../types.ts';
import { footnotesOptions } from './options.ts';
import { remarkFootnotes } from './transform.ts';
import { footnoteHandlers } from './to-hast.ts';

export const footnotes: ExtensionFactory = (context) => {
  const options = footnotesOptions(context.options);
  return {
    // A page with `[^` is never cut (core/chunked-parse.ts).
    pieces: true,
    micromark: [gfmFootnote()],
    fromMarkdown: [gfmFootnoteFromMarkdown()],
    remark: [[remarkFootnotes, options]],
    handlers: footnoteHandlers(options),
  };
};
