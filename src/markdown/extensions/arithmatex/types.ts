/** mdast nodes of arithmatex. `value` is the raw TeX between the delimiters. */
import type { Data, Literal } from 'mdast';

/** `$x$`, `\(x\)`. */
export interface ArithmatexInline extends Literal {
  type: 'arithmatexInline';
  data?: Data | undefined;
}

/** `$$x$$`, `\[x\]` inside a line: a block only when it is all of its paragraph. */
export interface ArithmatexDisplay extends Literal {
  type: 'arithmatexDisplay';
  /** The source as written, delimiters included, for when it stays text. */
  raw: string;
  data?: Data | undefined;
}

/** A paragraph that was only `$$x$$` / `\[x\]`. */
export interface ArithmatexBlock extends Literal {
  type: 'arithmatexBlock';
  data?: Data | undefined;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    arithmatexInline: ArithmatexInline;
    arithmatexDisplay: ArithmatexDisplay;
  }
  interface BlockContentMap {
    arithmatexBlock: ArithmatexBlock;
  }
  interface RootContentMap {
    arithmatexInline: ArithmatexInline;
    arithmatexDisplay: ArithmatexDisplay;
    arithmatexBlock: ArithmatexBlock;
  }
}
