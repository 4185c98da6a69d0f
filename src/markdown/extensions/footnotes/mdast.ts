/** The mdast nodes of Python-Markdown's footnotes: the numbered calls and the list at the page's end. */

declare module 'mdast' {
  /** `[^label]`, numbered. */
  interface FootnoteCall extends Node {
    type: 'footnoteCall';
    number: number;
    label: string;
    /** `fnref:label`, `fnref2:label`, ... */
    refId: string;
  }
  /** One footnote of the list at the end of the page. */
  interface FootnoteItem extends Parent {
    type: 'footnoteItem';
    number: number;
    label: string;
    /** Ids of every reference to it, for the back links. */
    refIds: string[];
    children: Array<BlockContent | DefinitionContent>;
  }
  interface FootnoteList extends Parent {
    type: 'footnoteList';
    children: FootnoteItem[];
  }
  interface PhrasingContentMap {
    footnoteCall: FootnoteCall;
  }
  interface RootContentMap {
    footnoteCall: FootnoteCall;
    footnoteItem: FootnoteItem;
    footnoteList: FootnoteList;
  }
}

export {};
