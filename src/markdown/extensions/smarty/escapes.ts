/**
 * Where a text node's characters came from backslash escapes. Python-Markdown's smarty sees an
 * escaped character as the placeholder `\x02<code>\x03` (its escape pattern's output, undone only
 * after smarty has run), so `\"` never becomes a curly quote and `\--` is no dash. mdast has
 * already merged escapes into text, so we line the node's value up with its source.
 *
 * ```
 * source  \'Hi\' "x"   value  'Hi' "x"   ->  \x0239\x03Hi\x0239\x03 "x"
 * ```
 * When the two cannot be lined up (a container's `> ` prefixes, an entity we cannot size), the
 * value is returned as it is: no escape is seen, as before.
 */

/** Python's escape placeholder for one character. */
export function escapePlaceholder(character: string): string {
  return `\x02${character.codePointAt(0) ?? 0}\x03`;
}

/**
 * The same for a node an inline pass rebuilt (the `_` emphasis pass flattens a paragraph's text
 * into new nodes): it has no position left, but `data.escapes` holds the offsets of its escaped
 * characters (inline/flatten.ts).
 */
export function markEscapedOffsets(value: string, offsets: readonly number[]): string {
  const escaped = new Set(offsets);
  let out = '';
  for (let i = 0; i < value.length; i++) out += escaped.has(i) ? escapePlaceholder(value[i] ?? '') : (value[i] ?? '');
  return out;
}

export function markEscapes(value: string, source: string, escapable: ReadonlySet<string>): string {
  if (!source.includes('\\')) return value;
  let i = 0;
  let out = '';
  for (let j = 0; j < value.length; ) {
    const char = value[j] ?? '';
    if (i >= source.length) return value;
    if (source[i] === '\\' && source[i + 1] === char && escapable.has(char)) {
      out += escapePlaceholder(char);
      i += 2;
      j += 1;
    } else if (source[i] === char) {
      out += char;
      i += 1;
      j += 1;
    } else if (source[i] === '&') {
      const entity = /^&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|[A-Za-z\d]{1,31});/.exec(source.slice(i));
      if (!entity) return value;
      const code = entity[1] !== undefined ? Number(entity[1]) : entity[2] !== undefined ? Number.parseInt(entity[2], 16) : (value.codePointAt(j) ?? 0);
      const width = code > 0xffff ? 2 : 1;
      out += value.slice(j, j + width);
      i += entity[0].length;
      j += width;
    } else {
      // Container prefixes and indentation the value does not hold.
      i += 1;
    }
  }
  return out;
}
