/**
 * Python's `str.isspace()` / `str.strip()` whitespace, which Python-Markdown's strips use: ASCII
 * space and controls, the information separators \x1c-\x1f, U+0085 and Unicode spaces (U+00A0
 * no-break space included). JavaScript's `trim()` differs: it strips U+FEFF and keeps \x1c-\x1f.
 */
const PYTHON_SPACE = /^[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;

export function isPythonSpace(character: string): boolean {
  return PYTHON_SPACE.test(character);
}

/** `text.strip()` as Python does it. */
export function pythonStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPythonSpace(text.charAt(start))) start++;
  while (end > start && isPythonSpace(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** `text.rstrip()` as Python does it. */
export function pythonRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && isPythonSpace(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
