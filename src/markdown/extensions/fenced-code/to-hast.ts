/**
 * fenced_code's markup without codehilite: `<pre id class><code class="language-x">`; with
 * attr_list, the other `key=value` pairs of an attribute list go on `<code>`.
 */
import type { Element } from 'hast';
import type { FencedCodeBlock } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import { blockOptions, hilite, type CodehiliteOptions } from '../codehilite/index.ts';
import { parseBool } from '../python-config.ts';
import type { LexerLookup } from '../superfences/pygments/lexers/index.ts';

export interface FencedCodeSettings {
  readonly attrList: boolean;
  readonly langPrefix: string;
  readonly codehilite: { readonly options: CodehiliteOptions; readonly lexers: LexerLookup } | undefined;
}

export function fencedCodeHandler(settings: FencedCodeSettings) {
  const { attrList, langPrefix, codehilite } = settings;
  return (state: State, node: FencedCodeBlock): Element => {
    const { lang, classes, id, options } = node.info;
    if (codehilite && codehilite.options.usePygments && parseBool(options['use_pygments']) !== false) {
      // fenced_code's local_config: the block's classes go before css_class; its id is dropped
      // (Pygments has no option for it).
      const base = blockOptions(codehilite.options, options);
      const cssClass = [...classes, base.cssClass].join(' ');
      const hlLines = [...(options['hl_lines'] ?? '').matchAll(/\d+/g)].map((match) => Number(match[0]));
      const result = hilite({ source: node.value, lang: lang || undefined, hlLines, shebang: false }, { ...base, cssClass }, codehilite.lexers);
      state.patch(node, result);
      return result;
    }
    const code: Element['properties'] = lang ? { className: [`${langPrefix}${lang}`] } : {};
    // `use_pygments=True` on a block without codehilite drops the other pairs, as fenced_code does.
    if (attrList && parseBool(options['use_pygments']) !== true) for (const [key, value] of Object.entries(options)) if (key !== 'use_pygments') code[key] = value;
    const pre: Element['properties'] = classes.length > 0 ? { className: [...classes] } : {};
    if (id !== undefined) pre['id'] = id;
    const result: Element = {
      type: 'element',
      tagName: 'pre',
      properties: pre,
      // A leading blank line stays: core/raw-when-needed.ts keeps a line feed after <pre><code>.
      children: [{ type: 'element', tagName: 'code', properties: code, children: [{ type: 'text', value: `${node.value}\n` }] }],
    };
    state.patch(node, result);
    return result;
  };
}
