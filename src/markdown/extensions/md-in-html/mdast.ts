/**
 * The mdast node of an HTML element whose content is Markdown (`<div markdown>`): the element
 * keeps its tag and attributes (without `markdown`), its children are parsed Markdown and the
 * raw HTML of children that are not.
 */
import type { Parent, RootContent } from 'mdast';

export interface MdInHtml extends Parent {
  type: 'mdInHtml';
  tagName: string;
  /** Attributes in source order, `markdown` removed. */
  attributes: Array<[string, string]>;
  /** `block`: children are flow content; `span`: phrasing only (no newlines added between them). */
  markdown: 'block' | 'span';
  children: RootContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    mdInHtml: MdInHtml;
  }
  interface BlockContentMap {
    mdInHtml: MdInHtml;
  }
}
