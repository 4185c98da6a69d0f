/**
 * Python's string order: by Unicode code point. JavaScript's `<` compares UTF-16 units, which
 * puts an astral character (a surrogate pair, `😀`) before U+E000–U+FFFF (`ﬀ`); Python after.
 *
 * @example ['😀', 'ﬀ'].sort(compareCodePoints) // ['ﬀ', '😀']
 */
export function compareCodePoints(a: string, b: string): number {
  const x = a[Symbol.iterator]();
  const y = b[Symbol.iterator]();
  for (;;) {
    const p = x.next();
    const q = y.next();
    if (p.done || q.done) return p.done && q.done ? 0 : p.done ? -1 : 1;
    const diff = (p.value.codePointAt(0) ?? 0) - (q.value.codePointAt(0) ?? 0);
    if (diff !== 0) return diff;
  }
}
