/**
 * Embeds images: PyMdown's postprocessor rewrites `src` of `<img>` with a regex over the page;
 * here the final hast tree's `img` elements (raw HTML ones too, re-parsed by rehype-raw). Each
 * image file embedded counts among the page's included files, and one looked for and not there
 * among its absent ones (`file.data.includes`, `absent`), as a snippet's: a build's render cache
 * makes the page again when the image changes, or appears.
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

/**
 * The data URI for `src` and its file, or undefined when it is a URL or not an image type; or
 * the file it would be (`absent`) when there is none.
 */
export function embed(src: string, basePath: string): { readonly uri: string; readonly file: string } | { readonly absent: string } | undefined {
  const parts = parseUrl(src);
  if (parts.isUrl) return undefined;
  const file = urlToPath(parts.path);
  const name = path.resolve(parts.isAbsolute ? path.normalize(file) : path.normalize(path.join(basePath, file)));
  const type = TYPES[path.extname(name).toLowerCase()];
  if (type === undefined) return undefined;
  if (!existsSync(name) || !statSync(name).isFile()) return { absent: name };
  return { uri: `data:${type};base64,${readFileSync(name).toString('base64')}`, file: name };
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
        if (data !== undefined && 'uri' in data) {
          element.properties['src'] = data.uri;
          file.data.includes = [...new Set([...(file.data.includes ?? []), data.file])];
        } else if (data !== undefined) file.data.absent = [...new Set([...(file.data.absent ?? []), data.absent])];
      } catch (cause) {
        // An unreadable file is reported and the image keeps its path (PyMdown passes silently).
        file.message(`pymdownx.b64: could not embed \`${src}\`: ${cause instanceof Error ? cause.message : String(cause)}`, { ruleId: 'b64-read', source: 'pymdownx.b64', ...(cause instanceof Error ? { cause } : {}) });
      }
      return undefined;
    });
  };
}
