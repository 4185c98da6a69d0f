/**
 * External URLs in style sheets and scripts, found and replaced as the privacy plugin does
 * (Material 9.7, plugin.py `assets_expr_map`): by one regular expression per file extension,
 * whose group `url` is the URL. A style sheet's `url(...)` and a script's quoted
 * `http….css`/`.js`/`.json` by default; `assets_expr_map` adds extensions or replaces these.
 *
 *   mediaUrls('.css', "@font-face{src:url(https://fonts.gstatic.com/a.woff2)}", {})
 *   // ['https://fonts.gstatic.com/a.woff2']
 */
import { pythonRegex } from '../shared/python-regex.ts';

/** The plugin's own expressions, in Python's syntax as `assets_expr_map` writes them. */
const DEFAULT_EXPRESSIONS: Readonly<Record<string, string>> = {
  '.css': String.raw`url\(\s*(["']?)(?P<url>http?[^)'"]+)\1\s*\)`,
  '.js': String.raw`["'](?P<url>http[^"']+\.(?:css|js(?:on)?))["']`,
};

export type MediaExpressions = ReadonlyMap<string, RegExp>;

/**
 * The expression of each extension (the plugin's, then `assets_expr_map`'s over them), compiled
 * case-insensitively and multiline as the plugin compiles them; a pattern JavaScript refuses, or
 * one without a `url` group, is a problem and left out.
 */
export function mediaExpressions(exprMap: Readonly<Record<string, string>>): { expressions: MediaExpressions; problems: string[] } {
  const expressions = new Map<string, RegExp>();
  const problems: string[] = [];
  for (const [extension, source] of Object.entries({ ...DEFAULT_EXPRESSIONS, ...exprMap })) {
    const { source: js, flags } = pythonRegex(source);
    try {
      const regex = new RegExp(js, `gim${flags.replace(/[im]/g, '')}`);
      if (!js.includes('(?<url>')) problems.push(`privacy plugin: assets_expr_map '${extension}' has no group named 'url'; ignored`);
      else expressions.set(extension, regex);
    } catch (error) {
      problems.push(`privacy plugin: assets_expr_map '${extension}' is no valid expression (${error instanceof Error ? error.message : String(error)}); ignored`);
    }
  }
  return { expressions, problems };
}

/** The extension of a file name or URL path an expression is keyed by (`.css`), '' for none. */
export function mediaExtension(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** Every URL the expression of `extension` finds in `text`, in order (repeats kept). */
export function mediaUrls(text: string, expression: RegExp | undefined): string[] {
  if (!expression) return [];
  return [...text.matchAll(expression)].flatMap((match) => (match.groups?.['url'] === undefined ? [] : [match.groups['url']]));
}

/**
 * `text` with each URL the expression finds replaced by `replace(url)` within its match (the
 * quotes and `url(` around it kept); a URL `replace` answers undefined for stays as written.
 */
export function replaceMediaUrls(text: string, expression: RegExp | undefined, replace: (url: string) => string | undefined): string {
  if (!expression) return text;
  return text.replace(expression, (...args: unknown[]) => {
    const match = String(args[0]);
    const groups = args.at(-1);
    const url = typeof groups === 'object' && groups !== null ? Reflect.get(groups, 'url') : undefined;
    if (typeof url !== 'string') return match;
    const local = replace(url);
    return local === undefined ? match : match.replace(url, local);
  });
}
