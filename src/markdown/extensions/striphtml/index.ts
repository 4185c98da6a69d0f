/**
 * pymdownx.striphtml: a last pass over the page's HTML that drops comments (`strip_comments`,
 * default on), `on…` event attributes (`strip_js_on_attributes`, default on) and the attributes
 * named in `strip_attributes` (default none).
 *
 * ```md
 * <span id="x" onclick="f()">a</span> <!-- note -->
 * ->  <p><span id="x">a</span> </p>            (strip_attributes: [] )
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { rehypeStripHtml } from './rehype.ts';

export const striphtml: ExtensionFactory = (context) => {
  const raw = context.options['strip_attributes'];
  const names = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : typeof raw === 'string' ? raw.split(/\s+/) : [];
  return {
    rehype: [[rehypeStripHtml, {
      comments: context.options['strip_comments'] !== false,
      eventHandlers: context.options['strip_js_on_attributes'] !== false,
      attributes: names.map((name) => name.trim().toLowerCase()).filter((name) => name !== ''),
    }]],
  };
};
