/**
 * toc (MkDocs builtin, always on): heading ids as Python-Markdown slugs them, optional
 * permalinks, and the page's table of contents in `file.data.toc`.
 *
 * ```md
 * # Hello World   ->  <h1 id="hello-world">Hello World</h1>   toc: [{ level: 1, id: 'hello-world', name: 'Hello World', children: [] }]
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { tocOptions } from './options.ts';
import { rehypeToc } from './rehype-toc.ts';

export const toc: ExtensionFactory = (context) => ({
  rehype: [[rehypeToc, tocOptions(context.options)]],
});
