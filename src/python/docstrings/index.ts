/**
 * A docstring's sections in the style the handler's `docstring_style` names (griffe's parsers;
 * `google` by default). A style of none (`docstring_style: null`) keeps the whole text as Markdown.
 */
import { parseGoogle } from './google.ts';
import { parseNumpy } from './numpy.ts';
import type { DocstringOwner, DocstringSection, DocstringStyle } from './sections.ts';
import { parseSphinx } from './sphinx.ts';

export function parseDocstring(text: string, style: DocstringStyle | undefined, owner: DocstringOwner): DocstringSection[] {
  if (style === 'google') return parseGoogle(text, owner);
  if (style === 'numpy') return parseNumpy(text, owner);
  if (style === 'sphinx') return parseSphinx(text, owner);
  return text.trim() === '' ? [] : [{ kind: 'text', value: text }];
}
