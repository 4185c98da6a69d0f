/**
 * A long string used a slice at a time where it becomes UTF-8 (a file, a hash): only a slice's
 * bytes at once, never the whole string's (Buffer.from, writeFileSync or a hash's update would
 * make them at once: 88 MB more for the 80 million characters of a 10 MB Markdown page's HTML).
 * A slice never ends between the two halves of a surrogate pair, which UTF-8 would make two U+FFFD.
 *
 * @example
 *   writeText(fd, page.html); // the bytes Buffer.from(page.html, 'utf8') holds
 *   for (const slice of textSlices(page.html)) hash.update(slice);
 */
import { writeSync } from 'node:fs';

/** Characters at a time. */
const SLICE_CHARS = 1 << 20;

export function* textSlices(text: string, sliceChars: number = SLICE_CHARS): Generator<string> {
  for (let from = 0; from < text.length; ) {
    let to = Math.min(from + sliceChars, text.length);
    if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to += 1;
    yield text.slice(from, to);
    from = to;
  }
}

export function writeText(fd: number, text: string, sliceChars: number = SLICE_CHARS): void {
  for (const slice of textSlices(text, sliceChars)) writeSync(fd, slice);
}

/** Writes all of `bytes` to `fd` (writeSync may write fewer than it is given). */
export function writeBytes(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
