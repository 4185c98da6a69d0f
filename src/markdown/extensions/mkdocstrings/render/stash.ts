/**
 * `signature_crossrefs`: mkdocstrings-python's `stash_crossref` filter. A cross-reference in a
 * signature would not survive highlighting, so each is written as a key Pygments reads as one
 * name, and put back in the highlighted block where the key landed (`format_signature`,
 * `format_attribute`):
 *
 * ```text
 * greet(who: _mkdocstrings0) -> _mkdocstrings1      highlighted, then
 * <span class="n">_mkdocstrings0</span>  ->  <span class="n"><autoref identifier="pkg.User" optional hover>User</autoref></span>
 * ```
 * mkdocstrings' keys are random, as long as the reference's text (for Black's line lengths);
 * no formatter runs here, so ours only need to be names found nowhere else in the signature.
 */
import type { Element, ElementContent } from 'hast';
import { text } from '../../superfences/hast.ts';
import { autoref, type Crossref, type ExpressionPiece } from './expression.ts';

export class CrossrefStash {
  private readonly stashed = new Map<string, Crossref>();

  /** The pieces as text, each reference replaced by its key. */
  text(pieces: readonly ExpressionPiece[]): string {
    return pieces
      .map((piece) => {
        if (typeof piece === 'string') return piece;
        const key = `_mkdocstrings${String(this.stashed.size)}`;
        this.stashed.set(key, piece);
        return key;
      })
      .join('');
  }

  /** Puts each reference back where its key is, in the highlighted block's text. */
  restore(block: Element): Element {
    if (this.stashed.size === 0) return block;
    const pattern = new RegExp(`\\b(${[...this.stashed.keys()].join('|')})\\b`);
    const walk = (node: Element) => {
      node.children = node.children.flatMap((child): ElementContent[] => {
        if (child.type === 'element') walk(child);
        if (child.type !== 'text' || !pattern.test(child.value)) return [child];
        return child.value.split(pattern).flatMap((part, index) => {
          const crossref = index % 2 === 1 ? this.stashed.get(part) : undefined;
          return crossref ? [autoref(crossref)] : part === '' ? [] : [text(part)];
        });
      });
    };
    walk(block);
    return block;
  }
}
