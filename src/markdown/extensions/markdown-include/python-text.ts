/**
 * Python's text primitives the include ports lean on: `str.splitlines()` (more line boundaries
 * than `\n`) and `str.strip()` (Python's whitespace, which is not JavaScript's `\s`: no U+FEFF,
 * but the information separators U+001C..U+001F and U+0085).
 */

/** Every line boundary `str.splitlines()` knows, `\r\n` first. */
const BOUNDARY = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** `text.splitlines()`: a final boundary adds no empty line; `''` has no lines at all. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(BOUNDARY);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Splits at boundaries keeping a trailing empty piece (a line between two others). */
export function splitInner(text: string): string[] {
  return text.split(BOUNDARY);
}

const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING = new RegExp(`^[${SPACE}]+`);
const BLANK = new RegExp(`^[${SPACE}]*$`);

export const lstrip = (text: string): string => text.replace(LEADING, '');
const SPACE_CHAR = new RegExp(`[${SPACE}]`);
/** By hand from the end: `[SPACE]+$` would retry at every space of a long run before a non-space (quadratic). */
export const rstrip = (text: string): string => {
  let end = text.length;
  while (end > 0 && SPACE_CHAR.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
};
export const isBlank = (text: string): boolean => BLANK.test(text);
