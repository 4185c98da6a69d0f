/**
 * Tag listings, as Material 9.7's tags plugin makes them. Before rendering, each
 * `<!-- material/tags -->` comment of a page's Markdown becomes a placeholder heading at the
 * toc's deepest level, so it lands in the page's ToC under the heading it follows (Material's own
 * trick); once every page is rendered and titled, each placeholder becomes, for every tag the
 * listing shows (sorted by name), a heading one level below that parent heading, with the anchor
 * `tag:<slug>`, and the list of the pages carrying the tag (sorted by title).
 *
 *   markListings('# Tags\n<!-- material/tags -->\n', 'tags.md', { directive: 'material/tags', depth: 6, listings: true })
 *   // '# Tags\n###### md-tags-listing-0-/name { #md-tags-listing-0-/slug }\n'
 *
 * Like Material, the comment is found in the Markdown text wherever it is, code blocks included
 * (there the placeholder stays visible, as with Material). Unlike Material's templates, which write
 * them raw, tag names and page titles are HTML-escaped.
 */
import { load } from 'js-yaml';
import type { TocEntry } from '../markdown/index.ts';
import { relativeUrl } from './links.ts';
import { expandTag, isShadowTag, sortBy, sortTags, tagAnchor, type TagsOptions } from './tags.ts';
import { isRecord } from './plugin-values.ts';
import { escapeText } from './html-escape.ts';

