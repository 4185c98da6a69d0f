/**
 * What a Blocks type (`admonition`, `tab`, `html`...) tells the generic machinery: its name,
 * whether it takes an argument, its options, and how it builds its elements. Shaped after
 * PyMdown's `Block` class: `create` is `on_create` + `on_add`, `end` is `on_end`.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { MdInHtml } from '../md-in-html/mdast.ts';
import type { BlockElement } from './mdast.ts';

/** An element node blocks can build on: ours, or md_in_html's `<figure markdown>`. */
export type ElementNode = BlockElement | MdInHtml;
import type { OptionSpec } from './options.ts';
import type { ArgumentSpec } from './syntax.ts';

/** How the body is parsed: PyMdown's `markdown` modes (`html` is raw HTML, not escaped). */
export type ContentMode = 'auto' | 'block' | 'inline' | 'raw' | 'html';

export interface BlockInput {
  /** The text after `|`, undefined when there is none. */
  readonly argument: string | undefined;
  /** The argument parsed as inline Markdown. */
  readonly title: PhrasingContent[];
  readonly options: ReadonlyMap<string, unknown>;
}

export interface BlockInstance {
  /** The element `attrs` go on (a caption's figure may be md_in_html's `<figure markdown>`). */
  readonly element: ElementNode;
  /** The element the body goes in. */
  readonly target: BlockElement;
  readonly mode: ContentMode;
  /** The `attrs` to apply instead of the option's (captions merge their argument's in). */
  readonly attrs?: Array<[string, string | string[]]> | undefined;
  /** Runs once the body is in place (PyMdown's `on_end`). */
  readonly end?: (() => void) | undefined;
}

/** Per page state shared by all blocks of a kind (PyMdown's `tracker`). */
export interface BlockPage {
  readonly file: VFile;
  readonly counters: Map<string, number>;
  /** Figures made by captions, for numbering once the page is built (caption/numbering.ts). */
  readonly figures: Map<ElementNode, FigureMark>;
}

export interface FigureMark {
  readonly type: string;
  /** `^N`: the level written in the argument, or '' */
  level: string;
  /** `N.M`: the number written in the argument, or '' */
  number: string;
  readonly prepend: boolean;
}

export interface BlockKind {
  readonly name: string;
  readonly argument: ArgumentSpec;
  /** A check of the argument's own syntax, run on the header line (see syntax.ts). */
  readonly accepts?: ((argument: string | undefined) => boolean) | undefined;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /**
   * Builds the elements: appends to `siblings` (the parent's output so far) or merges into its
   * last element, as PyMdown's `on_create` does with the parent element.
   */
  readonly create: (input: BlockInput, siblings: RootContent[], page: BlockPage) => BlockInstance;
  /**
   * Takes a node of another extension into this kind's element before it, as that extension's
   * processor adds to the parent's last element (`===` tabs after a `/// tab` set); `build`
   * makes the blocks of a body. True when the node was taken (it then leaves nothing of its own).
   */
  readonly adopt?: ((node: RootContent, siblings: RootContent[], build: (body: RootContent[]) => RootContent[]) => boolean) | undefined;
}

/** `blockElement('p', [['class', 'x']])` -> `<p class="x"></p>` once rendered. */
export function blockElement(tagName: string, attributes: Array<[string, string]> = [], children: RootContent[] = []): BlockElement {
  return { type: 'blockElement', tagName, attributes, children };
}

/** `RE_SEP.sub(' ', name).title()`: `my_note-x` -> `My Note X`. */
export function titleCase(name: string): string {
  return name
    .replace(/[_-]+/g, ' ')
    .replace(/[\p{L}\p{N}]+/gu, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

/** The value of one attribute, undefined when absent. */
export function attribute(element: ElementNode, name: string): string | undefined {
  return element.attributes.find(([key]) => key === name)?.[1];
}

/** Sets an attribute, keeping its place when it exists (serialisation order). */
export function setAttribute(element: ElementNode, name: string, value: string): void {
  const entry = element.attributes.find(([key]) => key === name);
  if (entry) entry[1] = value;
  else element.attributes.push([name, value]);
}
