/**
 * mkdocstrings' `convert_markdown`: docstring text rendered as the page's Markdown, with the
 * page's extensions, by running the page's own processor on it (parse, then every remark and
 * rehype pass). Its HTML is kept aside (a "stash", as mkdocstrings stores its output in
 * Python-Markdown's htmlStash) and a placeholder goes into the page, so the page's own passes
 * (toc, link rewriting) do not run over it twice; the extension's last pass puts it back.
 *
 *   ctx.markdown('Uses *x*.')  ->  [<div data-mkdocstrings-stash="0">]  ... later ...  <p>Uses <em>x</em>.</p>
 *
 * Messages of the nested render (a link to a missing page...) are the page's, at the `:::` line.
 */
import type { ElementContent, Root as HastRoot } from 'hast';
import type { Processor } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { element } from '../../superfences/hast.ts';

declare module 'vfile' {
  interface DataMap {
    /** The docstring HTML of the page's `:::` blocks, by placeholder index. */
    mkdocstringsStash: ElementContent[][];
    /** A docstring being rendered: `:::` lines in it stay text (mkdocstrings does not nest). */
    mkdocstringsNested: boolean;
  }
}

export const STASH_PROPERTY = 'dataMkdocstringsStash';

export interface Converter {
  readonly markdown: (text: string) => ElementContent[];
  readonly inlineMarkdown: (text: string) => ElementContent[];
}

export function createConverter(processor: Processor, file: VFile, report: (reason: string) => void): Converter {
  const render = (text: string): ElementContent[] => {
    const nested = new VFile({ path: file.path, value: text });
    if (file.data.path !== undefined) nested.data.path = file.data.path;
    nested.data.mkdocstringsNested = true;
    const tree: Node = processor.runSync(processor.parse(nested), nested);
    for (const message of nested.messages) report(message.reason);
    return isHastRoot(tree) ? tree.children.filter((child): child is ElementContent => child.type !== 'doctype') : [];
  };
  const stash = (children: ElementContent[], tagName: string): ElementContent[] => {
    const stashed = (file.data.mkdocstringsStash ??= []);
    stashed.push(children);
    return [element(tagName, { [STASH_PROPERTY]: String(stashed.length - 1) }, [])];
  };
  return {
    markdown: (text) => stash(render(text), 'div'),
    inlineMarkdown: (text) => {
      const children = render(text).filter((child) => child.type !== 'text' || child.value.trim() !== '');
      const only = children.length === 1 ? children[0] : undefined;
      return stash(only?.type === 'element' && only.tagName === 'p' ? only.children : children, 'span');
    },
  };
}

function isHastRoot(node: Node): node is HastRoot {
  return node.type === 'root' && 'children' in node && Array.isArray(node.children);
}
