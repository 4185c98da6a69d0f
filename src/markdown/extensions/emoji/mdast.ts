/** The mdast node `:name:` becomes; registered so `visit(tree, 'emoji', ...)` is typed. */
import type { Data, Literal } from 'mdast';
import type { EmojiEntry } from './icon-index.ts';

export interface Emoji extends Literal {
  type: 'emoji';
  /** The shortcode as written, with colons (`:+1:`): Material's `title`. */
  value: string;
  entry: EmojiEntry;
  data?: Data | undefined;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    emoji: Emoji;
  }
  interface RootContentMap {
    emoji: Emoji;
  }
}
