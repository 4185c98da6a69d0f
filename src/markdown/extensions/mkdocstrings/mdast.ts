/** mkdocstrings' mdast node: a `:::` block, drawn. */
import type { Element } from 'hast';
import type { Node } from 'mdast';

/** The drawn block: its hast is the node's output (see the extension's handler). */
export interface MkdocstringsBlock extends Node {
  type: 'mkdocstringsBlock';
  hast: Element;
}

declare module 'mdast' {
  interface RootContentMap {
    mkdocstringsBlock: MkdocstringsBlock;
  }
  interface BlockContentMap {
    mkdocstringsBlock: MkdocstringsBlock;
  }
}
