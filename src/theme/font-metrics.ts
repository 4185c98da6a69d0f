/**
 * A font's vertical metrics, read from its `head` and `hhea` tables in a WOFF file (what the
 * @fontsource packages ship besides WOFF2) or a plain TrueType/OpenType one. Material's social
 * plugin sizes a card's text from them (Pillow's `getmetrics`, FreeType's hhea ascender and
 * descender), so the cards here need the same numbers.
 *
 * ```ts
 * fontMetrics(readFileSync('roboto-latin-700-normal.woff')) // { unitsPerEm: 2048, ascender: 1900, descender: 500 }
 * ```
 */
import { inflateSync } from 'node:zlib';

export interface FontMetrics {
  readonly unitsPerEm: number;
  /** Above the baseline, in font units. */
  readonly ascender: number;
  /** Below the baseline, in font units, positive (hhea writes it negative). */
  readonly descender: number;
}

const WOFF = 0x774f4646;

/** A table's bytes by its tag; undefined when the font has none or the file is not a font. */
function table(font: Buffer, tag: string): Buffer | undefined {
  const woff = font.length >= 44 && font.readUInt32BE(0) === WOFF;
  const count = font.length >= 12 ? font.readUInt16BE(woff ? 12 : 4) : 0;
  const start = woff ? 44 : 12;
  const size = woff ? 20 : 16;
  for (let index = 0; index < count; index++) {
    const at = start + index * size;
    if (at + size > font.length || font.toString('latin1', at, at + 4) !== tag) continue;
    if (!woff) {
      const offset = font.readUInt32BE(at + 8);
      return font.subarray(offset, offset + font.readUInt32BE(at + 12));
    }
    const offset = font.readUInt32BE(at + 4);
    const compressed = font.readUInt32BE(at + 8);
    const original = font.readUInt32BE(at + 12);
    const bytes = font.subarray(offset, offset + compressed);
    // WOFF stores a table as it is when deflating would not make it smaller.
    return compressed < original ? inflateSync(bytes) : bytes;
  }
  return undefined;
}

/** The font's metrics; undefined when its tables cannot be read. */
export function fontMetrics(font: Buffer): FontMetrics | undefined {
  try {
    const head = table(font, 'head');
    const hhea = table(font, 'hhea');
    if (!head || !hhea || head.length < 20 || hhea.length < 8) return undefined;
    const unitsPerEm = head.readUInt16BE(18);
    const ascender = hhea.readInt16BE(4);
    const descender = -hhea.readInt16BE(6);
    return unitsPerEm > 0 && ascender > 0 ? { unitsPerEm, ascender, descender } : undefined;
  } catch {
    return undefined;
  }
}
