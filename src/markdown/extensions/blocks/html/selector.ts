/**
 * The CSS-selector-like argument of `/// html | div#id.class[title="x"]` (PyMdown's
 * `parse_selectors`): a tag, at most one `#id`, `.class`es (sorted) and `[name=value]` groups.
 *
 * `div.b.a#x[data-k=v]` -> `{tag: 'div', attributes: [['id', 'x'], ['class', 'a b'], ['data-k', 'v']]}`
 */

const IDENT = String.raw`(?:(?:-?[^\x00-\x2f\x30-\x40\x5B-\x5E\x60\x7B-\x9f]+|--)[^\x00-\x2c\x2e\x2f\x3A-\x40\x5B-\x5E\x60\x7B-\x9f]*)`;
const VALUE = String.raw`(?:"(?:\\.|[^\\"\r\n\f]+)*?"|'(?:\\.|[^\\'\r\n\f]+)*?'|${IDENT}+)`;
const ATTR = String.raw`(?:[ \t]*=[ \t]*(${VALUE}))?`;
const TAG = new RegExp(`^${IDENT}`, 'iu');
const ID = new RegExp(`^#${IDENT}`, 'iu');
const CLASS = new RegExp(`^\\.${IDENT}`, 'iu');
const ATTR_GROUP = String.raw`(?:[ \t]*=[ \t]*${VALUE})?`;
const ATTRS = new RegExp(String.raw`^\[(?:[ \t]*${IDENT}${ATTR_GROUP})+[ \t]*\]`, 'iu');
const ONE_ATTR = new RegExp(`(${IDENT})${ATTR}`, 'giu');

export interface Selector {
  readonly tag: string;
  readonly attributes: Array<[string, string]>;
}

/** undefined when the argument is not a selector (PyMdown then leaves the block as text). */
export function parseSelector(selector: string, requireTag = true): Selector | undefined {
  let rest = selector;
  let tag = '';
  if (requireTag) {
    const match = TAG.exec(rest);
    if (!match) return undefined;
    tag = match[0];
    rest = rest.slice(tag.length);
  }
  const attributes = new Map<string, string>();
  const classes: string[] = [];
  let hasId = false;
  while (rest !== '') {
    const id = ID.exec(rest);
    const cls = id ? null : CLASS.exec(rest);
    const attrs = id || cls ? null : ATTRS.exec(rest);
    if (id) {
      if (hasId) return undefined;
      hasId = true;
      attributes.set('id', id[0].slice(1));
    } else if (cls) {
      if (!attributes.has('class')) attributes.set('class', '');
      classes.push(cls[0].slice(1));
    } else if (attrs) {
      for (const part of attrs[0].matchAll(ONE_ATTR)) {
        const name = (part[1] ?? '').toLowerCase();
        let value = part[2];
        if (value === undefined) value = name === 'class' ? '' : name;
        else if (value.startsWith('"') || value.startsWith("'")) value = value.slice(1, -1);
        if (name === 'class') {
          const names = value.split(' ').filter((item) => item !== '');
          if (names.length > 0 && !attributes.has('class')) attributes.set('class', '');
          classes.push(...names);
        } else attributes.set(name, value);
      }
    } else return undefined;
    rest = rest.slice((id ?? cls ?? attrs)?.[0].length ?? rest.length);
  }
  if (attributes.has('class')) attributes.set('class', [...classes].sort().join(' '));
  return { tag, attributes: [...attributes] };
}
