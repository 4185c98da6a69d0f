/**
 * The value of a Python string literal as the compiler reads it (prefixes, quotes, escapes), for
 * docstrings and `__all__` entries. Bytes and f-strings have no plain value: undefined, as
 * griffe takes a docstring only from a `str` constant.
 *
 * ```ts
 * stringValue('"""Say hi.\\n"""')  // 'Say hi.\n'
 * stringValue("r'a\\b'")           // 'a\\b'
 * stringValue("f'{x}'")            // undefined
 * ```
 */
const LITERAL = /^([rRuUbBfF]{0,2})('''|"""|'|")([^]*)\2$/;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '' };

export function stringValue(literal: string): string | undefined {
  const match = LITERAL.exec(literal);
  if (!match) return undefined;
  const prefix = (match[1] ?? '').toLowerCase();
  if (prefix.includes('b') || prefix.includes('f')) return undefined;
  const body = match[3] ?? '';
  return prefix.includes('r') ? body : unescape(body);
}

function unescape(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|\r\n|[^])/g, (whole, escape: string) => {
    if (escape === '\r\n') return '';
    const simple = SIMPLE_ESCAPES[escape];
    if (simple !== undefined) return simple;
    const first = escape[0];
    if (first === 'x' || first === 'u' || first === 'U') return codePoint(Number.parseInt(escape.slice(1), 16), whole);
    if (/^[0-7]/.test(escape)) return codePoint(Number.parseInt(escape, 8), whole);
    // An unknown escape (`\d` in a docstring's regex) keeps its backslash, as Python does.
    return whole;
  });
}

function codePoint(code: number, fallback: string): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/**
 * `inspect.cleandoc`, which griffe applies to every docstring: tabs expanded, the first line's
 * leading space and the other lines' common indentation removed, blank lines at both ends dropped.
 */
export function cleandoc(text: string): string {
  const lines = expandTabs(text).split('\n');
  let margin = Number.POSITIVE_INFINITY;
  for (const line of lines.slice(1)) {
    const content = line.trimStart();
    if (content !== '') margin = Math.min(margin, line.length - content.length);
  }
  const cleaned = [(lines[0] ?? '').trimStart(), ...lines.slice(1).map((line) => (Number.isFinite(margin) ? line.slice(margin) : line))];
  while (cleaned.length > 0 && (cleaned[0] ?? '').trim() === '') cleaned.shift();
  while (cleaned.length > 0 && (cleaned.at(-1) ?? '').trim() === '') cleaned.pop();
  return cleaned.join('\n');
}

/** `str.expandtabs(8)`, line by line. */
function expandTabs(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\t')) return line;
      let out = '';
      for (const char of line) out += char === '\t' ? ' '.repeat(8 - (out.length % 8)) : char;
      return out;
    })
    .join('\n');
}
