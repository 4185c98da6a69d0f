/**
 * The `{ .class #id key="value" key=value }` language, as Python-Markdown 3.10's attr_list
 * reads it, and its assignment to an mdast node's `data.hProperties`.
 *
 * 3.10 matches greedily up to the last `}` of the line, so a quoted value may hold braces
 * (`{data-test="{}"}`); what the scanner cannot read from the first unquoted `}` on is the
 * "remainder": an inline list puts it back into the text after the element, a block list with a
 * remainder is no attribute list at all (`*a*{: .x} b {c}` -> `<em class="x">a</em>} b {c`).
 */
import type { Nodes } from 'mdast';
import { find, html } from 'property-information';

const BASE = String.raw`\{:?[ ]*([^}\n ][^\n]*)[ ]*\}`;
/** Headings, `dt`, table cells: the list ends the text, after at least one space. */
export const HEADER_RE = new RegExp(String.raw`[ ]+${BASE}[ ]*$`);
/** Other blocks (`p`, `li`, `dd`): the list is the text's last line. */
export const BLOCK_RE = new RegExp(String.raw`\n[ ]*${BASE}[ ]*$`);
/** Inline elements: the list starts the text right after the element. */
export const INLINE_RE = new RegExp(String.raw`^${BASE}`);

/**
 * Python's `re.Scanner`: at each position the first of these that matches wins; a position
 * where none matches (`=x`) ends the list silently, as in Python-Markdown.
 */
const TOKENS: ReadonlyArray<readonly [RegExp, (token: string) => readonly [string, string] | undefined]> = [
  [/[^ =}]+=".*?"/y, (t) => keyValue(t, '"')],
  [/[^ =}]+='.*?'/y, (t) => keyValue(t, "'")],
  [/[^ =}]+=[^ =}]+/y, (t) => keyValue(t, '')],
  [/[^ =}]+/y, (t) => (t.startsWith('.') ? ['.', t.slice(1)] : t.startsWith('#') ? ['id', t.slice(1)] : [t, t])],
  [/ /y, () => undefined],
];

/** `.a #b c="d e" f=g h` -> [['.', 'a'], ['id', 'b'], ['c', 'd e'], ['f', 'g'], ['h', 'h']]. */
export function parseAttributes(source: string): Array<readonly [string, string]> {
  return parseWithRemainder(source).attributes;
}

/**
 * get_attrs_and_remainder: the pairs, and the unread text from its first `}` on (unread text
 * before that `}` is dropped, as Python-Markdown does for historic behaviour).
 */
export function parseWithRemainder(source: string): { attributes: Array<readonly [string, string]>; remainder: string } {
  const result: Array<readonly [string, string]> = [];
  let position = 0;
  scan: while (position < source.length) {
    for (const [pattern, action] of TOKENS) {
      pattern.lastIndex = position;
      const match = pattern.exec(source);
      if (!match || match[0] === '') continue;
      position += match[0].length;
      const pair = action(match[0]);
      if (pair) result.push(pair);
      continue scan;
    }
    break;
  }
  const rest = source.slice(position);
  const brace = rest.indexOf('}');
  return { attributes: result, remainder: brace === -1 ? '' : rest.slice(brace) };
}

function keyValue(token: string, quote: string): readonly [string, string] {
  const at = token.indexOf('=');
  const value = token.slice(at + 1);
  return [token.slice(0, at), quote === '' ? value : strip(value, quote)];
}

/** Python's `str.strip(quote)`: every quote at either end. */
function strip(value: string, quote: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value[start] === quote) start++;
  while (end > start && value[end - 1] === quote) end--;
  return value.slice(start, end);
}

/** An XML Name minus `:`; anything else becomes `_` (Python-Markdown's `sanitize_name`). */
const NOT_NAME = /[^A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd:\-.0-9\u00b7\u0300-\u036f\u203f-\u2040]+/g;

/**
 * Adds the attributes of one `{...}` to a node. `.x` appends to the class; `class="x"` replaces
 * it; any other key sets (or overwrites) that attribute. Returns the remainder (see above);
 * `strict` (block lists) assigns nothing when there is one.
 */
export function assignAttributes(node: Nodes, source: string, strict = false): string {
  const { attributes, remainder } = parseWithRemainder(source);
  if (strict && remainder !== '') return remainder;
  const data = (node.data ??= {});
  const properties = (data.hProperties ??= {});
  for (const [key, value] of attributes) {
    if (key === '.') {
      const current = properties['className'];
      properties['className'] = [...(Array.isArray(current) ? current.map(String) : []), value];
      continue;
    }
    const name = key.replace(NOT_NAME, '_');
    if (name === 'class') {
      properties['className'] = value.split(/\s+/).filter((c) => c !== '');
      continue;
    }
    properties[find(html, name).property] = value;
  }
  return remainder;
}
