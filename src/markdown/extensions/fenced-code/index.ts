/**
 * fenced_code (MkDocs builtin, always on): Python-Markdown's fences, see transform.ts.
 * pymdownx.superfences replaces it when enabled, as it does in Python-Markdown; with codehilite
 * enabled, fences are highlighted by codehilite's `hilite` (Python's fenced_code does the same).
 * `lang_prefix` (default `language-`) prefixes the language class.
 */
import type { ExtensionFactory } from '../../types.ts';
import { codehiliteOptions } from '../codehilite/index.ts';
import { createLexerLookup } from '../superfences/pygments/lexers/index.ts';
import { remarkFencedCode } from './transform.ts';
import { fencedCodeHandler } from './to-hast.ts';

export const fencedCode: ExtensionFactory = (context) => {
  if (context.has('pymdownx.superfences')) return { pieces: true };
  const langPrefix = context.options['lang_prefix'];
  const codehilite = context.optionsOf('codehilite');
  return {
    // A rejected fence that makes the rest of the page one block keeps the page whole (transform.ts).
    pieces: true,
    remark: [remarkFencedCode],
    handlers: {
      fencedCodeBlock: fencedCodeHandler({
        attrList: context.has('attr_list'),
        langPrefix: typeof langPrefix === 'string' ? langPrefix : 'language-',
        // With codehilite, fences are highlighted by it (fenced_code reads its config).
        codehilite: codehilite === undefined ? undefined : { options: codehiliteOptions(codehilite), lexers: createLexerLookup() },
      }),
    },
  };
};
