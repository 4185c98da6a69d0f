/**
 * Caption numbering (PyMdown's CaptionTreeprocessor, `auto: true`): figures of a type with a
 * prefix template are numbered in document order, nested figures of the same type get `1.1`,
 * `auto_level` stops numbering below a depth, and a number written in the argument resets the
 * counter. Each numbered figure gets `id="__<type>_<n>"` and the prefix in its caption.
 *
 * `/// figure-caption` twice -> `<figure id="__figure-caption_1">` ... `<span class="caption-prefix">Figure 2.</span>`
 */
import type { Root, RootContent } from 'mdast';
import type { BlockPage, ElementNode, FigureMark } from '../kind.ts';
import { attribute, blockElement, setAttribute } from '../kind.ts';
import type { BlockElement } from '../mdast.ts';
import { captionTypes } from './index.ts';

/** The page pass that numbers auto captions (`auto_level` limits the depth). */
export function captionNumbering(config: Readonly<Record<string, unknown>>) {
  const templates = new Map(captionTypes(config).map((type) => [type.name, type.prefix]));
  const autoLevel = Math.max(0, typeof config['auto_level'] === 'number' ? config['auto_level'] : 0);
  return (tree: Root, page: BlockPage): void => {
    const last = new Map<string, number>([...templates.keys()].map((name) => [name, 0]));
    const counters = new Map<string, number[]>([...templates.keys()].map((name) => [name, [0]]));
    const levels = new Map<ElementNode, number>();
    const visit = (node: Root | RootContent, ancestors: ElementNode[]): void => {
      const element = node.type === 'blockElement' || node.type === 'mdInHtml' ? node : undefined;
      const mark = element ? page.figures.get(element) : undefined;
      if (element && mark) number(element, mark, ancestors);
      if (!('children' in node)) return;
      const next = element ? [...ancestors, element] : ancestors;
      for (const child of node.children) visit(child, next);
    };
    const number = (figure: ElementNode, mark: FigureMark, ancestors: ElementNode[]): void => {
      const template = templates.get(mark.type);
      if (!template) return;
      let stack = -1;
      if (mark.level) {
        stack += Number(mark.level) + 1;
        levels.set(figure, Number(mark.level));
        if (autoLevel && stack >= autoLevel) return;
      } else stack += 1;
      for (const parent of [...ancestors].reverse()) {
        const parentMark = page.figures.get(parent);
        if (parent.tagName !== 'figure' || parentMark?.type !== mark.type) continue;
        const parentLevel = levels.get(parent);
        stack += parentLevel === undefined ? 1 : parentLevel + 1;
        if (parentLevel !== undefined) levels.set(figure, stack + 1);
        if (autoLevel && stack >= autoLevel) return;
      }
      let written: number[] = [];
      if (mark.number) {
        written = mark.number.split('.').map(Number);
        const newStack = written.length - 1;
        levels.set(figure, newStack - stack);
        stack = newStack;
      }
      const previous = last.get(mark.type) ?? 0;
      const counter = counters.get(mark.type) ?? [0];
      if (stack > previous) counter.push(...Array.from({ length: stack - previous }, () => 1));
      else if (stack === previous) counter[stack] = (counter[stack] ?? 0) + 1;
      else {
        counter.length = stack + 1;
        counter[stack] = (counter[stack] ?? 0) + 1;
      }
      last.set(mark.type, stack);
      if (written.length > 0 && compare(written, counter) > 0) counter.splice(0, counter.length, ...written);
      updateTag(figure, mark.type, counter.slice(0, stack + 1).join('.'), template, mark.prepend);
    };
    visit(tree, []);
  };
}

/** Python's list comparison. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const diff = (a[index] ?? 0) - (b[index] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

/** Gives the figure its id and puts the prefix (raw HTML, as PyMdown stashes it) in its caption. */
export function updateTag(figure: ElementNode, type: string, number: string, template: string, prepend: boolean): void {
  if (attribute(figure, 'id') === undefined) setAttribute(figure, 'id', `__${type}_${number.split('.').join('_')}`);
  if (!template) return;
  const captions = figure.children.filter((child): child is BlockElement => child.type === 'blockElement' && child.tagName === 'figcaption');
  const caption = prepend ? captions[0] : captions.at(-1);
  if (!caption) return;
  const prefix = blockElement('span', [['class', 'caption-prefix']]);
  prefix.raw = { value: template.replaceAll('{}', number), html: true };
  const first = caption.children[0];
  // The caption's first `<p>`: a paragraph, or an HTML one from md_in_html (`<p markdown>`).
  if (first?.type === 'paragraph' || ((first?.type === 'mdInHtml' || first?.type === 'blockElement') && first.tagName === 'p')) {
    const lead = first.children[0];
    const spaced = lead?.type === 'text' && lead.value !== '';
    first.children.unshift(prefix, ...(spaced ? [{ type: 'text' as const, value: ' ' }] : []));
  } else caption.children.unshift({ type: 'paragraph', children: [prefix] });
}
