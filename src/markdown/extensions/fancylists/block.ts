/**
 * `/// fancylists | type=a start=9`: PyMdown's way to force the numbering style of the list
 * right below the header (`i.` is a roman one, unless the block says it is the letter i).
 *
 * ```md
 * /// fancylists | type=a      ->  <ol start="9" type="a">
 * i.  ninth letter                 <li>ninth letter</li>
 * ///                              </ol>
 * ```
 * PyMdown's block puts an empty `<ol>` before its body, which goes straight into the parent;
 * a list that comes first in the body fills that `<ol>` and keeps its `type` and `start`, and
 * the `<ol>` is dropped when nothing filled it. Here the body is handed to the parent as it is
 * (the `blockFence` node is gone once pymdownx.blocks' pass has run) and fancylists' own pass,
 * which runs first, gives the first list the block's attributes (transform.ts).
 */
import type { BlockKind } from '../blocks/kind.ts';
import { blockElement } from '../blocks/kind.ts';
import { fancyStyles, type FancyStyles } from './markers.ts';

/** The `type` values of the argument and the list kind each one forces. */
const FORCED_KINDS: Readonly<Record<string, string>> = { '1': 'decimal', a: 'alpha', A: 'ALPHA', i: 'roman', I: 'ROMAN' };

/** What a valid argument asks for: the `<ol>`'s `type` and, when given, its `start`. */
export interface ListForce {
  readonly type: string;
  readonly start: number | undefined;
}

/** Python's `int()` on one token: optional sign, digits with single underscores between them. */
const PYTHON_INT = /^[+-]?\d+(?:_\d+)*$/;

/**
 * PyMdown's `on_validate`: space-separated `type=…` (`1`, `a`, `A`, `i`, `I`, letters and
 * numerals only when enabled) and `start=N` (negative counts as 0). Anything else makes the
 * header text. `'type=i start=5'` -> `{type: 'i', start: 5}`; `'type=b'` -> undefined.
 */
export function parseForce(argument: string | undefined, styles: Pick<FancyStyles, 'roman' | 'alpha'>): ListForce | undefined {
  let type = '1';
  let start: number | undefined;
  for (const token of (argument ?? '').split(/\s+/).filter((part) => part !== '')) {
    const pair = token.split('=');
    if (pair.length !== 2) return undefined;
    const name = pair[0]?.trim() ?? '';
    const value = pair[1]?.trim() ?? '';
    if (name === 'type' && FORCED_KINDS[value] !== undefined) {
      if (value.toLowerCase() === 'a' && !styles.alpha) return undefined;
      if (value.toLowerCase() === 'i' && !styles.roman) return undefined;
      type = value;
    } else if (name === 'start' && PYTHON_INT.test(value)) start = Math.max(0, Number.parseInt(value.replaceAll('_', ''), 10));
    else return undefined;
  }
  return { type, start };
}

/** The fancy list kind a forced `type` stands for (`a` -> `alpha`). */
export function forcedKind(type: string): string {
  return FORCED_KINDS[type] ?? 'decimal';
}

/** The `fancylists` Blocks type: valid headers only, body handed to the parent as is. */
export function fancylistsKind(options: Readonly<Record<string, unknown>>): BlockKind {
  // The generic `#.` plays no part in the argument.
  const styles = fancyStyles(options, false);
  return {
    name: 'fancylists',
    argument: 'required',
    accepts: (argument) => parseForce(argument, styles) !== undefined,
    options: {},
    create(_input, siblings) {
      // A holder the body is parsed into, then moved to the parent: PyMdown returns the parent
      // itself as the block's element. (`attrs` would go on that parent there; here they are
      // dropped with the holder, as they are at the top of a page in PyMdown.)
      const holder = blockElement('div');
      return { element: holder, target: holder, mode: 'block', end: () => void siblings.push(...holder.children) };
    },
  };
}
