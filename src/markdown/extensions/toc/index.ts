/**
 * toc (MkDocs builtin, always on): heading ids as Python-Markdown slugs them, optional
 * permalinks, and the page's table of contents in `file.data.toc` (with each heading's HTML when
 * Material's typeset plugin is on: typeset.ts).
 *
 * ```md
 * # Hello World   ->  <h1 id="hello-world">Hello World</h1>   toc: [{ level: 1, id: 'hello-world', name: 'Hello World', children: [] }]
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { tocOptions } from './options.ts';
import { rehypeToc } from './rehype.ts';
import { rehypeTypeset } from './typeset.ts';

export const toc: ExtensionFactory = (context) => {
  const options = tocOptions(context.options);
  return {
    rehype: [[rehypeToc, options]],
    // Material's typeset plugin: each entry also gets its heading's HTML, read once links are resolved.
    rehypeLast: context.renderer.typeset === true ? [[rehypeTypeset, options]] : [],
    // The ToC's page state carries across pieces (rehype.ts); the `[TOC]` marker needs the
    // whole ToC where it stands, and the typeset pass reads every heading's final markup at once.
    pieces: context.renderer.typeset === true ? undefined : (source) => options.marker === '' || !source.includes(options.marker),
  };
};
