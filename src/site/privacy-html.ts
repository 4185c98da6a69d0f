/**
 * The privacy plugin's pass over a page's HTML (Material 9.7, plugin.py `_parse_html`), pure: which
 * elements load an external asset, and the page with each one pointed at its downloaded copy.
 * The plugin matches these tags (an attribute that starts with `http`):
 *
 *   <link rel="stylesheet|icon|preload" href="http…">   → its copy; rel="preconnect" → removed
 *   <script src="http…">  <img src="http…">  <image href="http…"> (SVG)   → its copy
 *   <a href="http…">   → `links_attr_map` set, `rel="noopener"` added when target="_blank"
 *
 * Nothing else is read (no `srcset`, `style` attribute or `<source>`), as the plugin reads
 * nothing else. The page is parsed (with each attribute's offsets), and only the attributes that
 * change are written anew; the rest of the page stays byte for byte as rendered. The plugin
 * re-serializes each matched tag instead.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema } from 'property-information';
import type { PrivacyLinks } from './privacy-options.ts';

/** An element the plugin reads: the attribute holding its URL, and the URL. */
interface Found {
  readonly element: Element;
  readonly attribute: 'href' | 'src';
  readonly url: string;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The `rel` values whose external `<link>` the plugin downloads. */
const FETCHED_RELS = ['icon', 'preload', 'stylesheet'];

/** A quick test a page (or a slice of a big one) must pass for the pass to parse it. */
export function mayReferenceExternal(slice: string): boolean {
  return /=\s*["']?https?:/i.test(slice);
}

/**
 * The quick test for a page the pass may change: one that may load an external asset, or, with
 * links on, hold a link the links' options change (any external one with `links_attr_map`, else
 * only one opening a new window). Most pages link to other hosts; few load from them.
 */
export function mayChangePage(links: PrivacyLinks | undefined): (slice: string) => boolean {
  if (!links) return mayLoadExternal;
  if (Object.keys(links.attrs).length > 0) return mayReferenceExternal;
  if (!links.noopener) return mayLoadExternal;
  return (slice) => mayLoadExternal(slice) || (/target\s*=\s*["']?_blank/i.test(slice) && mayReferenceExternal(slice));
}

/** A quick test for an element that may load an external asset (a page with only external links fails it). */
export function mayLoadExternal(slice: string): boolean {
  return /<(?:img|script|link|image)\b[^>]*=\s*["']?https?:/i.test(slice);
}

/** The URLs of the external assets the page loads, in order (repeats kept). */
export function pageAssetUrls(html: string): string[] {
  if (!mayLoadExternal(html)) return [];
  return found(html).flatMap((item) => (item.element.tagName === 'a' || rel(item.element) === 'preconnect' ? [] : [item.url]));
}

export interface PageRewrite {
  /** Where the page finds its copy of an asset (a URL relative to it), or undefined to leave the reference. */
  readonly local: (url: string) => string | undefined;
  /** Whether the plugin takes the URL at all (external, not excluded): its preconnect hint goes. */
  readonly taken: (url: string) => boolean;
  /** `links: true`'s attributes; undefined leaves links alone. */
  readonly links: PrivacyLinks | undefined;
}

/** `html` with its external assets pointed at their copies, its hints to their hosts removed and its external links annotated. */
export function rewritePage(html: string, rewrite: PageRewrite): string {
  if (!mayReferenceExternal(html)) return html;
  const edits: Edit[] = [];
  for (const { element, attribute, url } of found(html)) {
    const opening = openingOf(element);
    if (!opening) continue;
    if (element.tagName === 'a') {
      if (rewrite.links) edits.push(...linkEdits(html, element, opening, rewrite.links));
      continue;
    }
    if (!rewrite.taken(url)) continue;
    if (element.tagName === 'link') {
      const relation = rel(element);
      if (relation === 'preconnect') {
        edits.push({ start: opening.start, end: opening.end, text: '' });
        continue;
      }
      if (!FETCHED_RELS.includes(relation)) continue;
    }
    const local = rewrite.local(url);
    const at = attributeSpan(element, attribute);
    if (local !== undefined && at) edits.push({ ...at, text: `${attribute}="${escapeAttribute(local)}"` });
  }
  return applyEdits(html, edits);
}

/** Every element the plugin's expression matches, with its URL, in document order. */
function found(html: string): Found[] {
  const out: Found[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'element') {
      const attribute = node.tagName === 'script' || node.tagName === 'img' ? 'src' : ['a', 'link', 'image'].includes(node.tagName) ? 'href' : undefined;
      const value = attribute === undefined ? undefined : node.properties[attribute];
      if (attribute !== undefined && typeof value === 'string' && /^https?:/i.test(value.trim())) out.push({ element: node, attribute, url: value.trim() });
    }
    if (node.type === 'root' || node.type === 'element') for (const child of node.children) visit(child);
    if (node.type === 'element' && node.tagName === 'template' && node.content) visit(node.content);
  };
  visit(fromHtml(html, { fragment: true, verbose: true }));
  return out;
}

/** A link's new attributes: `links_attr_map`'s, then `noopener` in `rel` when it opens a new window. */
function linkEdits(html: string, element: Element, opening: { start: number; end: number }, links: PrivacyLinks): Edit[] {
  const edits: Edit[] = [];
  const values = new Map<string, string>();
  const set = (name: string, value: string) => {
    values.set(name, value);
    const at = attributeSpan(element, find(htmlSchema, name).property);
    const text = `${name}="${escapeAttribute(value)}"`;
    if (at) edits.push({ ...at, text });
    else edits.push({ start: insertionPoint(html, opening), end: insertionPoint(html, opening), text: ` ${text}` });
  };
  for (const [name, value] of Object.entries(links.attrs)) set(name, value);
  const target = values.get('target') ?? attributeText(element, 'target');
  if (links.noopener && target === '_blank') {
    const relations = (values.get('rel') ?? attributeText(element, 'rel')).split(/\s+/).filter((word) => word !== '');
    if (!relations.includes('noopener')) {
      // A `rel` links_attr_map set is replaced in place, not written twice.
      const written = edits.findIndex((edit) => edit.text.startsWith('rel=') || edit.text.startsWith(' rel='));
      if (written >= 0) edits.splice(written, 1);
      set('rel', [...relations, 'noopener'].join(' '));
    }
  }
  return edits;
}

/** Where a new attribute goes: before the opening tag's `>` (or `/>`). */
function insertionPoint(html: string, opening: { end: number }): number {
  return html.slice(opening.end - 2, opening.end) === '/>' ? opening.end - 2 : opening.end - 1;
}

function openingOf(element: Element): { start: number; end: number } | undefined {
  const start = element.data?.position?.opening?.start.offset;
  const end = element.data?.position?.opening?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** The offsets of an attribute (`name="value"`, whole) in the page. */
function attributeSpan(element: Element, property: string): { start: number; end: number } | undefined {
  const position = element.data?.position?.properties?.[property];
  const start = position?.start.offset;
  const end = position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

function attributeText(element: Element, property: string): string {
  const value = element.properties[property];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
}

/** A link's `rel` as the plugin reads it: the attribute's whole text. */
function rel(element: Element): string {
  return attributeText(element, 'rel');
}

function applyEdits(html: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return html;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
