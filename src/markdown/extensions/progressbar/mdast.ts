/** progressbar's mdast node: one bar. */
import type { Data, Node } from 'mdast';

/** One bar; `width` is already formatted (`50.00`). */
export interface ProgressBar extends Node {
  type: 'progressBar';
  width: string;
  label: string;
  classes: string[];
  data?: Data | undefined;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    progressBar: ProgressBar;
  }
  interface RootContentMap {
    progressBar: ProgressBar;
  }
}
