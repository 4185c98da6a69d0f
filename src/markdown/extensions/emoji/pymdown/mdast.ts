/** The mdast node of an emoji from one of PyMdown's indexes: the generator's hast. */
import type { ElementContent } from 'hast';
import type { Data, Node } from 'mdast';

export interface PymdownEmoji extends Node {
  type: 'pymdownEmoji';
  content: ElementContent;
  data?: Data | undefined;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    pymdownEmoji: PymdownEmoji;
  }
  interface RootContentMap {
    pymdownEmoji: PymdownEmoji;
  }
}
