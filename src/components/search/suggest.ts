/**
 * search.suggest, pure (no DOM): the completion of the query's last word, taken from the words
 * Pagefind marked in the results shown (Pagefind matches the last word as a prefix and marks the
 * whole word it found), best result first. Material takes its suggestion from lunr's terms; with
 * Pagefind the marked words are what the index found, so nothing more is fetched.
 *
 *   query "end-to-end encr", first marked word starting with "encr": "encryption"
 *   -> suggestion "end-to-end encryption" (the typed text kept as typed, the rest added)
 */
import type { Segment } from './shape.ts';

/** A word's letters, digits and underscores: where a marked run's first word ends. */
const WORD = /^[\p{L}\p{N}_]+/u;

/**
 * The query with its last word completed, or '' when there is nothing to add: an empty last
 * word (the query ends in a space), or no marked word that starts with it and is longer.
 *
 * @param excerpts the excerpts of the results in the order shown
 * @example suggestCompletion('encr', [[{ text: 'Transport ', marked: false }, { text: 'encryption', marked: true }]]) // 'encryption'
 */
export function suggestCompletion(query: string, excerpts: ReadonlyArray<readonly Segment[]>): string {
  const last = query.split(/[\s-]+/).pop() ?? '';
  if (last === '') return '';
  const prefix = last.toLocaleLowerCase();
  for (const excerpt of excerpts) {
    for (const segment of excerpt) {
      if (!segment.marked) continue;
      const word = WORD.exec(segment.text)?.[0] ?? '';
      if (word.length > last.length && word.toLocaleLowerCase().startsWith(prefix)) return query + word.slice(last.length);
    }
  }
  return '';
}

/**
 * Whether a key press accepts the suggestion: Tab, or the right arrow with the caret at the
 * end of the input (elsewhere it moves the caret, as always).
 *
 * @example acceptsSuggestion('ArrowRight', 4, 4) // true
 */
export function acceptsSuggestion(key: string, caret: number | null, length: number): boolean {
  return key === 'Tab' || (key === 'ArrowRight' && caret === length);
}
