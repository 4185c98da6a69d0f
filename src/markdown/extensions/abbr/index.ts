/**
 * abbr: `*[HTML]: Hyper Text Markup Language` anywhere on the page (glossaries arrive as page text
 * through pymdownx.snippets' auto_append) marks up every `HTML` in the page's text.
 *
 * ```md
 * The HTML spec.           ->  <p>The <abbr title="Hyper Text Markup Language">HTML</abbr> spec.</p>
 * *[HTML]: Hyper Text Markup Language
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { abbrFromMarkdown } from './from-markdown.ts';
import { abbrSyntax } from './syntax.ts';
import { abbrToHast } from './to-hast.ts';
import { remarkAbbr } from './transform.ts';

export type { Abbr, AbbrDefinition } from './types.ts';

export const abbr: ExtensionFactory = (context) => ({
  micromark: [abbrSyntax()],
  fromMarkdown: [abbrFromMarkdown()],
  remark: [[remarkAbbr, glossaryOption(context.options['glossary'])]],
  handlers: { abbr: abbrToHast },
});

/** `glossary: {HTML: Hyper Text Markup Language}`: terms every page knows. */
function glossaryOption(value: unknown): Map<string, string> {
  const glossary = new Map<string, string>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return glossary;
  for (const [term, title] of Object.entries(value)) if (title !== null && title !== undefined) glossary.set(term, String(title));
  return glossary;
}
