/**
 * mdast nodes of pymdownx.tabbed. The parser makes one `tabbedTab` per `===` block;
 * from-markdown.ts then groups consecutive tabs into `tabbedSet`s and number.ts numbers the
 * sets in document order, as PyMdown counts them per page.
 *
 * ```
 * tabbedSet {index: 1}
 *   tabbedTab {newSet: false} > tabbedLabel > text 'First', paragraph ...
 *   tabbedTab ...
 * ```
 */
import type { BlockContent, DefinitionContent, Parent, PhrasingContent } from 'mdast';

export interface TabbedSet extends Parent {
  type: 'tabbedSet';
  /** 1-based, per page, in document order (`__tabbed_<index>_<tab>`); 0 until numbered. */
  index: number;
  children: TabbedTab[];
}

export interface TabbedTab extends Parent {
  type: 'tabbedTab';
  /** `===!`: this tab starts a new set even right after another tab. */
  newSet: boolean;
  /** `===+`: this tab is the checked one (the last `+` of a set wins; else the first tab). */
  selected: boolean;
  /** The label always comes first. */
  children: Array<TabbedLabel | BlockContent | DefinitionContent>;
}

export interface TabbedLabel extends Parent {
  type: 'tabbedLabel';
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface BlockContentMap {
    tabbedSet: TabbedSet;
    tabbedTab: TabbedTab;
  }
  interface RootContentMap {
    tabbedSet: TabbedSet;
    tabbedTab: TabbedTab;
    tabbedLabel: TabbedLabel;
  }
}
