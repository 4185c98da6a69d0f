/**
 * Stylesheets of what only some pages or sites show: content tabs, grid cards, annotations, task
 * lists, footnotes, Critic marks, tables, keyboard keys, code blocks, their colours, line numbers, copy and select
 * buttons, mkdocstrings' API docs, Mermaid's box, tags, the
 * blog, the home page's hero, the announcement bar, the nav's status icons, the header's language
 * and version selectors, a site's own search box (its partials/search.html, in Material's look), search.suggest's field,
 * the footnote and preview tooltips, the back-to-top button, the progress bar and the right-to-left turns. They are not in the bundle every page loads (src/styles/index.css):
 * each is published as a file of its own (assets.ts) and linked by the pages that use it (Head.astro),
 * which a page tells by its HTML (the rendered Markdown and its custom_dir template overrides).
 * navigation.instant links the next page's sheets before showing it (instant-swap.ts).
 *
 * The sheets sit in the `theme` cascade layer like the bundle, linked before it: a site's
 * extra.css still overrides them. Their rules meet the bundle's only with a higher specificity
 * (or equal values: the margin of `.grid` and `.tabbed-set`), so linking them first changes no
 * look.
 *
 * ```ts
 * featureSheets({ html: ['<div class="tabbed-set">…</div>'], features: [] }) // ['tabbed']
 * ```
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NavItem } from '../nav/index.ts';
import type { PageModel, SiteInfo } from '../site/model.ts';
import { htmlSlices } from '../shared/page-html.ts';

/** What tells which sheets a page needs. */
export interface SheetInput {
  /**
   * The page's HTML, in pieces as it is held: its rendered Markdown (in slices when it is in a file,
   * src/shared/page-html.ts) and the HTML of each template override.
   */
  readonly html: Iterable<string>;
  /** theme.features */
  readonly features: readonly string[];
  /** Pages that draw their parts from components rather than Markdown. */
  readonly blog?: boolean;
  readonly tagged?: boolean;
  readonly home?: boolean;
  /** The header's selectors: `extra.alternate` (languages), `extra.version` (mike). */
  readonly alternate?: boolean;
  readonly versioned?: boolean;
  /** Whether the page is drawn right to left (its language's direction). */
  readonly rtl?: boolean;
  /** Whether the site's own partials/search.html draws search (Material's markup, not our dialog). */
  readonly searchPartial?: boolean;
  /** Whether the page draws a bar above the header: its `announce` block, or with a version its `outdated` block. */
  readonly banner?: boolean;
  /** Whether the nav (on every page) holds a page with a front matter `status`. */
  readonly status?: boolean;
}

interface Sheet {
  /** Under src/styles/. */
  readonly file: string;
  /** Classes (any of them) whose presence asks for the sheet; `<mark>` for critic.css, a `<table>` without a class for tables.css. */
  readonly classes: readonly string[];
  readonly when?: (input: SheetInput, found: PageMarkup) => boolean;
}

/**
 * The sheets, in the bundle's order (src/styles/index.css had them there): a later one may refine
 * an earlier. keys.css and code-blocks.css come last: the sheets that refine code blocks (line
 * numbers, annotations, mkdocstrings…) came before them while they were in the bundle, and still do.
 */
export const SHEET_NAMES = ['banner', 'status', 'select', 'version', 'search', 'search-suggest', 'blog', 'hero', 'top', 'progress', 'tooltip2', 'rtl', 'code-buttons', 'code-tokens', 'code-lines', 'tables', 'tabbed', 'cards', 'tasklist', 'critic', 'tags', 'footnotes', 'annotations', 'mermaid', 'mkdocstrings', 'keys', 'code-blocks'] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

