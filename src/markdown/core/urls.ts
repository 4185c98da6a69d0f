/**
 * Python-Markdown writes link and image URLs as written (only HTML-escaped); mdast-util-to-hast
 * percent-encodes them (`|` -> `%7C`, `’` -> `%E2%80%99`). The URL is set as the element's
 * property through `data.hProperties`, which to-hast applies after its own encoding.
 *
 * ```
 * [a](https://x.org/#a|b)   ->  <a href="https://x.org/#a|b">a</a>
 * ```
 */
import type { Definition, Image, ImageReference, Link, LinkReference } from 'mdast';
import { decodeAttributeReferences } from './entity-values.ts';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';

export function keepUrlAsWritten(node: Link | Image, url = node.url): void {
  const key = node.type === 'link' ? 'href' : 'src';
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, [key]: url } };
}

/**
 * The same for reference-style links, once every definition of the page is known. A later
 * definition of the same id replaces an earlier one (Python-Markdown's `references[id] = ...`),
 * where mdast-util-to-hast keeps the first: the first takes the last one's URL and title.
 */
export function keepReferenceUrlsAsWritten(references: ReadonlyArray<LinkReference | ImageReference>, definitions: readonly Definition[]): void {
  const byId = new Map<string, Definition>();
  for (const definition of definitions) {
    const id = normalizeIdentifier(definition.identifier);
    const first = byId.get(id);
    if (!first) byId.set(id, definition);
    else {
      first.url = definition.url;
      first.title = definition.title ?? null;
    }
  }
  for (const node of references) {
    const definition = byId.get(normalizeIdentifier(node.identifier));
    if (!definition) continue;
    const key = node.type === 'linkReference' ? 'href' : 'src';
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, [key]: definition.url } };
  }
}

/**
 * A reference definition's URL and title as Python-Markdown's ReferenceProcessor keeps them: no
 * backslash escape is read (`[r]: http://x/\_y` links `http://x/\_y`); character
 * references are left for the browser, which decodes them as `decodeAttributeReferences` does.
 */
export function definitionAsWritten(node: Definition): void {
  node.url = decodeAttributeReferences(node.url);
  if (node.title) node.title = decodeAttributeReferences(node.title);
}
