/**
 * `use_pygments: false`: the code is left to a JavaScript highlighter, marked with its
 * language (`language_prefix`), as pymdownx.highlight writes it:
 *
 * ```` ```python ```` -> `<pre class="highlight"><code class="language-python">x = 1</code></pre>`
 * with `code_attr_on_pre: true` -> `<pre class="language-python highlight"><code>x = 1</code></pre>`
 */
import type { Element } from 'hast';
import { element, text } from './hast.ts';
import type { HighlightOptions } from './highlight-options.ts';

export interface PlainRequest {
  readonly source: string;
  readonly lang: string;
  readonly classes: readonly string[];
  readonly id: string | undefined;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
}

export function plainBlock(request: PlainRequest, options: HighlightOptions): Element {
  const classes = [
    ...(request.lang ? [`${options.languagePrefix}${request.lang}`] : []),
    ...(options.codeAttrOnPre && options.cssClass ? [options.cssClass] : []),
    ...request.classes,
  ];
  const properties: Element['properties'] = {};
  if (request.id !== undefined) properties['id'] = request.id;
  if (classes.length > 0) properties['className'] = classes;
  for (const [key, value] of request.attributes) properties[key] = value;
  const code = text(request.source);
  if (options.codeAttrOnPre) return element('pre', properties, [element('code', {}, [code])]);
  return element('pre', options.cssClass ? { className: [options.cssClass] } : {}, [element('code', properties, [code])]);
}
