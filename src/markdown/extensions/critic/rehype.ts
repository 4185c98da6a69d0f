/**
 * Puts CriticMarkup's tags back where the pre-pass left placeholders, as PyMdown's
 * postprocessor does on the serialized HTML: as raw HTML, so an `{++` and `++}` in different
 * elements still open and close where they were written.
 *
 * A paragraph holding nothing but placeholders is a block edit: the paragraph goes and the tags
 * get the class `block` (`{++\n\nNew paragraph.\n\n++}` -> `<ins class="critic block"><p>…`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { PLACEHOLDER } from './preprocess.ts';

declare module 'vfile' {
  interface DataMap {
    /** HTML fragments of CriticMarkup, by placeholder index (critic/preprocess.ts). */
    criticStash: readonly string[];
  }
}

// `raw` nodes are registered in hast by mdast-util-to-hast; rehype-stringify writes them as is.
import type {} from 'mdast-util-to-hast';

export function rehypeCritic() {
  return (tree: Root, file: VFile): undefined => {
    const stash = file.data.criticStash;
    if (!stash || stash.length === 0) return;
    restore(tree, stash);
  };
}

function restore(parent: Root | Element, stash: readonly string[]): void {
  const children: Array<RootContent | ElementContent> = [];
  for (const child of parent.children) {
    if (child.type === 'element' && child.tagName === 'p' && isOnlyPlaceholders(child)) {
      const text = child.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      children.push({ type: 'raw', value: text.replace(PLACEHOLDER, (_m, key: string) => blockEdit(stash[Number(key)] ?? '')) });
      continue;
    }
    if (child.type === 'text' && child.value.includes('\uE000')) {
      children.push(...split(child.value, stash));
      continue;
    }
    if (child.type === 'element') restore(child, stash);
    children.push(child);
  }
  parent.children = children.filter((c): c is ElementContent => c.type !== 'doctype');
}

function isOnlyPlaceholders(p: Element): boolean {
  if (Object.keys(p.properties).length > 0 || p.children.length === 0) return false;
  return p.children.every((c) => c.type === 'text' && c.value.replace(PLACEHOLDER, '') === '' && c.value !== '');
}

/** `<ins class="critic">` -> `<ins class="critic block">`, except for `break` markers. */
function blockEdit(html: string): string {
  return html.replace(/((?:ins|del|mark)\s+)(class=(['"]))(.*?)(\3)/, (match, tag: string, attr: string, _q: string, classes: string, quote: string) =>
    classes.split(' ').includes('break') ? match : `${tag}${attr}${classes} block${quote}`,
  );
}

function split(value: string, stash: readonly string[]): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
    parts.push({ type: 'raw', value: stash[Number(match[1])] ?? match[0] });
    last = match.index + match[0].length;
  }
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}
