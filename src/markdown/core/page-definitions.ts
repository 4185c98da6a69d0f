/**
 * Reference definitions are page-wide: `[a][r]` links through `[r]: /url` wherever on the page
 * that stands, and the last definition of an id wins. The parser knows every id on the page
 * (core/label-end.ts), but mdast-util-to-hast links a reference only through a definition node in
 * the same tree, and a page rendered in pieces (src/markdown/pieces.ts) has one tree per piece.
 *
 * So each piece's tree also gets the definitions of the pieces before it (copies, which write
 * nothing), and a piece that defines an id an earlier piece referred to, anew or with another URL
 * or title (the whole page would have linked that reference through this definition), has the
 * page rendered whole.
 *
 * ```md
 * [r]: /url          <- piece 1
 * # Next
 * See [a][r].        <- piece 2: linked through piece 1's definition
 * ```
 */
import type { Definition, ImageReference, LinkReference, Root } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { VFile } from 'vfile';
import { PageState, PieceMismatch } from './page-state.ts';
import { keepReferenceUrlsAsWritten } from './urls.ts';
import { walkMdast } from './walk.ts';

interface DefinitionsSoFar {
  readonly definitions: Definition[];
  /** Ids referred to by the pieces so far. */
  readonly referenced: Set<string>;
}

/** Runs after every remark pass (md_in_html's blocks hold definitions and references too). */
export function remarkPageDefinitions() {
  const pages = new PageState<DefinitionsSoFar>(() => ({ definitions: [], referenced: new Set() }));
  return (tree: Root, file: VFile): undefined => {
    if (!file.data.piece) return;
    const page = pages.of(file);
    const own: Definition[] = [];
    const references: Array<LinkReference | ImageReference> = [];
    walkMdast(tree, (node) => {
      if (node.type === 'definition') own.push(node);
      else if (node.type === 'linkReference' || node.type === 'imageReference') references.push(node);
    });
    for (const definition of own) {
      const id = normalizeIdentifier(definition.identifier);
      const before = page.definitions.findLast((earlier) => normalizeIdentifier(earlier.identifier) === id);
      // The same URL and title again (a page made of parts that repeat their links) changes nothing.
      const same = before !== undefined && before.url === definition.url && (before.title ?? null) === (definition.title ?? null);
      if (!same && page.referenced.has(id)) {
        throw new PieceMismatch(`line ${definition.position?.start.line ?? '?'}: \`[${definition.label ?? definition.identifier}]\` is defined below a reference to it`);
      }
    }
    for (const reference of references) page.referenced.add(normalizeIdentifier(reference.identifier));
    if (page.definitions.length > 0) {
      const earlier = page.definitions.map(copy);
      // First, as on the page: the last definition of an id wins (see keepReferenceUrlsAsWritten).
      tree.children.unshift(...earlier);
      keepReferenceUrlsAsWritten(references, [...earlier, ...own]);
    }
    page.definitions.push(...own.map(copy));
  };
}

/** The definition without its place (the copies stand in other pieces) or anything it holds. */
function copy(definition: Definition): Definition {
  return { type: 'definition', identifier: definition.identifier, label: definition.label ?? null, url: definition.url, title: definition.title ?? null };
}
