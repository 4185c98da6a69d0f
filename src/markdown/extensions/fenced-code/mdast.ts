/** fenced_code's mdast node: a fence Python-Markdown's fenced_code accepts. */
import type { FenceInfo } from '../superfences/fence-info.ts';

declare module 'mdast' {
  /** A fence Python-Markdown's fenced_code accepts. */
  interface FencedCodeBlock extends Node {
    type: 'fencedCodeBlock';
    info: FenceInfo;
    value: string;
  }
  interface RootContentMap {
    fencedCodeBlock: FencedCodeBlock;
  }
  interface BlockContentMap {
    fencedCodeBlock: FencedCodeBlock;
  }
}
