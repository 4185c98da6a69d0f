/** mdast nodes of abbr: the definition line, and an abbreviation found in text. */
import type { Data, Literal, Node } from 'mdast';

export interface AbbrDefinition extends Node {
  type: 'abbrDefinition';
  /** The term, trimmed later (`HTML`). */
  term: string;
  title: string;
  data?: Data | undefined;
}

export interface Abbr extends Literal {
  type: 'abbr';
  /** The matched text (`HTML`). */
  value: string;
  title: string;
  data?: Data | undefined;
}

declare module 'mdast' {
  interface RootContentMap {
    abbrDefinition: AbbrDefinition;
    abbr: Abbr;
  }
  interface BlockContentMap {
    abbrDefinition: AbbrDefinition;
  }
  interface PhrasingContentMap {
    abbr: Abbr;
  }
}
