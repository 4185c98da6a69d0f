/**
 * pymdownx.b64: local PNG, JPEG, GIF and SVG images (`<img src>`) are embedded as `data:` URIs,
 * read from `base_path` (default `.`, the project folder). Missing files and URLs stay as they are.
 *
 * ```md
 * ![logo](img/logo.png)  ->  <p><img alt="logo" src="data:image/png;base64,iVBOR…" /></p>
 * ```
 */
import path from 'node:path';
import type { ExtensionFactory } from '../../types.ts';
import { rehypeB64 } from './rehype.ts';

export const b64: ExtensionFactory = (context) => {
  const base = context.options['base_path'];
  return { rehype: [[rehypeB64, path.resolve(context.renderer.projectDir, typeof base === 'string' ? base : '.')]] };
};