/** What the render stage needs to mark listings: plain data (it is copied to render threads and hashed into the cache key). */
export interface ListingDirective {
  readonly directive: string;
  readonly depth: number;
  readonly listings: boolean;
  readonly tagsFile?: string | undefined;
  /** `tags_extra_files`: more tags indexes like tags_file's, each showing only the tags given. */
  readonly extraFiles?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** A page as listings see it: where it is, its title and its tags (sorted). */
export interface TaggedPage {
  readonly src: string;
  readonly url: string;
  readonly title: string;
  readonly tags: readonly string[];
  /** Those of its tags that are shadow tags (`shadow_tags`...): listed only where shadow tags are shown. */
  readonly shadow?: readonly string[] | undefined;
}

/** One listing directive of a page, with its settings (`<!-- material/tags { include: [A] } -->`). */
export interface Listing {
  readonly page: TaggedPage;
  /** The placeholder heading's id prefix. */
  readonly id: string;
  /** Only pages in the listing page's folder and below. */
  readonly scope: boolean;
  readonly include: readonly string[] | undefined;
  readonly exclude: readonly string[] | undefined;
  /** Whether the listing's tags are ToC entries. */
  readonly toc: boolean;
  /** Whether it lists shadow tags (its `shadow` setting, else the plugin's). */
  readonly shadow: boolean;
  /** `tags_hierarchy_separator` when tags nest: include and exclude then match a tag's parents too. */
  readonly hierarchy: string | undefined;
}

/** The settings a directive may carry; `layout` only as `default`, the one layout we draw. */
const LISTING_SETTINGS: ReadonlySet<string> = new Set(['scope', 'include', 'exclude', 'toc', 'shadow', 'layout']);

const ID_PREFIX = 'md-tags-listing-';

/**
 * The pre-render pass (MkDocs' on_page_markdown): `tags_file`'s legacy `[TAGS]` marker becomes the
 * directive (which is added at the end when missing; `tags_extra_files` pages likewise, limited to
 * their tags), and each directive a placeholder heading,
 * or nothing when `listings` is off. The id keeps the directive's arguments (hex), to be read back
 * from the HTML.
 */
export function markListings(markdown: string, src: string, directive: ListingDirective): string {
  let body = markdown;
  const name = escapeRegExp(directive.directive);
  const extra = directive.extraFiles?.[src];
  if (directive.tagsFile === src || extra) {
    // An extra file's tags as the directive's inline settings (JSON is YAML).
    const marker = `<!-- ${directive.directive}${extra && directive.tagsFile !== src ? ` ${JSON.stringify({ include: extra })}` : ''} -->`;
    body = body.replaceAll('[TAGS]', marker);
    if (!new RegExp(`<!--\\s+${name}`).test(body)) body += `\n${marker}`;
  }
  let count = 0;
  return body.replace(new RegExp(`<!--\\s*?${name}([\\s\\S]*?)\\s*-->`, 'gi'), (_match, args: string) => {
    if (!directive.listings) return '';
    const id = `${ID_PREFIX}${count++}-${Buffer.from(args.trim(), 'utf8').toString('hex')}`;
    return `${'#'.repeat(directive.depth)} ${id}/name { #${id}/slug }`;
  });
}

/** The listings whose placeholders made it into `html` (a directive inside code is no heading). */
export function findListings(page: TaggedPage, html: string, options: Pick<TagsOptions, 'depth' | 'listingsMap' | 'listingsToc' | 'shadow' | 'hierarchy'>): { listings: Listing[]; problems: string[] } {
  const listings: Listing[] = [];
  const problems: string[] = [];
  const placeholder = new RegExp(`<h${options.depth}[^>]*\\sid="(${ID_PREFIX}\\d+-([0-9a-f]*))/slug"`, 'g');
  for (const match of html.matchAll(placeholder)) {
    const args = Buffer.from(match[2] ?? '', 'hex').toString('utf8');
    const settings = listingSettings(args, options.listingsMap);
    if (typeof settings === 'string') problems.push(settings);
    const chosen = typeof settings === 'string' ? {} : settings;
    for (const key of Object.keys(chosen)) {
      if (!LISTING_SETTINGS.has(key)) problems.push(`tags listing: unknown setting '${key}', ignored`);
    }
    if (chosen['layout'] !== undefined && chosen['layout'] !== 'default') problems.push(`tags listing: layout '${String(chosen['layout'])}' is not supported; the default layout is drawn`);
    listings.push({
      page,
      id: match[1] ?? '',
      scope: chosen['scope'] === true,
      include: tagList(chosen['include']),
      exclude: tagList(chosen['exclude']),
      toc: typeof chosen['toc'] === 'boolean' ? chosen['toc'] : options.listingsToc,
      shadow: typeof chosen['shadow'] === 'boolean' ? chosen['shadow'] : options.shadow.show,
      hierarchy: options.hierarchy,
    });
  }
  return { listings, problems };
}

/**
 * The tags of `page` that `listing` shows (Listing.__and__ and Listing.add): none for the
 * listing's own page, none when one of its tags is excluded, only the included ones when the
 * listing names some, and no shadow tag unless the listing shows them. Nested tags are matched
 * by themselves or a parent (`include: [Guide]` lists `Guide/Rust`).
 */
export function featuredTags(listing: Listing, page: TaggedPage): readonly string[] {
  if (page.src === listing.page.src) return [];
  if (listing.scope) {
    const folder = listing.page.src.includes('/') ? listing.page.src.slice(0, listing.page.src.lastIndexOf('/') + 1) : '';
    if (!page.src.startsWith(folder)) return [];
  }
  const matches = (tag: string, names: readonly string[]) => expandTag(tag, listing.hierarchy).some((each) => names.includes(each));
  const { exclude, include } = listing;
  if (exclude && page.tags.some((tag) => matches(tag, exclude))) return [];
  const shown = listing.shadow ? page.tags : page.tags.filter((tag) => !page.shadow?.includes(tag));
  return include ? shown.filter((tag) => matches(tag, include)) : shown;
}

/**
 * The listings showing `tag` of `page`, closest first: the most URL path segments in common
 * (Material's ranking), page order among equals.
 */
export function closestListing(page: TaggedPage, tag: string, listings: readonly Listing[]): Listing | undefined {
  let best: Listing | undefined;
  let bestRank = -1;
  for (const listing of listings) {
    if (!featuredTags(listing, page).includes(tag)) continue;
    const rank = commonPathLength(page.url, listing.page.url);
    if (rank > bestRank) [best, bestRank] = [listing, rank];
  }
  return best;
}

/** One tag of a listing: the pages carrying exactly it and, when tags nest, the tags below it. */
interface TagNode {
  readonly name: string;
  readonly pages: TaggedPage[];
  readonly children: Map<string, TagNode>;
}

type ListingOptions = Pick<TagsOptions, 'depth' | 'slugify' | 'separator' | 'format' | 'icons' | 'listingTagsSort' | 'listingsSort' | 'shadow' | 'hierarchy'>;

/** The listing's tags as a tree (Listing.add): each page under its own tags, parents made on the way. */
function listingTree(listing: Listing, pages: readonly TaggedPage[]): Map<string, TagNode> {
  const roots = new Map<string, TagNode>();
  for (const page of pages) {
    for (const leaf of featuredTags(listing, page)) {
      let level = roots;
      const chain = expandTag(leaf, listing.hierarchy);
      for (const [i, tag] of chain.entries()) {
        const node = level.get(tag) ?? { name: tag, pages: [], children: new Map<string, TagNode>() };
        level.set(tag, node);
        if (i === chain.length - 1) node.pages.push(page);
        level = node.children;
      }
    }
  }
  return roots;
}

/**
 * The page's HTML and ToC with each listing in place of its placeholder. A listing that shows no
 * tag leaves nothing, like Material's. Nested tags are headings one level below their parent's,
 * drawn inside its list, as Material's `fragments/tags/default/listing.html` does.
 */
export function populateListings(html: string, toc: readonly TocEntry[], listings: readonly Listing[], pages: readonly TaggedPage[], options: ListingOptions): { html: string; toc: TocEntry[]; ids: string[] } {
  let out = html;
  let entries = [...toc];
  const ids: string[] = [];
  for (const listing of listings) {
    const host = hostLevel(entries, listing.id);
    // Without its ToC entry Material finds no place for the listing and leaves nothing.
    const roots = host === undefined ? new Map<string, TagNode>() : listingTree(listing, pages);
    const placeholder = new RegExp(`<h${options.depth}[^>]+${escapeRegExp(listing.id)}/slug.*?</h${options.depth}>`, 'i');
    const hx = placeholder.exec(out)?.[0] ?? '';
    const drawn = drawNodes(roots, (host ?? 1) + 1, { hx, id: listing.id, from: listing.page.url }, options);
    ids.push(...drawn.ids);
    entries = spliceToc(entries, listing.id, listing.toc ? drawn.toc : []);
    out = out.replace(placeholder, () => drawn.html.join('\n'));
  }
  return { html: out, toc: entries, ids };
}

/** Each node (sorted) as its heading, from the placeholder `hx` at `level`, and its list of pages and subtags. */
function drawNodes(nodes: ReadonlyMap<string, TagNode>, level: number, at: { readonly hx: string; readonly id: string; readonly from: string }, options: ListingOptions): { html: string[]; toc: TocEntry[]; ids: string[] } {
  const html: string[] = [];
  const toc: TocEntry[] = [];
  const ids: string[] = [];
  const depth = Math.min(6, level);
  for (const name of sortTags([...nodes.keys()], options.listingTagsSort)) {
    const node = nodes.get(name);
    if (!node) continue;
    const anchor = tagAnchor(name, options);
    const heading = at.hx
      .replace(new RegExp(`<(/?)h${options.depth}\\b`, 'gi'), `<$1h${depth}`)
      .replaceAll(`${at.id}/slug`, anchor)
      .replaceAll(`${at.id}/name`, tagLabel(name, options));
    const below = drawNodes(node.children, level + 1, at, options);
    const items = sortBy(node.pages, (page) => (options.listingsSort.by === 'url' ? page.url : page.title), options.listingsSort.reverse)
      .map((page) => `<li><a href="${escapeAttribute(relativeUrl(at.from, page.url))}">${escapeText(page.title)}</a></li>`);
    const nested = below.html.map((child) => `<li style="list-style-type:none">${child}</li>`);
    html.push(`${heading}\n<ul>\n${[...items, ...nested].join('\n')}\n</ul>`);
    toc.push({ level: depth, id: anchor, name, children: below.toc });
    ids.push(anchor, ...below.ids);
  }
  return { html, toc, ids };
}

/** Material's `fragments/tags/default/tag.html`: the tag's label in a listing heading. */
function tagLabel(tag: string, options: Pick<TagsOptions, 'icons' | 'shadow' | 'hierarchy'>): string {
  const { icons } = options;
  const type = icons?.[tag];
  const classes = ['md-tag', ...(isShadowTag(tag, options) ? ['md-tag-shadow'] : []), ...(icons ? ['md-tag-icon'] : []), ...(type ? [`md-tag--${type}`] : [])];
  return `<span class="${escapeAttribute(classes.join(' '))}">${escapeText(tag)}</span>`;
}

/**
 * The level of the heading the placeholder sits under in the ToC (1 at the top: the page title),
 * or undefined when the ToC lacks it.
 */
function hostLevel(entries: readonly TocEntry[], id: string): number | undefined {
  if (entries.some((entry) => entry.id.startsWith(id))) return 1;
  const below = (list: readonly TocEntry[]): number | undefined => {
    for (const entry of list) {
      if (entry.children.some((child) => child.id.startsWith(id))) return entry.level;
      const inner = below(entry.children);
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  return below(entries);
}

/** The ToC with the placeholder entry replaced by `replacement`. */
function spliceToc(entries: readonly TocEntry[], id: string, replacement: TocEntry[]): TocEntry[] {
  return entries.flatMap((entry) => (entry.id.startsWith(id) ? replacement : [{ ...entry, children: spliceToc(entry.children, id, replacement) }]));
}

/** `posixpath.commonpath` of two URLs, in characters. */
function commonPathLength(a: string, b: string): number {
  const parts = (url: string) => url.split('/').filter((part) => part !== '' && part !== '.');
  const left = parts(a);
  const right = parts(b);
  const common: string[] = [];
  for (let i = 0; i < Math.min(left.length, right.length) && left[i] === right[i]; i++) common.push(left[i] ?? '');
  return common.join('/').length;
}

/** A directive's arguments: inline YAML settings, or the name of a `listings_map` entry. */
function listingSettings(args: string, map: Readonly<Record<string, unknown>>): Record<string, unknown> | string {
  if (args.trim() === '') return {};
  let data: unknown;
  try {
    data = load(args);
  } catch (cause) {
    return `tags listing: cannot read its settings \`${args.trim()}\` (${cause instanceof Error ? cause.message.split('\n')[0] ?? '' : String(cause)}); listing every tag`;
  }
  if (typeof data === 'string') {
    const named = map[data];
    if (isRecord(named)) return named;
    return `tags listing: no listings_map entry named '${data}' (known: ${Object.keys(map).join(', ') || 'none'}); listing every tag`;
  }
  return isRecord(data) ? data : {};
}

function tagList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
