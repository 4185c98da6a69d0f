/**
 * fenced_code's markup without codehilite: `<pre id class><code class="language-x">`; with
 * attr_list, the other `key=value` pairs of an attribute list go on `<code>`.
 */
import type { Element } from 'hast';
import type { FencedCodeBlock } from 'mdast';
import type { State } from 'mdast-util-to-hast';

/** `langPrefix` is fenced_code's `lang_prefix` option (`language-` by default). */
export function fencedCodeHandler(attrList: boolean, langPrefix = 'language-') {
  return (state: State, node: FencedCodeBlock): Element => {
    const { lang, classes, id, options } = node.info;
    const code: Element['properties'] = lang ? { className: [`${langPrefix}${lang}`] } : {};
    if (attrList) for (const [key, value] of Object.entries(options)) if (key !== 'use_pygments') code[key] = value;
    const pre: Element['properties'] = classes.length > 0 ? { className: [...classes] } : {};
    if (id !== undefined) pre['id'] = id;
    const result: Element = {
      type: 'element',
      tagName: 'pre',
      properties: pre,
      children: [{ type: 'element', tagName: 'code', properties: code, children: [{ type: 'text', value: `${node.value}\n` }] }],
    };
    state.patch(node, result);
    return result;
  };
}
