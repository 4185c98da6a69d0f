/**
 * The info string of a superfence, as PyMdown's RE_NESTED_FENCE_START reads it:
 *
 *     ```python title="a.py" linenums="1" hl_lines="2 4-5"     language + options
 *     ```{.python .extra #id hl_lines="2" data-x=y}            attribute-list form
 *     ```python {.extra}                                       language + attribute list
 *     ```python what? ever                                     unrecognized (not a fence, unless relaxed_headers)
 *
 * `readFenceHeader` only splits; which keys are options and which make the fence invalid is
 * the validator's business (validate.ts).
 */
import { parseAttributes } from '../attr-list/attributes.ts';

export interface FenceHeader {
  readonly lang: string;
  readonly form: 'none' | 'options' | 'attributes' | 'unrecognized';
  /** `key="value"` options or attribute-list keys; a bare `key` has itself as value. */
  readonly values: ReadonlyMap<string, string>;
  /** Classes of the attribute-list form (the first is the language when none was written before `{`). */
  readonly classes: readonly string[];
  readonly id: string | undefined;
}

export interface FenceInfo {
  readonly lang: string;
  /** Extra classes from the attribute-list form. */
  readonly classes: readonly string[];
  readonly id: string | undefined;
  /** `key="value"` options; a bare `key` has itself as value, as in PyMdown. */
  readonly options: Readonly<Record<string, string>>;
}

// Python's `\w` is Unicode: letters, digits (any script) and `_`.
const HEADER = new RegExp(
  String.raw`^(?:[ \t]*\.?([\p{L}\p{N}_#.+-]+)(?=[\t ]|$))?` +
    String.raw`(?:[ \t]*\{([^\n]*)\}|((?:[ \t]*[a-zA-Z][a-zA-Z0-9_]*(?:=(["']).*?\4)?(?=[\t ]|$))+)|((?:[ \t]*[^\s]+(?=[\t ]|$))+))?[ \t]*$`,
  'u',
);
const OPTION = /([a-zA-Z][a-zA-Z0-9_]*)(?:=(["'])(.*?)\2)?/g;

/** undefined when the info string cannot start a fence at all. */
export function readFenceHeader(info: string): FenceHeader | undefined {
  const match = HEADER.exec(info);
  if (!match) return undefined;
  const [, lang = '', attributes, options, , unrecognized] = match;
  if (attributes !== undefined) {
    const values = new Map<string, string>();
    const classes: string[] = [];
    let id: string | undefined;
    for (const [key, value] of parseAttributes(attributes.replaceAll('\t', '    '))) {
      if (key === 'id') id = value;
      else if (key === '.') classes.push(value);
      else values.set(key, value);
    }
    const language = lang !== '' ? lang : (classes.shift() ?? '');
    return { lang: language, form: 'attributes', values, classes, id };
  }
  if (unrecognized !== undefined) return { lang, form: 'unrecognized', values: new Map(), classes: [], id: undefined };
  const values = new Map<string, string>();
  for (const option of (options ?? '').matchAll(OPTION)) {
    const key = option[1];
    if (key !== undefined) values.set(key, option[3] ?? key);
  }
  return { lang, form: options === undefined ? 'none' : 'options', values, classes: [], id: undefined };
}

/** The header as one record (fenced_code and tests use this shape); undefined when unrecognized. */
export function parseFenceInfo(info: string): FenceInfo | undefined {
  const header = readFenceHeader(info.trim());
  if (!header || header.form === 'unrecognized') return undefined;
  return { lang: header.lang, classes: header.classes, id: header.id, options: Object.fromEntries(header.values) };
}
