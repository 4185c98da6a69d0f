/**
 * Instant previews, as Material 9.7 draws them (components/content/link): a link in the content
 * marked `data-preview` (material.extensions.preview), or any link there with the
 * `navigation.instant.preview` feature, shows a part of the page it leads to in Material's
 * tooltip (tooltip2.ts) while it is hovered or focused. The page is fetched once through the
 * visit's page cache, which navigation.instant shares (instant-prefetch.ts), so following the
 * link after a preview fetches nothing more. Only pages of the site, on its origin and under its
 * base path, are previewed: no request leaves the origin.
 *
 * What is shown, as Material picks it: the element the link's `#id` names (else the page's first
 * `article h1`) as an `<h3>`, followed by its next siblings up to the next heading of any level.
 *
 *   [Install](setup.md#install) ─hover─▶ fetch /setup/ ─▶ <h3>Install</h3><p>…</p><ul>…</ul> ─▶ .md-tooltip2
 */
import { previewTarget } from './instant-links.ts';
import { sitePages } from './instant-prefetch.ts';
import { isThemePage, linkStylesheets } from './instant-swap.ts';
import { mountTooltip2 } from './tooltip2.ts';

/** Numbers each preview's ids apart from the page's and from other previews' (content tabs keep working). */
let sequence = 0;

/** Attributes naming an id: renamed with the ids, so a preview never repeats one of the page's. */
const ID_REFERENCES = ['for', 'aria-controls', 'aria-labelledby', 'aria-describedby'] as const;

/** The section `target` starts: a heading copy as `<h3>`, then its siblings up to the next heading. */
function extract(target: Element, doc: Document): Node[] {
  const heading = doc.createElement('h3');
  heading.append(...[...target.childNodes].map((node) => node.cloneNode(true)));
  const nodes: Node[] = [heading];
  for (let next = target.nextElementSibling; next && !/^H[1-6]$/.test(next.tagName); next = next.nextElementSibling) nodes.push(next.cloneNode(true));
  return nodes;
}

/** Relative addresses read from the page they came from; ids made unique to this preview. */
function settle(nodes: readonly Node[], pageUrl: string): void {
  const suffix = `$preview_${sequence++}`;
  for (const root of nodes) {
    if (!(root instanceof Element)) continue;
    for (const element of [root, ...root.querySelectorAll('*')]) {
      for (const key of ['href', 'src']) {
        const value = element.getAttribute(key);
        if (value !== null && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) element.setAttribute(key, new URL(value, pageUrl).href);
      }
      if (element.id) element.id += suffix;
      const name = element.getAttribute('name');
      if (name?.startsWith('__')) element.setAttribute('name', name + suffix);
      for (const key of ID_REFERENCES) {
        const value = element.getAttribute(key);
        if (value) element.setAttribute(key, value.split(/\s+/).map((id) => id + suffix).join(' '));
      }
    }
  }
}

/** The preview of `url`'s page: its section named by the anchor, or its top; undefined when there is none. */
async function previewOf(url: URL, parser: DOMParser): Promise<Node[] | undefined> {
  const page = await sitePages.get(url);
  if (!page) return undefined;
  const doc = parser.parseFromString(page.text, 'text/html');
  if (!isThemePage(doc)) return undefined;
  // The sheets of what that page shows (tabs, footnotes…), which this one may not link.
  await linkStylesheets(document, doc);
  const id = url.hash.length > 1 ? decodeURIComponent(url.hash.slice(1)) : undefined;
  const target = id === undefined ? doc.querySelector('article h1') : doc.querySelector(`article [id="${CSS.escape(id)}"]`);
  if (!target) return undefined;
  const nodes = extract(target, doc);
  settle(nodes, page.url || url.href);
  return nodes.map((node) => document.importNode(node, true));
}

/**
 * @param all `navigation.instant.preview`: every link of the content, not only `[data-preview]` ones
 */
export function initPreviews(signal: AbortSignal, all: boolean): void {
  if (signal.aborted || location.protocol === 'file:') return;
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const parser = new DOMParser();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-md-component="content"] a[href]')) {
    if (!all && !link.hasAttribute('data-preview')) continue;
    const url = previewTarget(link.href, location.href, base);
    if (!url) continue;
    // As Material: the preview takes the place of the title's tooltip (content.tooltips moved it).
    link.removeAttribute('title');
    link.removeAttribute('data-md-tooltip');
    mountTooltip2(link, () => previewOf(url, parser), signal);
  }
}
