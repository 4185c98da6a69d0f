/**
 * The arguments of a table-reader tag, `read_csv('data.csv', sep=';', usecols=['a', 'b'])`, read
 * as mkdocs-table-reader-plugin 3.x safe_eval.py `parse_argkwarg` reads them: split at the commas
 * and `=` outside quotes and brackets, each positional value a Python literal (`ast.literal_eval`),
 * each keyword value too, except one holding a backslash or a line break, which is taken as its
 * text with the quotes removed (so `sep='\t'` is the two characters `\t`, a regular expression
 * for pandas).
 *
 *   parseArguments("'a.csv', sep=';'") // { args: ['a.csv'], kwargs: { sep: ';' } }
 */

export interface Arguments {
  readonly args: unknown[];
  readonly kwargs: Record<string, unknown>;
}

/** The positions of `separator` outside quotes and brackets (the plugin's `scan`). */
function topLevel(text: string, separator: string): number[] {
  const found: number[] = [];
  let quote = '';
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at] ?? '';
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (char === separator && depth === 0) found.push(at);
  }
  return found;
}

function splitAt(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const at of topLevel(text, separator)) {
    parts.push(text.slice(start, at).trim());
    start = at + 1;
  }
  parts.push(text.slice(start).trim());
  return parts;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/** A Python literal: strings, numbers, True/False/None, lists, tuples, dicts. Throws a SyntaxError-like message otherwise. */
export function pythonLiteral(text: string): unknown {
  const source = text.trim();
  const string = /^([rRbBuU]?)(['"])([\s\S]*)\2$/.exec(source);
  if (string && !topLevel(source.slice(1, -1), string[2] ?? '').length) {
    const body = string[3] ?? '';
    return /r/i.test(string[1] ?? '') ? body : body.replace(/\\(.)/g, (whole, char: string) => ESCAPES[char] ?? whole);
  }
  if (/^[+-]?\d+$/.test(source)) return Number(source);
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(source)) return Number(source);
  if (source === 'True' || source === 'False') return source === 'True';
  if (source === 'None') return null;
  const open = source[0];
  const close = source.at(-1);
  if ((open === '[' && close === ']') || (open === '(' && close === ')')) {
    const inner = source.slice(1, -1).trim();
    return inner === '' ? [] : splitAt(inner, ',').filter((item, index, all) => item !== '' || index < all.length - 1).map(pythonLiteral);
  }
  if (open === '{' && close === '}') {
    const inner = source.slice(1, -1).trim();
    if (inner === '') return {};
    return Object.fromEntries(splitAt(inner, ',').filter((item) => item !== '').map((item) => {
      const colon = topLevel(item, ':')[0];
      if (colon === undefined) throw new Error(`'${item}' is not a key: value pair`);
      return [String(pythonLiteral(item.slice(0, colon))), pythonLiteral(item.slice(colon + 1))];
    }));
  }
  throw new Error(`${source} is not a Python literal (a string, a number, True, False, None, a list or a dict)`);
}

/** The plugin's `safe_eval`: a value with a backslash or a line break is its text without quotes. */
function keywordValue(text: string): unknown {
  return /[\n\r\\]/.test(text) ? text.replaceAll("'", '').replaceAll('"', '') : pythonLiteral(text);
}

export function parseArguments(text: string): Arguments {
  const args: unknown[] = [];
  const kwargs: Record<string, unknown> = {};
  for (const segment of splitAt(text, ',')) {
    const equals = topLevel(segment, '=')[0];
    if (equals === undefined) {
      if (Object.keys(kwargs).length > 0) throw new Error(`positional arguments follow keyword arguments in '${text}'`);
      args.push(pythonLiteral(segment));
    } else {
      kwargs[segment.slice(0, equals).trim()] = keywordValue(segment.slice(equals + 1).trim());
    }
  }
  return { args, kwargs };
}
