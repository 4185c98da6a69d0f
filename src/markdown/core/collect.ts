/**
 * The renderer's last hast pass: rewrites links through `resolveLink` (MkDocs' `.md` links),
 * and records every id (and `<a name>`), every link and the first H1 for the site layer (anchor
 * checks, titles). Links and images written as raw HTML are neither rewritten nor recorded, as
 * MkDocs leaves them (raw-tags.ts); their ids count, as MkDocs reads raw HTML's ids too.
 * A `data:` URI is no link: it names no file or page, and it is its content (an emoji's image,
 * a pymdownx.b64 image), so it is not recorded. A 10 MB page's 47,000 emoji images were 50 MB of
 * its links, copied into the render worker's message, the build's heap and the render cache.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitHast } from './visit.ts';
import type { VFile } from 'vfile';
import type { PageLink, RendererOptions } from '../types.ts';
import { OPEN_TAGS_PROPERTY, RAW_TAG_PROPERTY } from './raw-tags.ts';

const DATA_URI = /^data:/i;

export interface Collected {
  ids: string[];
  links: PageLink[];
  title: string | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** Page path relative to docs_dir. */
    path: string;
    collected: Collected;
  }
}

export function rehypeCollect(options: RendererOptions) {
  return (tree: Root, file: VFile): undefined => {
    // A page rendered in pieces gathers into one record (core/page-state.ts): ids, links and the
    // first H1 in page order.
    const collected: Collected = (file.data.collected ??= { ids: [], links: [], title: undefined });
    const from = file.data.path ?? '';
    visitHast(tree, 'element', (node: Element) => {
      // A raw heading's marker is normally removed by toc (always on in MkDocs); a renderer
      // without it must not show it. A raw link or image is MkDocs' to leave alone (raw-tags.ts).
      const raw = RAW_TAG_PROPERTY in node.properties;
      Reflect.deleteProperty(node.properties, RAW_TAG_PROPERTY);
      Reflect.deleteProperty(node.properties, OPEN_TAGS_PROPERTY);
      const id = node.properties['id'];
      if (typeof id === 'string' && id !== '') collected.ids.push(id);
      // An `<a name>` is an anchor too, as MkDocs finds them (present_anchor_ids: id, and name on `a`).
      const name = node.tagName === 'a' ? node.properties['name'] : undefined;
      if (typeof name === 'string' && name !== '') collected.ids.push(name);
      if (node.tagName === 'h1' && collected.title === undefined) collected.title = headingText(node);
      const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      if (!attribute || raw) return;
      const value = node.properties[attribute];
      if (typeof value !== 'string') return;
      if (!DATA_URI.test(value)) collected.links.push({ href: value, line: node.position?.start.line, column: node.position?.start.column });
      const rewritten = options.resolveLink?.(value, from);
      if (rewritten !== undefined) node.properties[attribute] = rewritten;
    });
  };
}

/** A heading's text without toc's permalink anchor (`<a class="headerlink">¶</a>`). */
function headingText(node: Element): string {
  const kept = node.children.filter(
    (child) => !(child.type === 'element' && Array.isArray(child.properties['className']) && child.properties['className'].includes('headerlink')),
  );
  return toString({ ...node, children: kept }).trim();
}
