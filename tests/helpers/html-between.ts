/** Reading built pages in end-to-end tests. */
import assert from 'node:assert/strict';

/** The HTML between the first match of `from` and the first match of `to` after it (both must be there). */
export function between(html: string, from: string, to: string): string {
  const start = html.indexOf(from);
  assert.ok(start >= 0, `${from} is in the page`);
  const end = html.indexOf(to, start + from.length);
  assert.ok(end >= 0, `${to} follows ${from}`);
  return html.slice(start + from.length, end);
}
