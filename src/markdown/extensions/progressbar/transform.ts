/**
 * Finds progress bars in text nodes (PyMdown's inline pattern, priority 179: before links, so
 * `[=...]` is never link text) and renders them.
 */
import type { Element } from 'hast';
import type { Root } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { replaceText } from '../../inline/text-replace.ts';
import type { ProgressBar } from './mdast.ts';

export interface ProgressOptions {
  readonly levelClass: boolean;
  readonly increment: number;
  readonly addClasses: readonly string[];
}

export function readProgressOptions(options: Readonly<Record<string, unknown>>): ProgressOptions {
  const increment = options['progress_increment'];
  const add = options['add_classes'];
  return {
    levelClass: options['level_class'] !== false,
    increment: typeof increment === 'number' && increment > 0 ? increment : 20,
    addClasses: typeof add === 'string' ? add.split(/\s+/).filter((c) => c !== '') : [],
  };
}

// `[=`+ then a percentage (at most 100) or a fraction, an optional quoted title, `]`.
const PROGRESS = /\[=+\s*(?:(100(?:\.0+)?|[1-9]?[0-9](?:\.\d+)?)%|(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?))(\s+(['"]).*?\5)?\s*\]/gu;

export function remarkProgressBar(options: ProgressOptions) {
  return (tree: Root, file: VFile): undefined => {
    replaceText(tree, String(file.value), PROGRESS, (match) => [bar(match, options)]);
  };
}

function bar(match: RegExpExecArray, options: ProgressOptions): ProgressBar {
  const [, percent, numerator, denominator, title] = match;
  let value: number;
  if (percent !== undefined) value = Number(percent);
  else {
    const den = Number(denominator);
    value = den === 0 ? 0 : (Number(numerator) / den) * 100;
  }
  value = Math.min(value, 100);
  const classes = new Set(['progress', ...options.addClasses]);
  if (options.levelClass) classes.add(`progress-${Math.trunc(value - (value % options.increment))}plus`);
  // PyMdown strips the title, then the one pair of quotes around it.
  const label = title === undefined ? '' : title.trim().slice(1, -1);
  return { type: 'progressBar', width: value.toFixed(2), label, classes: [...classes].sort() };
}

/** to-hast: the bar's three nested elements; attributes from attr_list go on the outer one. */
export function progressBarHandler(state: State, node: ProgressBar): Element {
  const label: Element = { type: 'element', tagName: 'p', properties: { className: ['progress-label'] }, children: [{ type: 'text', value: node.label }] };
  const inner: Element = { type: 'element', tagName: 'div', properties: { className: ['progress-bar'], style: `width:${node.width}%` }, children: [label] };
  // attr_list's `.x` adds to PyMdown's classes (applyData alone would replace them).
  const { className, ...rest } = node.data?.hProperties ?? {};
  const added = Array.isArray(className) ? className.map(String) : typeof className === 'string' ? [className] : [];
  const outer: Element = { type: 'element', tagName: 'div', properties: { ...rest, className: [...node.classes, ...added] }, children: [inner] };
  state.patch(node, outer);
  return outer;
}
