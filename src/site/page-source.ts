/**
 * Reading a page's Markdown, and what a page becomes when it cannot be rendered. One bad page
 * is reported at its file (and line, where known) and never takes the other pages down.
 *
 *   readPageSource(Buffer.from([0x61, 0xff, 0x0a]))
 *   // { value: 'a\uFFFD\n', invalid: { offset: 1, line: 1 } }
 */
import { escapeText } from './html-escape.ts';

export interface PageSource {
  readonly value: string;
  /** The first byte that is not UTF-8, when there is one: the text was decoded with U+FFFD. */
  readonly invalid?: { readonly offset: number; readonly line: number } | undefined;
}

/** Decodes UTF-8 as MkDocs reads pages (`utf-8-sig`: a leading BOM is dropped), replacing invalid bytes. */
export function readPageSource(bytes: Uint8Array): PageSource {
  const value = new TextDecoder('utf-8').decode(bytes);
  const offset = firstInvalidByte(bytes);
  if (offset === undefined) return { value };
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return { value, invalid: { offset, line } };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number | undefined {
  // Fast path: the whole buffer is valid (the usual case).
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Fall through to find where.
  }
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return undefined;
}

/** Length of the well-formed sequence at `i` (RFC 3629 table), 0 if there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (at: number, low = 0x80, high = 0xbf) => {
    const b = bytes[at];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(i + 1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf;
    return cont(i + 1, low, high) && cont(i + 2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(i + 1, low, high) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

/** The body of a page whose rendering failed: says so, and shows the source as text. */
export function failedPageHtml(reason: string, source: string): string {
  return `<div class="admonition failure"><p class="admonition-title">This page could not be rendered</p><p>${escapeText(reason)}</p></div>\n<pre><code>${escapeText(source)}</code></pre>`;
}
