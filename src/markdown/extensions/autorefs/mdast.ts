/** autorefs' mdast node: the `autoref` marker a reference with no link definition becomes. */
import type { Parent, PhrasingContent } from 'mdast';

/** The marker node: its children are the reference's text. */
export interface Autoref extends Parent {
  type: 'autoref';
  identifier: string;
  /** Python-Markdown's default slug of the text, tried after the identifier (`[text][]` with a plain label). */
  slug: string | undefined;
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    autoref: Autoref;
  }
  interface RootContentMap {
    autoref: Autoref;
  }
}
