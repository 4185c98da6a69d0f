/**
 * A post's excerpt as the blog plugin draws it on a view (structure/__init__.py `Excerpt`,
 * structure/markdown.py), made from the post's rendered HTML: everything before the separator
 * (`<!-- more -->`), headings one level down (toc `baselevel: 2`) without permalinks, each
 * heading's text a link (`anchorlink`) to the post — the first to the post itself, the others to
 * their anchor on it — and relative links re-based from the post's URL to the view's.
 *
 *   excerpt('<h1 id="hi">Hi</h1><p>One</p><!-- more --><p>Two</p>', { postUrl: 'blog/2024/01/31/hi/', viewUrl: 'blog/', title: 'Hi', separator: '<!-- more -->' })
 *   // { html: '<h2 id="hi"><a class="toclink" href="2024/01/31/hi/">Hi</a></h2><p>One</p>', more: true }
 *
 * Also the reading time (readtime/__init__.py): words at `wordsPerMinute`, plus 12 s for the
 * first image, 11 s for the second, down to 3 s for each from the tenth on.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { relativeUrl } from './links.ts';

export interface ExcerptInput {
  /** site-relative URLs: where the post is, and the view the excerpt is drawn on. */
  readonly postUrl: string;
  readonly viewUrl: string;
  /** The post's title, added as its heading when its content has no H1 (Material adds `# title`). */
  readonly title: string;
  readonly separator: string;
}

export interface Excerpt {
  readonly html: string;
  /** The post goes on after the separator. */
  readonly more: boolean;
}

/** The post has the separator (a post without one in `required` mode is reported by the caller). */
export function hasSeparator(html: string, separator: string): boolean {
  return html.includes(separator);
}

export function excerpt(html: string, input: ExcerptInput): Excerpt {
  const at = html.indexOf(input.separator);
  const before = at === -1 ? html : html.slice(0, at);
  const more = at !== -1 && html.slice(at + input.separator.length).trim() !== '';
  const tree = fromHtml(before, { fragment: true });
  if (!hasH1(tree)) tree.children.unshift({ type: 'element', tagName: 'h1', properties: {}, children: [{ type: 'text', value: input.title }] }, { type: 'text', value: '\n' });
  const toPost = relativeUrl(input.viewUrl, input.postUrl);
  visit(tree, 'element', (node) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level !== undefined) {
      node.tagName = `h${Math.min(6, Number(level) + 1)}`;
      const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : undefined;
      const children = node.children.filter((child) => !isHeaderLink(child));
      node.children = [{ type: 'element', tagName: 'a', properties: { className: ['toclink'], href: id === undefined ? '' : `#${id}` }, children }];
    }
  });
  let main = true;
  visit(tree, 'element', (node) => {
    for (const key of ['href', 'src'] as const) {
      const value = node.properties[key];
      if (typeof value !== 'string') continue;
      if (key === 'href' && node.tagName === 'a' && (value === '' || value.startsWith('#'))) {
        // The first anchor (the title) links to the post; the others to their place on it.
        node.properties[key] = main ? toPost : `${toPost}${value}`;
        main = false;
      } else {
        node.properties[key] = rebase(value, input.postUrl, input.viewUrl);
      }
    }
  });
  return { html: toHtml(tree).trim(), more };
}

function hasH1(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'h1') found = true;
  });
  return found;
}

function isHeaderLink(node: ElementContent | RootContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'a') return false;
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes('headerlink');
}

/** A link relative to the post, made relative to the view; absolute, external and anchor links stay. */
export function rebase(href: string, fromUrl: string, toUrl: string): string {
  if (href === '' || /^[a-z][a-z0-9+.-]*:|^\/|^#|^\?/i.test(href)) return href;
  const origin = 'http://site.invalid/';
  const resolved = new URL(href, origin + fromUrl);
  if (resolved.origin !== new URL(origin).origin) return href;
  // The path stays percent-encoded as the renderer wrote it.
  return relativeUrl(toUrl, resolved.pathname.slice(1)) + resolved.search + resolved.hash;
}

/** Minutes to read a post's HTML, as the plugin counts them. */
export function readtime(html: string, wordsPerMinute: number): number {
  const tree = fromHtml(html, { fragment: true });
  let text = '';
  let images = 0;
  visit(tree, (node) => {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element' && (node as Element).tagName === 'img') images++;
  });
  // Python's re.split(r"\W+", ...) counts the empty strings at either end too.
  const words = text.split(/[^\p{L}\p{N}_]+/u).length;
  let seconds = Math.ceil((words / wordsPerMinute) * 60);
  let delta = 12;
  for (let image = 0; image < images; image++) {
    seconds += delta;
    if (delta > 3) delta--;
  }
  return Math.ceil(seconds / 60);
}
