/**
 * A big page is rendered piece by piece (src/markdown/pieces.ts): each piece goes through the
 * whole pipeline, parse to HTML, with the page's one VFile, and its trees are dropped before the
 * next piece is parsed. What a pass knows of the whole page (toc's ids, counters that number
 * things per page, messages given once per page) lives in a `PageState` keyed by that file, so
 * it carries from piece to piece; a page rendered whole is one piece, and the pass reads the same.
 *
 * ```ts
 * const fences = new PageState(() => ({ count: 0 }));
 * // in the pass: fences.of(file).count++
 * ```
 */
import type { VFile } from 'vfile';

/** The part of the page one render of the pipeline covers (absent: the whole page). */
export interface PageSlice {
  /** Offsets in the page's (expanded) source, which stays the file's value. */
  readonly from: number;
  readonly to: number;
  /** Lines of the page before `from`. */
  readonly line: number;
  readonly first: boolean;
  readonly last: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** Set while the page is rendered in pieces: the piece being rendered. */
    piece: PageSlice;
  }
}

/** One pass's state for the page being rendered, made on first use, dropped with the file. */
export class PageState<T> {
  readonly #byFile = new WeakMap<VFile, T>();
  readonly #init: () => T;

  constructor(init: () => T) {
    this.#init = init;
  }

  of(file: VFile): T {
    let state = this.#byFile.get(file);
    if (state === undefined) {
      state = this.#init();
      this.#byFile.set(file, state);
    }
    return state;
  }
}

/** True on the page's first (or only) piece: once-per-page messages go there. */
export function isFirstPiece(file: VFile): boolean {
  return file.data.piece?.first ?? true;
}

/** True on the page's last (or only) piece: results about the whole page are made there. */
export function isLastPiece(file: VFile): boolean {
  return file.data.piece?.last ?? true;
}

/**
 * Thrown by a pass that finds this page cannot be rendered in pieces with the same result as
 * whole (a piece's last block runs past its end; an id made in an earlier piece is written
 * later on the page): the page is then rendered whole.
 */
export class PieceMismatch extends Error {
  override readonly name = 'PieceMismatch';
}
