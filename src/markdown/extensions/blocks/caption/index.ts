/**
 * `pymdownx.blocks.caption`: `/// caption` (and `figure-caption`, `table-caption`, or the
 * configured `types`) wraps the element right before it in a `<figure>` and adds the body as
 * its `<figcaption>`. The argument may hold `<`/`>` (prepend / append), a number (`2`, `^1` for
 * a level) and `#id.class` attributes for the figure. Numbering: numbering.ts.
 *
 * `![a](a.png)\n/// figure-caption\nA cat\n///` -> `<figure id="__figure-caption_1"><p><img ...></p><figcaption><p><span class="caption-prefix">Figure 1.</span> A cat</p></figcaption></figure>`
 */
import type { RootContent } from 'mdast';
import type { BlockKind, BlockPage, ElementNode } from '../kind.ts';
import { attribute, blockElement, setAttribute } from '../kind.ts';
import { parseSelector } from '../html/selector.ts';
import { updateTag } from './numbering.ts';

export { captionNumbering } from './numbering.ts';

interface CaptionType {
  readonly name: string;
  readonly prefix: string;
  readonly classes: string;
}

const DEFAULT_TYPES: unknown[] = ['caption', { name: 'figure-caption', prefix: 'Figure {}.' }, { name: 'table-caption', prefix: 'Table {}.' }];
const FIGURE_NUMBER = /^(\^)?([1-9][0-9]*(?:\.[1-9][0-9]*)*)(?= |$)/;

/** The `types` option: names, or `{name, prefix, classes}`; `caption`, `figure-caption`, `table-caption` by default. */
export function captionTypes(config: Readonly<Record<string, unknown>>): CaptionType[] {
  const raw = Array.isArray(config['types']) ? config['types'] : DEFAULT_TYPES;
  const out: CaptionType[] = [];
  for (const entry of raw) {
    if (typeof entry === 'string') out.push({ name: entry, prefix: '', classes: '' });
    else if (typeof entry === 'object' && entry !== null && 'name' in entry && typeof entry.name === 'string') {
      const prefix = 'prefix' in entry && typeof entry.prefix === 'string' ? entry.prefix : '';
      const classes = 'classes' in entry && typeof entry.classes === 'string' ? entry.classes : '';
      out.push({ name: entry.name, prefix, classes });
    }
  }
  return out;
}

interface CaptionArgument {
  readonly prepend: boolean | undefined;
  readonly number: string;
  readonly level: string;
  readonly attributes: Array<[string, string]>;
}

function parseArgument(argument: string | undefined): CaptionArgument | undefined {
  let rest = argument ?? '';
  let prepend: boolean | undefined;
  if (rest.startsWith('>') || rest.startsWith('<')) {
    prepend = rest.startsWith('<');
    rest = rest.slice(1).trimStart();
  }
  let number = '';
  let level = '';
  const match = FIGURE_NUMBER.exec(rest);
  if (match) {
    if (match[1]) level = match[2] ?? '';
    else number = match[2] ?? '';
    rest = rest.slice(match[0].length).trimStart();
  }
  if (rest === '') return { prepend, number, level, attributes: [] };
  const selector = parseSelector(rest, false);
  return selector ? { prepend, number, level, attributes: selector.attributes } : undefined;
}

/** One block per caption type; `auto` (default) leaves numbering to numbering.ts, `prepend` puts captions first. */
export function captionKinds(config: Readonly<Record<string, unknown>>): BlockKind[] {
  const auto = config['auto'] !== false;
  const prependDefault = config['prepend'] === true;
  return captionTypes(config).map((type) => ({
    name: type.name,
    argument: 'optional',
    options: {},
    accepts: (argument) => parseArgument(argument) !== undefined,
    create(input, siblings, page: BlockPage) {
      const argument = parseArgument(input.argument) ?? { prepend: undefined, number: '', level: '', attributes: [] };
      const prepend = argument.prepend ?? prependDefault;
      const classes = type.classes.split(/\s+/).filter((name) => name !== '');
      const last = siblings.at(-1);
      let figure: ElementNode;
      if ((last?.type === 'blockElement' || last?.type === 'mdInHtml') && last.tagName === 'figure' && !last.children.some((child) => isTag(child, 'figcaption'))) {
        figure = last;
        if (classes.length > 0) {
          const own = (attribute(figure, 'class') ?? '').trim();
          const list = own.split(/\s+/).filter((name) => name !== '');
          setAttribute(figure, 'class', own ? [own, ...classes.filter((name) => !list.includes(name))].join(' ') : classes.join(' '));
        }
      } else {
        figure = blockElement('figure', classes.length > 0 ? [['class', classes.join(' ')]] : []);
        if (last) figure.children.push(siblings.pop() ?? last);
        siblings.push(figure);
      }
      if (auto) page.figures.set(figure, { type: type.name, level: argument.level, number: argument.number, prepend });
      const caption = blockElement('figcaption');
      if (prepend) figure.children.unshift(caption);
      else figure.children.push(caption);
      return {
        element: figure,
        target: caption,
        mode: 'auto',
        attrs: mergeAttributes(argument.attributes, input.options.get('attrs')),
        end() {
          if (!type.prefix || auto) return;
          const number = argument.level ? Array.from({ length: Number(argument.level) + 1 }, () => '1').join('.') : argument.number;
          if (number) updateTag(figure, type.name, number, type.prefix, prepend);
        },
      };
    },
  }));
}

/** An element of ours or a `<figure markdown>` of md_in_html. */
function isTag(node: RootContent, tagName: string): boolean {
  return (node.type === 'blockElement' || node.type === 'mdInHtml') && node.tagName === tagName;
}

/**
 * `attrs` with the argument's attributes merged in, as PyMdown's caption does: classes of both
 * as one sorted set, other attributes from the argument only where `attrs` has none.
 */
function mergeAttributes(fromArgument: Array<[string, string]>, attrs: unknown): Array<[string, string | string[]]> {
  const merged: Array<[string, string | string[]]> = [];
  if (Array.isArray(attrs)) {
    for (const entry of attrs) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
      const value: unknown = entry[1];
      merged.push([entry[0], Array.isArray(value) ? value.map(String) : String(value)]);
    }
  }
  for (const [key, value] of fromArgument) {
    const existing = merged.find(([name]) => name === key);
    if (key === 'class') {
      const own = existing ? [existing[1]].flat() : [];
      const classes = [...new Set([...own, ...value.split(' ').filter((name) => name !== '')])].sort();
      if (existing) existing[1] = classes;
      else merged.push(['class', classes]);
    } else if (!existing) merged.push([key, value]);
  }
  return merged;
}
