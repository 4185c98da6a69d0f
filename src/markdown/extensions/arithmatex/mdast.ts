/** mdast nodes of arithmatex. `value` is the raw TeX, without the delimiters. */
import type { Data, Literal } from 'mdast';

/** `$x$`, `\(x\)`. */
export interface ArithmatexInline extends Literal {
  type: 'arithmatexInline';
  data?: Data | undefined;
}

/** A block that is only `$$x$$`, `\[x\]` or `\begin{env}x\end{env}` (the value keeps the environment). */
export interface ArithmatexBlock extends Literal {
  type: 'arithmatexBlock';
  data?: Data | undefined;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    arithmatexInline: ArithmatexInline;
  }
  interface BlockContentMap {
    arithmatexBlock: ArithmatexBlock;
  }
  interface RootContentMap {
    arithmatexInline: ArithmatexInline;
    arithmatexBlock: ArithmatexBlock;
  }
}
