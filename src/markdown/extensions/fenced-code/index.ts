/**
 * fenced_code (MkDocs builtin, always on): Python-Markdown's fences, see remark-fenced-code.ts.
 * pymdownx.superfences replaces it when enabled, as it does in Python-Markdown.
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkFencedCode } from './remark-fenced-code.ts';
import { fencedCodeHandler } from './to-hast.ts';

export const fencedCode: ExtensionFactory = (context) =>
  context.has('pymdownx.superfences')
    ? {}
    : { remark: [remarkFencedCode], handlers: { fencedCodeBlock: fencedCodeHandler(context.has('attr_list'), langPrefix(context.options['lang_prefix'])) } };

/** `lang_prefix: ''` writes the bare language as the class. */
function langPrefix(value: unknown): string {
  return typeof value === 'string' ? value : 'language-';
}
