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


export const abbr: ExtensionFactory = (context) => ({
  // A definition anywhere applies to the whole page: a page with one is rendered whole.
  pieces: (source) => !source.includes('*['),
  micromark: [abbrSyntax()],
  fromMarkdown: [abbrFromMarkdown()],
  remark: [[remarkAbbr, { glossary: glossary(context.options['glossary']) }]],
  handlers: { abbr: abbrToHast },
});

/** `glossary: {HTML: Hyper Text Markup Language}`; entries that are not text are skipped. */
function glossary(raw: unknown): Map<string, string> {
  const terms = new Map<string, string>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return terms;
  for (const [term, title] of Object.entries(raw)) if (typeof title === 'string' && title !== '') terms.set(term, title);
  return terms;
}
