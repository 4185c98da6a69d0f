/**
 * mkdocs-glightbox's `on_page_content`: each content image becomes the link GLightbox opens, with
 * the markup the plugin writes (attribute order too), so a site's CSS and scripts keep working.
 *
 *   <p><img alt="Map" src="map.png" data-title="Lisbon"></p>
 *   → <p><a class="glightbox" data-type="image" data-width="auto" data-height="auto" href="map.png"
 *        data-title="Lisbon" data-desc-position="bottom"><img alt="Map" src="map.png" data-title="Lisbon"></a></p>
 *
 * The page is parsed (never matched with a regex) only to find the images and their attributes;
 * the link is spliced around each `<img>` tag's own bytes, so the rest of the page stays exactly
 * as rendered. The plugin re-serializes the whole page instead.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { glightboxOff, type GlightboxWrapOptions } from './glightbox.ts';
import { rewriteHtml } from '../shared/page-html.ts';
import type { PageResult } from './render-pages.ts';

interface Found {
  readonly start: number;
  readonly end: number;
  readonly img: Element;
}

/**
 * `html` with its images wrapped, as the plugin wraps them on a page whose front matter is `meta`
 * (the caller leaves out pages with `glightbox: false`). Skipped, as by the plugin: an image in a
 * link, one with a skip class (`off-glb`, the emoji classes, `skip_classes`), and in manual mode
 * (`manual: true`, or the page's `glightbox-manual: true`) one without `on-glb`, unless the page
 * says `glightbox: true` under `manual: true`.
 *
 * We differ in one place: the plugin skips an image whose *parent* is a link, and so nests a
 * link in `<a><span><img></span></a>`; here any enclosing link skips it, since a link in a link
 * is not HTML (the browser splits them).
 */
export function wrapImages(html: string, options: GlightboxWrapOptions, meta: Readonly<Record<string, unknown>>): string {
  if (!/<img/i.test(html)) return html;
  const found: Found[] = [];
  collect(fromHtml(html, { fragment: true }), false, found);
  let out = '';
  let at = 0;
  for (const { start, end, img } of found) {
    const open = anchorFor(img, options, meta);
    if (open === undefined) continue;
    out += `${html.slice(at, start)}${open}${html.slice(start, end)}</a>`;
    at = end;
  }
  return at === 0 ? html : out + html.slice(at);
}

/** Every `<img>` in document order with its tag's offsets, and whether a link encloses it. */
function collect(node: Nodes, inLink: boolean, found: Found[]): void {
  if (node.type === 'element' && node.tagName === 'img') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!inLink && start !== undefined && end !== undefined) found.push({ start, end, img: node });
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  const linked = inLink || (node.type === 'element' && node.tagName === 'a');
  for (const child of node.children) collect(child, linked, found);
}

/** The opening link tag for `img`, or undefined when the plugin leaves the image alone. */
function anchorFor(img: Element, options: GlightboxWrapOptions, meta: Readonly<Record<string, unknown>>): string | undefined {
  const classes = classNames(img);
  if (classes.some((name) => options.skipClasses.includes(name))) return undefined;
  const enabledByPage = options.manual && meta['glightbox'] === true;
  if (!enabledByPage && (options.manual || truthy(meta['glightbox-manual'])) && !classes.includes('on-glb')) return undefined;

  const src = attribute(img, 'src');
  const autoCaption = options.autoCaption || truthy(meta['glightbox.auto_caption']);
  const title = attribute(img, 'dataTitle') || (autoCaption ? attribute(img, 'alt') : '');
  // Written when the image has it, even empty (then left out below), else the plugin's default.
  const position = 'dataCaptionPosition' in img.properties ? attribute(img, 'dataCaptionPosition') : options.captionPosition;
  const attributes: Array<[string, string]> = [
    ['class', 'glightbox'],
    ['data-type', 'image'],
    ['data-width', options.width],
    ['data-height', options.height],
    ['href', src],
    ['data-title', title],
    ['data-description', attribute(img, 'dataDescription')],
    ['data-desc-position', position],
    ['data-gallery', gallery(src, img, options.autoThemed)],
  ];
  // The slide options (title onwards) are written only when they have a value, as the plugin does.
  const written = attributes.filter(([, value], index) => index < 5 || value !== '');
  return `<a ${written.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}>`;
}

/**
 * `data-gallery`: with `auto_themed`, Material's `#only-light` / `#only-dark` images (and GitHub's
 * `#gh-light-mode-only` / `#gh-dark-mode-only`) each form a gallery of their scheme.
 */
function gallery(src: string, img: Element, autoThemed: boolean): string {
  if (autoThemed) {
    if (src.includes('#only-light') || src.includes('#gh-light-mode-only')) return 'light';
    if (src.includes('#only-dark') || src.includes('#gh-dark-mode-only')) return 'dark';
  }
  return attribute(img, 'dataGallery');
}

function classNames(img: Element): string[] {
  const value = img.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

/** An attribute's text; '' when absent or written without a value (the plugin reads those as empty too). */
function attribute(img: Element, property: string): string {
  const value = img.properties[property];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Python's truth of a front matter value. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
  return Boolean(value);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The plugin's `on_page_content` over every rendered page: images wrapped in their lightbox
 * links (the results are replaced in `rendered`; a page with nothing to wrap keeps its object).
 * Runs after the meta plugin's `.meta.yml` defaults, which may set `glightbox: false`.
 */
export function applyGlightbox(rendered: Map<string, PageResult>, options: GlightboxWrapOptions): void {
  for (const [src, result] of rendered) {
    if (glightboxOff(result.meta)) continue;
    const html = rewriteHtml(result.html, (slice) => /<img/i.test(slice), (text) => wrapImages(text, options, result.meta));
    if (html !== result.html) rendered.set(src, { ...result, html });
  }
}
