/**
 * micromark's `EditMap.consume`, in time linear in what it changes rather than in the whole list.
 *
 * micromark (4.0.3) closes a container that a line does not continue (`- a` then a blank line
 * and `[x]: /y`, `> a` then a paragraph, a list item ended by its sibling) once it knows that
 * line starts a new block: micromark/lib/initialize/document.js moves the container's exit
 * events back before that line with an EditMap, on the document's own event list. Both edits
 * sit at that list's end, but `consume` copies the whole list, head included, and pushes every
 * event back one by one. The list holds every line of the page parsed so far, so a page of n
 * such blocks cost n² (4,000 short lists between reference definitions: 3 s; 8,000: 10 s).
 *
 * The events before the first edit never change: this `consume` leaves them where they are and
 * rebuilds only the rest, exactly as micromark's does (same edits, same order, same list).
 */
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';

/** micromark's own `consume`, which the tests compare ours with. */
export const micromarkConsume = EditMap.prototype.consume;

/** Applies the map's edits to `events` in place, touching only the events from the first edit on. */
function consumeFromFirstEdit(this: EditMap, events: Event[]): undefined {
  if (this.map.length === 0) return;
  this.map.sort((a, b) => a[0] - b[0]);
  // Back to front, as micromark does: each change's `add`, then the events after what it removes.
  const pieces: Event[][] = [];
  for (const [at, remove, add] of this.map.toReversed()) {
    pieces.push(events.slice(at + remove), add);
    events.length = at;
  }
  // What remains is the untouched head; the pieces follow it in their order.
  for (let piece = pieces.pop(); piece; piece = pieces.pop()) for (const event of piece) events.push(event);
  this.map.length = 0;
  this.index.clear();
}

/**
 * Makes every EditMap (micromark's own, created inside its tokenizers) consume in linear time.
 * micromark imports the class itself, so its prototype is the one place to change; the result
 * is micromark's, event for event (tests/markdown/edit-map.test.ts compares the two).
 */
export function linearEditMaps(): void {
  // Only micromark's own is replaced: a wrapper put there since (a test's counter) stays.
  if (EditMap.prototype.consume === micromarkConsume) EditMap.prototype.consume = consumeFromFirstEdit;
}
