/**
 * pymdownx.pathconverter: relative `href` / `src` paths of `tags` (default `img script a link`)
 * are rewritten relative to `relative_path`, or made absolute from `base_path` (`absolute`,
 * `file_scheme`). URLs, fragments and root paths are left alone.
 *
 * ```md
 * ![a](img/a.png)   base_path: docs, relative_path: docs/sub
 * ->  <p><img alt="a" src="../img/a.png" /></p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { rehypePathConverter } from './rehype.ts';

export const pathconverter: ExtensionFactory = (context) => {
  const text = (key: string, fallback: string): string => {
    const value = context.options[key];
    return typeof value === 'string' ? value : fallback;
  };
  return {
    rehype: [[rehypePathConverter, {
      basePath: text('base_path', ''),
      relativePath: text('relative_path', ''),
      absolute: Boolean(context.options['absolute']),
      fileScheme: Boolean(context.options['file_scheme']),
      tags: new Set(text('tags', 'img script a link').split(/\s+/).filter((t) => t !== '')),
    }]],
  };
};
