/**
 * Python's string order: by Unicode code point. JavaScript's `<` compares UTF-16 units, which
 * puts an astral character (a surrogate pair, `😀`) before U+E000–U+FFFF (`ﬀ`); Python after.
 * Units are compared as they are, and only where the first difference involves a surrogate is
 * each unit moved to its code point's place (surrogates above U+E000–U+FFFF): no string is
 * decoded, so sorting a big site's paths costs what `<` does.
 *
 * @example ['😀', 'ﬀ'].sort(compareCodePoints) // ['ﬀ', '😀']
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return inCodePointOrder(x) - inCodePointOrder(y);
  }
  return a.length - b.length;
}

/** A UTF-16 unit's rank in code point order: surrogates (U+D800–U+DFFF) after U+E000–U+FFFF. */
function inCodePointOrder(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}
