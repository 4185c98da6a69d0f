/**
 * Embeds images: PyMdown's postprocessor rewrites `src` of `<img>` with a regex over the page;
 * here the final hast tree's `img` elements (raw HTML ones too, re-parsed by rehype-raw).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { SKIP, visitHast } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import { parseUrl, urlToPath } from '../pathconverter/parse-url.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

/** The data URI for `src`, or undefined when it is a URL, not a file, or not an image type. */
export function embed(src: string, basePath: string): string | undefined {
  const parts = parseUrl(src);
  if (parts.isUrl) return undefined;
  const file = urlToPath(parts.path);
  const name = parts.isAbsolute ? path.normalize(file) : path.normalize(path.join(basePath, file));
  const type = TYPES[path.extname(name).toLowerCase()];
  if (type === undefined || !existsSync(name) || !statSync(name).isFile()) return undefined;
  return `data:${type};base64,${readFileSync(name).toString('base64')}`;
}

export function rehypeB64(basePath: string) {
  return (tree: Root, file: VFile): undefined => {
    visitHast(tree, 'element', (element) => {
      // Like PyMdown's regex, nothing inside `<script>` / `<style>` is touched.
      if (element.tagName === 'script' || element.tagName === 'style') return SKIP;
      const src = element.properties['src'];
      if (element.tagName !== 'img' || typeof src !== 'string') return undefined;
      try {
        const data = embed(src, basePath);
        if (data !== undefined) element.properties['src'] = data;
      } catch (cause) {
        // An unreadable file is reported and the image keeps its path (PyMdown passes silently).
        file.message(`pymdownx.b64: could not embed \`${src}\`: ${cause instanceof Error ? cause.message : String(cause)}`, { ruleId: 'b64-read', source: 'pymdownx.b64', ...(cause instanceof Error ? { cause } : {}) });
      }
      return undefined;
    });
  };
}
