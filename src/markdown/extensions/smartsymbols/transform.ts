/**
 * Replaces the enabled symbols in text nodes, one symbol after the other over the whole tree,
 * as PyMdown's own inline processor (a treeprocessor after the inline patterns) does.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { replaceText } from '../../inline/text-replace.ts';
import { SYMBOLS } from './symbols.ts';

export function remarkSmartSymbols(options: Readonly<Record<string, unknown>>) {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    for (const symbol of SYMBOLS) {
      if (options[symbol.option] === false) continue;
      replaceText(tree, source, symbol.pattern, (match) => [{ type: 'html', value: symbol.html(match) }]);
    }
  };
}
