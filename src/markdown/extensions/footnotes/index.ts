/**
 * footnotes: `text[^1]` with `[^1]: note` definitions, in Python-Markdown's markup and numbering
 * (see transform.ts and to-hast.ts). syntax.ts and call.ts read the `[^label]` calls and the
 * 4-space-indented definition bodies, with Python's labels (`[^my note]`).
 */
import { escapableWhere } from '../../core/escape.ts';
import type { ExtensionFactory } from '../../types.ts';
import { footnotesFromMarkdown } from './from-markdown.ts';
import { footnotesOptions } from './options.ts';
import { remarkFootnotes } from './transform.ts';
import { footnoteSyntax } from './syntax.ts';
import { footnoteHandlers } from './to-hast.ts';

export const footnotes: ExtensionFactory = (context) => {
  const options = footnotesOptions(context.options);
  return {
    // A page with `[^` is never cut (core/chunked-parse.ts).
    pieces: true,
    micromark: [footnoteSyntax(escapableWhere(context.has))],
    fromMarkdown: [footnotesFromMarkdown()],
    remark: [[remarkFootnotes, { ...options, alternateTabs: context.optionsOf('pymdownx.tabbed')?.['alternate_style'] === true }]],
    handlers: footnoteHandlers(options),
  };
};