const SHEETS: Readonly<Record<SheetName, Sheet>> = {
  banner: { file: 'regions/banner.css', classes: ['md-banner'], when: (input) => input.banner === true },
  status: { file: 'regions/status.css', classes: ['md-status'], when: (input) => input.status === true },
  select: { file: 'regions/select.css', classes: ['md-select'], when: (input) => input.alternate === true },
  version: { file: 'regions/version.css', classes: ['md-version'], when: (input) => input.versioned === true },
  // Material's search markup, which our dialog never has: a site's search.html, or its header.html drawing it inline.
  search: { file: 'regions/search-partial.css', classes: ['md-search__overlay', 'md-search__scrollwrap'], when: (input) => input.searchPartial === true },
  'search-suggest': { file: 'regions/search-suggest.css', classes: ['md-search__suggest'], when: (input) => input.features.includes('search.suggest') },
  blog: { file: 'regions/blog.css', classes: ['md-post', 'md-pagination', 'md-author', 'md-profile'], when: (input) => input.blog === true },
  hero: { file: 'regions/hero.css', classes: ['md-hero'], when: (input) => input.home === true },
  top: { file: 'regions/top.css', classes: ['md-top'], when: (input) => input.features.includes('navigation.top') },
  progress: { file: 'regions/progress.css', classes: ['md-progress'], when: (input) => input.features.includes('navigation.instant.progress') },
  // Material's interactive tooltip: footnote tooltips on a page with a reference, instant previews
  // on every page (navigation.instant.preview) or on one whose links the preview extension marked.
  tooltip2: {
    file: 'regions/tooltip2.css',
    classes: ['md-tooltip2'],
    when: (input, found) => input.features.includes('navigation.instant.preview') || found.attributes.has('data-preview')
      || (input.features.includes('content.footnote.tooltips') && found.classes.has('footnote-ref')),
  },
  // The regions' right-to-left turns, under <html dir="rtl"> (theme.language: ar, he, fa...).
  rtl: { file: 'regions/rtl.css', classes: [], when: (input) => input.rtl === true },
  // Scripts add the buttons to every <pre> of a page on a site with either feature.
  'code-buttons': { file: 'typeset/code-buttons.css', classes: ['md-clipboard', 'md-code__select'], when: (input, found) => found.tags.has('pre') && (input.features.includes('content.code.copy') || input.features.includes('content.code.select')) },
  // Pygments' token colours: only spans inside a `.highlight` block have them.
  'code-tokens': { file: 'typeset/code-tokens.css', classes: ['highlight'] },
  'code-lines': { file: 'typeset/code-lines.css', classes: ['highlighttable', 'linenos', 'linenodiv'] },
  // Markdown's tables (`table:not([class])`): a `<table>` in the page.
  tables: { file: 'typeset/tables.css', classes: [], when: (_input, found) => found.bare.has('table') },
  tabbed: { file: 'typeset/tabbed.css', classes: ['tabbed-set'] },
  cards: { file: 'typeset/cards.css', classes: ['grid'] },
  tasklist: { file: 'typeset/tasklist.css', classes: ['task-list', 'task-list-item'] },
  critic: { file: 'typeset/critic.css', classes: ['critic'], when: (_input, found) => found.tags.has('mark') },
  tags: { file: 'typeset/tags.css', classes: ['md-tag', 'md-tags'], when: (input) => input.tagged === true },
  footnotes: { file: 'typeset/footnotes.css', classes: ['footnote', 'footnote-ref'] },
  // Content annotations, and the code annotations content.code.annotate makes in any code block.
  annotations: { file: 'typeset/annotations.css', classes: ['annotate', 'md-annotation'], when: (input, found) => input.features.includes('content.code.annotate') && found.classes.has('highlight') },
  mermaid: { file: 'typeset/mermaid.css', classes: ['mermaid'] },
  // <kbd>, alone or in pymdownx.keys' `span.keys`.
  keys: { file: 'typeset/keys.css', classes: ['keys'], when: (_input, found) => found.tags.has('kbd') },
  // `.highlight` also marks InlineHilite's inline code, which the sheet's position rule reaches.
  'code-blocks': { file: 'typeset/code-blocks.css', classes: ['highlight', 'highlighttable', 'filename'], when: (_input, found) => found.tags.has('pre') },
  mkdocstrings: { file: 'typeset/mkdocstrings.css', classes: ['doc', 'doc-heading', 'doc-contents', 'doc-symbol'] },
};

/** The element names and class names a page's HTML uses. */
interface PageMarkup {
  readonly tags: ReadonlySet<string>;
  /** Elements found without a class attribute (`table:not([class])`). */
  readonly bare: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  /** Names of the attributes asked about (WATCHED_ATTRIBUTES) that some element carries. */
  readonly attributes: ReadonlySet<string>;
}

/** A start tag: its name and its attributes (attribute values in our HTML hold no raw `>`). */
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g;
/** A `class` attribute, quoted either way or bare. */
const CLASS_ATTRIBUTE = /(?:^|\s)class\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
/**
 * Attributes a sheet asks about (the preview extension's mark on a link), each with its pattern:
 * the name in a start tag (followed by the tag's end before any other `<`). Looked for in a pass
 * of its own, which skips to the name, not tag by tag: a pattern made or run per tag took markupOf
 * 1.4 to 2.4 times as long (a 10 MB page has millions of tags).
 */
