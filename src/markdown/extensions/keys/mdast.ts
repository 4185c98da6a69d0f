/** The mdast node of `++ctrl+c++`. */
import type { Data, Node } from 'mdast';

export interface Keys extends Node {
  type: 'keys';
  /** Keys as written: `ctrl`, `"My Key"`. */
  keys: string[];
  data?: Data | undefined;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    keys: Keys;
  }
  interface RootContentMap {
    keys: Keys;
  }
}
