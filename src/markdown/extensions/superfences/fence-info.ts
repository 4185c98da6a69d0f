/**
 * The info string of a superfence, as PyMdown's RE_NESTED_FENCE_START reads it:
 *
 *     ```python title="a.py" linenums="1" hl_lines="2 4-5"     language + options
 *     ```{.python .extra #id hl_lines="2"}                      attribute-list form
 */

export interface FenceInfo {
  readonly lang: string;
  /** Extra classes from the attribute-list form. */
  readonly classes: readonly string[];
  readonly id: string | undefined;
  /** `key="value"` options; a bare `key` has itself as value, as in PyMdown. */
  readonly options: Readonly<Record<string, string>>;
}

const LANG_FORM = /^\.?([\w#.+-]*)[ \t]*((?:\b[a-zA-Z][a-zA-Z0-9_]*(?:=(["']).*?\3)?[ \t]*)*)$/;
const ATTR_FORM = /^\{([^}\n]*)\}$/;
const OPTION = /([a-zA-Z][a-zA-Z0-9_]*)(?:=(["'])(.*?)\2)?/g;
const ATTRIBUTE = /([.#]?)([^\s=.#"']+)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;

/** undefined when the info string is not one superfences accepts. */
export function parseFenceInfo(info: string): FenceInfo | undefined {
  const text = info.trim();
  const attr = ATTR_FORM.exec(text);
  if (attr) return fromAttributes(attr[1] ?? '');
  const match = LANG_FORM.exec(text);
  if (!match) return undefined;
  const options: Record<string, string> = {};
  for (const option of (match[2] ?? '').matchAll(OPTION)) {
    const key = option[1];
    if (key !== undefined) options[key] = option[3] ?? key;
  }
  return { lang: match[1] ?? '', classes: [], id: undefined, options };
}

function fromAttributes(body: string): FenceInfo {
  const classes: string[] = [];
  const options: Record<string, string> = {};
  let id: string | undefined;
  for (const part of body.matchAll(ATTRIBUTE)) {
    const [, prefix, name = '', double, single, bare] = part;
    if (prefix === '.') classes.push(name);
    else if (prefix === '#') id = name;
    else options[name] = double ?? single ?? bare ?? name;
  }
  const [lang = '', ...rest] = classes;
  return { lang, classes: rest, id, options };
}
