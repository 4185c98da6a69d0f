/**
 * Rewrites `href` / `src` of the chosen tags: relative file paths become relative to
 * `relative_path` (or absolute from `base_path` with `absolute: true`). PyMdown does it with a
 * regex over the serialized page (a postprocessor); here it walks the final hast tree, which
 * skips `<script>` / `<style>` elements and comments as its regex does.
 */
import path from 'node:path';
import type { Root } from 'hast';
import { SKIP, visitHast } from '../../core/visit.ts';
import { parseUrl, pathToUrl, unparseUrl, urlToPath } from './parse-url.ts';

export interface PathConverterOptions {
  readonly basePath: string;
  readonly relativePath: string;
  readonly absolute: boolean;
  readonly fileScheme: boolean;
  readonly tags: ReadonlySet<string>;
}

export function convertPath(value: string, options: PathConverterOptions): string {
  const parts = parseUrl(value);
  if (parts.isUrl) return value;
  if (options.absolute) {
    if (parts.isAbsolute) return value;
    let converted = pathToUrl(path.posix.normalize(path.posix.join(options.basePath, urlToPath(parts.path))));
    if (options.fileScheme) {
      if (!converted.startsWith('/')) converted = `/${converted}`;
      return unparseUrl({ ...parts, scheme: 'file', path: converted });
    }
    return `${converted.startsWith('/') ? '' : '/'}${unparseUrl({ ...parts, path: converted })}`;
  }
  if (parts.isAbsolute) return value;
  const target = path.posix.normalize(path.posix.join(options.basePath, urlToPath(parts.path)));
  const relative = path.relative(path.resolve(options.relativePath), path.resolve(target)).split(path.sep).join('/');
  return unparseUrl({ ...parts, path: pathToUrl(relative) });
}

export function rehypePathConverter(options: PathConverterOptions) {
  const active = options.absolute ? options.basePath !== '' : options.basePath !== '' && options.relativePath !== '';
  return (tree: Root): undefined => {
    if (!active) return;
    visitHast(tree, 'element', (element) => {
      // PyMdown's regex steps over whole `<script>…</script>` and `<style>` elements, tags and all.
      if (element.tagName === 'script' || element.tagName === 'style') return SKIP;
      if (!options.tags.has(element.tagName)) return undefined;
      for (const key of ['href', 'src']) {
        const value = element.properties[key];
        if (typeof value === 'string') element.properties[key] = convertPath(value, options);
      }
      return undefined;
    });
  };
}
