/**
 * def_list: definition lists, in Python-Markdown's markup.
 *
 * ```md
 * Apple               <dl>
 * :   A fruit.   ->   <dt>Apple</dt>
 *                     <dd>A fruit.</dd>
 *                     </dl>
 * ```
 * syntax.ts tokenizes the `:` lines as containers, transform.ts groups them with their
 * terms, to-hast.ts renders them.
 */
import type { ExtensionFactory } from '../../types.ts';
import { defListFromMarkdown } from './from-markdown.ts';
import { remarkDefList } from './transform.ts';
import { defListSyntax } from './syntax.ts';
import { defListHandlers } from './to-hast.ts';

export const defList: ExtensionFactory = (context) => ({
  pieces: true,
  micromark: [defListSyntax()],
  fromMarkdown: [defListFromMarkdown()],
  remark: [[remarkDefList, { joinFences: context.has('pymdownx.superfences') }]],
  handlers: defListHandlers,
});
