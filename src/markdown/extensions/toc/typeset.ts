/**
 * Material's typeset plugin: each ToC entry gets its heading's rendered HTML, so the nav and the
 * ToC can show code, emphasis and icons as the heading does.
 *
 * ```md
 * ## The `serve` command    ->  toc: [{ id: 'the-serve-command', name: 'The serve command', html: 'The <code>serve</code> command' }]
 * ```
 *
 * As the plugin does: toc's anchorlink (the link around the whole heading) is unwrapped, its
 * permalink dropped and the ids inside removed, since the copy is drawn inside a link on every
 * page; a heading named by `data-toc-label` keeps its plain label. Where we differ on purpose:
 * every other link in the heading is unwrapped too (Material keeps them, nesting links inside the
 * ToC's link, which is invalid HTML), a leading permalink (`permalink_leading`) is dropped like a
 * trailing one, and `<script>`/`<style>` are left out so a heading's script does not run again
 * in every nav that shows it. Runs last (`rehypeLast`), on the heading as the page shows it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { visitHast } from '../../core/visit.ts';
import type { TocEntry } from '../../types.ts';
import type { TocOptions } from './options.ts';

const HEADING = /^h[1-6]$/;
const LEFT_OUT = new Set(['script', 'style', 'template']);

export function rehypeTypeset(options: Pick<TocOptions, 'permalinkClass'>) {
  return (tree: Root, file: VFile): undefined => {
    const toc = file.data.toc;
    if (toc === undefined || toc.length === 0) return;
    const headings = new Map<string, Element>();
    visitHast(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (HEADING.test(node.tagName) && typeof id === 'string' && !headings.has(id)) headings.set(id, node);
    });
    const labelled = file.data.tocLabelled ?? new Set<string>();
    const withHtml = (entry: TocEntry): TocEntry => {
      const heading = labelled.has(entry.id) ? undefined : headings.get(entry.id);
      const children = entry.children.map(withHtml);
      return heading ? { ...entry, html: typesetHtml(heading, options.permalinkClass), children } : { ...entry, children };
    };
    file.data.toc = toc.map(withHtml);
  };
}

/**
 * A heading's inner HTML as the nav and the ToC draw it: links unwrapped (toc's anchorlink
 * included), the permalink (`a.<permalinkClass>`) dropped, ids removed.
 *
 *   <h2 id="a"><a class="toclink" href="#a">The <code id="x">serve</code> command</a><a class="headerlink" href="#a">¶</a></h2>
 *     -> 'The <code>serve</code> command'
 */
export function typesetHtml(heading: Element, permalinkClass: string): string {
  return toHtml({ type: 'root', children: cleaned(heading.children, permalinkClass) });
}

function cleaned(children: readonly ElementContent[], permalinkClass: string): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type !== 'element') {
      if (child.type !== 'comment') out.push(child);
      continue;
    }
    if (LEFT_OUT.has(child.tagName)) continue;
    if (child.tagName === 'a') {
      if (!classesOf(child).includes(permalinkClass)) out.push(...cleaned(child.children, permalinkClass));
      continue;
    }
    const properties = Object.fromEntries(Object.entries(child.properties).filter(([name]) => name !== 'id'));
    out.push({ ...child, properties, children: cleaned(child.children, permalinkClass) });
  }
  return out;
}

function classesOf(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}
