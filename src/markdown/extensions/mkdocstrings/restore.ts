/**
 * The extension's last pass, once toc has read the headings and the page's links are resolved:
 * each placeholder gets its stashed docstring HTML back (render/markdown.ts), the root's hidden
 * headings go (their ToC entries and anchors stay, as with mkdocstrings), and with
 * `show_symbol_type_toc` a heading's ToC entry gets its symbol in front of its name, as the
 * templates' `toc_label` writes it:
 *
 *   { name: 'Client' }  ->  { name: 'Client', html: '<code class="doc-symbol doc-symbol-toc doc-symbol-class"></code>&nbsp;Client' }
 */
import type { ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visitHast } from '../../core/visit.ts';
import type { TocEntry } from '../../types.ts';
import { STASH_PROPERTY } from './render/markdown.ts';
import { HIDDEN_HEADING, TOC_SYMBOL } from './render/objects.ts';

export function rehypeMkdocstringsRestore() {
  return (tree: Root, file: VFile): undefined => {
    const stash = file.data.mkdocstringsStash;
    const symbols = new Map<string, string>();
    visitHast(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const symbol = node.properties[TOC_SYMBOL];
      if (symbol !== undefined) {
        if (typeof node.properties['id'] === 'string') symbols.set(node.properties['id'], String(symbol));
        Reflect.deleteProperty(node.properties, TOC_SYMBOL);
      }
      const slot = node.properties[STASH_PROPERTY];
      if (slot !== undefined && stash) {
        const children: ElementContent[] = stash[Number(slot)] ?? [];
        parent.children.splice(index, 1, ...children);
        return [SKIP, index + children.length];
      }
      if (HIDDEN_HEADING in node.properties) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
    if (symbols.size > 0 && file.data.toc) file.data.toc = withSymbols(file.data.toc, symbols);
  };
}

function withSymbols(entries: readonly TocEntry[], symbols: ReadonlyMap<string, string>): TocEntry[] {
  return entries.map((entry) => {
    const symbol = symbols.get(entry.id);
    const children = withSymbols(entry.children, symbols);
    if (symbol === undefined) return { ...entry, children };
    return { ...entry, html: `<code class="doc-symbol doc-symbol-toc doc-symbol-${symbol}"></code>&nbsp;${escapeHtml(entry.name)}`, children };
  });
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
