/** inlinehilite's mdast node: inline code with a language prefix. */
import type { Data, Literal } from 'mdast';

/** Inline code for inlinehilite's formatters; `lang` is empty without a prefix. */
export interface InlineHilite extends Literal {
  type: 'inlineHilite';
  lang: string;
  data?: Data | undefined;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    inlineHilite: InlineHilite;
  }
  interface RootContentMap {
    inlineHilite: InlineHilite;
  }
}