const WATCHED_ATTRIBUTES = (['data-preview'] as const).map((name) => ({ name, pattern: new RegExp(`\\s${name}(?![\\w-])(?=[^<>]*>)`, 'i') }));

function markupOf(pieces: Iterable<string>): PageMarkup {
  const tags = new Set<string>();
  const bare = new Set<string>();
  const classes = new Set<string>();
  const attributes = new Set<string>();
  for (const html of pieces) {
    for (const { name, pattern } of WATCHED_ATTRIBUTES) if (pattern.test(html)) attributes.add(name);
    for (const match of html.matchAll(START_TAG)) {
      const tag = (match[1] ?? '').toLowerCase();
      tags.add(tag);
      const found = match[2] ? CLASS_ATTRIBUTE.exec(match[2]) : null;
      if (!found) bare.add(tag);
      for (const name of (found?.[1] ?? found?.[2] ?? found?.[3] ?? '').split(/\s+/)) if (name) classes.add(name);
    }
  }
  return { tags, bare, classes, attributes };
}

/** The sheets a page links, in the bundle's order. */
export function featureSheets(input: SheetInput): SheetName[] {
  // A blog view shows excerpts of other pages, whatever they hold.
  if (input.blog) return [...SHEET_NAMES];
  const found = markupOf(input.html);
  return SHEET_NAMES.filter((name) => {
    const sheet = SHEETS[name];
    return sheet.classes.some((given) => found.classes.has(given)) || (sheet.when?.(input, found) ?? false);
  });
}

/**
 * What tells a page's sheets (Head.astro draws their links; a build that writes a page's new
 * content into its last file checks them, src/integration/content-patch.ts): `site` as the page
 * is drawn (siteOf). Each piece of HTML is read where it is: joined, a big page's HTML would be
 * copied whole once more; a page's HTML in a file is read a slice at a time, each time it is asked.
 */
export function pageSheetInput(site: SiteInfo, page: PageModel): SheetInput {
  const overrideHtml = Object.values({ ...page.overrides?.blocks, ...page.overrides?.partials }).flat().flatMap((segment) => (segment.kind === 'html' ? [segment.html] : []));
  return {
    html: { *[Symbol.iterator]() { yield* htmlSlices(page.html); yield* overrideHtml; } },
    features: site.features,
    blog: page.blog !== undefined,
    tagged: (page.tags?.length ?? 0) > 0,
    home: page.template === 'home.html',
    alternate: site.alternate.length > 0,
    rtl: site.direction === 'rtl',
    versioned: Boolean(site.extra['version']),
    searchPartial: site.search && page.overrides?.partials.search !== undefined,
    banner: filled(page.overrides?.blocks.announce) || (Boolean(site.extra['version']) && filled(page.overrides?.blocks.outdated)),
    status: hasStatus(site.nav),
  };
}

/** A template block with content (Banners.astro draws a bar only for one). */
function filled(segments: readonly unknown[] | undefined): boolean {
  return segments !== undefined && segments.length > 0;
}

/** Whether a nav (tree) holds a page with a front matter `status`, whose icon every page's nav shows. */
function hasStatus(items: readonly NavItem[]): boolean {
  return items.some((item) => {
    if (item.kind === 'link') return false;
    // A section's own page (mkdocs-section-index) is not among its children; its index page is.
    if (item.kind === 'section') return Boolean(item.page?.status) || hasStatus(item.children);
    return Boolean(item.status);
  });
}

/** Site-relative path of a published sheet. */
export function featureSheetPath(name: SheetName): string {
  return `assets/theme/features/${name}.css`;
}

const STYLES_DIR = path.join(import.meta.dirname, '../styles');

/**
 * A sheet as published: its file without comments and indentation (the files are ours, written
 * for this: no comment markers inside strings), in the theme layer.
 */
export function featureSheetText(name: SheetName, read: (file: string) => string = (file) => readFileSync(path.join(STYLES_DIR, file), 'utf8')): string {
  const css = read(SHEETS[name].file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s+/gm, '');
  return `@layer theme {\n${css}}\n`;
}

/** Every sheet, as the theme's published files. */
export function featureSheetAssets(): Array<{ readonly to: string; readonly text: string }> {
  return SHEET_NAMES.map((name) => ({ to: featureSheetPath(name), text: featureSheetText(name) }));
}
