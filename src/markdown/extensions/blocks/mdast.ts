/**
 * mdast nodes of PyMdown's Blocks. The parser makes one generic `blockFence` per `/// name`;
 * transform.ts turns each into the elements of its block type as `blockElement` nodes (a
 * small element tree, as PyMdown builds etree elements), which to-hast.ts writes out.
 *
 * `/// note | Hi` -> `blockFence {name: 'note', argument: 'Hi', children: [blockFenceTitle > text 'Hi', ...body]}`
 */
import type { Parent, PhrasingContent, RootContent } from 'mdast';

export interface BlockFence extends Parent {
  type: 'blockFence';
  /** Lowercased block name, e.g. `admonition`, `tab`, `figure-caption`. */
  name: string;
  /** The text after `|`, trimmed; undefined when there is none. */
  argument: string | undefined;
  /** The option lines below the header, as written (YAML once dedented). */
  options: string[];
  /** Source offsets of the body (for raw content): from the line after the header/options to the close. */
  bodyStart: number | undefined;
  bodyEnd: number | undefined;
  closed: boolean;
  /**
   * The title (parsed argument) comes first when there is an argument; then the body's blocks
   * (any node a parent holds: an open block takes in what follows its container, hungry.ts).
   */
  children: RootContent[];
}

export interface BlockFenceTitle extends Parent {
  type: 'blockFenceTitle';
  children: PhrasingContent[];
}

/** One element of a block's output; `children` are mdast content rendered inside it. */
export interface BlockElement extends Parent {
  type: 'blockElement';
  /** '' for no element of its own: the children take its place (a `/// tab` body in a `===` set). */
  tagName: string;
  /** Attributes in insertion order (PyMdown's serialisation order). */
  attributes: Array<[string, string]>;
  children: RootContent[];
  /** Raw text content (markdown: raw / html): escaped text or raw HTML, not parsed. */
  raw?: { readonly value: string; readonly html: boolean } | undefined;
}

declare module 'mdast' {
  interface BlockContentMap {
    blockFence: BlockFence;
    blockElement: BlockElement;
  }
  interface RootContentMap {
    blockFence: BlockFence;
    blockFenceTitle: BlockFenceTitle;
    blockElement: BlockElement;
  }
  interface PhrasingContentMap {
    blockElement: BlockElement;
  }
}
