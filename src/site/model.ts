/**
 * The site as the theme sees it: everything the Astro pages need, computed once by
 * `prepareSite` (pure Node, no Astro) and handed to the Astro pages in memory
 * (src/integration/model-module.ts).
 */
import type { PageAuthors } from './git-authors.ts';
import type { AlternateLanguage } from '../config/index.ts';
import type { TocEntry } from '../markdown/index.ts';
import type { Crumb, NavItem, NavPruning } from '../nav/index.ts';
import type { LabelTable } from '../shared/languages/keys.ts';
import type { GlightboxClient } from './glightbox.ts';
import type { ImageSize } from './image-size.ts';
import type { PageBlog } from './blog.ts';
import type { PageTag } from './tags.ts';
import type { TemplateOverrides } from './templates/index.ts';
import type { PageHtml } from '../shared/page-html.ts';

/**
 * From this many characters of HTML a page is big: its HTML moves between processes and files as
 * UTF-8 bytes instead of one string (a render worker's answer, the render cache, what Pagefind
 * reads). A 10 MB Markdown page makes about 80 million characters, 160 MB as UTF-16, which any
 * emoji makes it; each copy of that in a message or a serialized record was a peak. Smaller pages
 * travel as strings, so the common case keeps its overlap (Pagefind indexing while Astro renders).
 */
export const BIG_PAGE_CHARS = 8 << 20;

export interface PageModel {
  readonly src: string;
  /** Site-relative URL without leading slash: `` (home), `vpn/`, `os/android.html`. */
  readonly url: string;
  /** The output file, site-relative, not encoded: `Getting Started/index.html`. */
  readonly dest: string;
  /** The opaque Astro route the page is rendered at (src/integration/routes.ts). */
  readonly route: string;
  /** As MkDocs holds it: HTML (nav, front matter, file name), or the first H1's text when textTitle. */
  readonly title: string;
  readonly textTitle?: boolean | undefined;
  readonly description: string | undefined;
  /** Its Markdown's HTML: in a file for a big page a worker rendered (src/shared/page-html.ts). */
  readonly html: PageHtml;
  readonly toc: TocEntry[];
  readonly meta: Record<string, unknown>;
  readonly icon: string | undefined;
  readonly hide: string[];
  readonly template: string | undefined;
  readonly editUrl: string | undefined;
  /**
   * The site-relative URL search results link for this page instead of its own: with the i18n
   * plugin's `reconfigure_search`, a fallback copy's default-language page (the plugin drops the
   * copy's entries from the index, keeping the default language's).
   */
  readonly searchUrl?: string | undefined;
  /** Footer links: titles as the nav holds them, HTML or text (Crumb.textTitle). */
  readonly previous: { readonly title: string; readonly textTitle?: boolean | undefined; readonly url: string } | undefined;
  readonly next: { readonly title: string; readonly textTitle?: boolean | undefined; readonly url: string } | undefined;
  /** navigation.path: the home crumb and the sections above the page; [] when none is drawn. */
  readonly path: Crumb[];
  /** The tags plugin: the page's tags, drawn above its content (src/site/tags.ts); none without the plugin. */
  readonly tags?: PageTag[] | undefined;
  /**
   * Material's source-file facts (HTML, as the plugins write them into meta): the last update
   * (`git_revision_date_localized`, else `revision_date`) and the creation
   * (`git_creation_date_localized`), and the git-authors plugin's authors of the page (its
   * `git_info.page_authors`, src/site/git-authors.ts); undefined when the page has none of them.
   */
  readonly sourceFile?: { readonly updated: string | undefined; readonly created: string | undefined; readonly authors?: PageAuthors | undefined } | undefined;
  /** What the site's custom_dir templates change on this page (src/site/templates); undefined when nothing. */
  readonly overrides?: TemplateOverrides | undefined;
  /**
   * The blog plugin (src/site/blog.ts): a post's facts (drawn in its sidebar), or a view's
   * excerpts and pagination (drawn under its content); undefined on other pages.
   */
  readonly blog?: PageBlog | undefined;
  /** The i18n plugin: the page's language, a key of `SiteInfo.languages`; undefined without the plugin. */
  readonly language?: string | undefined;
  /** Material's social plugin: the Open Graph and Twitter meta tags of the page's card, [property, content] (src/site/social-cards.ts); undefined without one. */
  readonly social?: ReadonlyArray<readonly [property: string, content: string]> | undefined;
  /** The i18n plugin: the language switcher with links to this page in the other languages (src/site/i18n-site.ts). */
  readonly alternate?: readonly AlternateLanguage[] | undefined;
}

export interface PaletteEntry {
  readonly media?: string | undefined;
  readonly scheme: string;
  readonly primary: string;
  readonly accent: string;
  readonly toggle?: { readonly icon: string; readonly name: string } | undefined;
}

/**
 * The clocks of Material's partials/source-file.html: last update, creation. Here, not in
 * site-info.ts, because a component reads them: what components import is bundled into Astro's
 * server build, and this file imports nothing.
 */
export const SOURCE_FILE_ICONS = ['material/clock-edit-outline', 'material/clock-plus-outline'] as const;
/** The git-authors fact's icons: one author, several (or none). */
export const AUTHOR_ICONS = ['material/account', 'material/account-group'] as const;

export interface SocialLink {
  readonly icon: string;
  readonly link: string;
  readonly name: string | undefined;
}

export interface SiteFont {
  readonly text: string;
  readonly code: string;
  readonly packagesFrom?: string | undefined;
}

export interface SiteInfo {
  readonly name: string;
  readonly url: string | undefined;
  readonly description: string | undefined;
  readonly author: string | undefined;
  readonly copyright: string | undefined;
  /** The `lang` of every page: theme.language, or the `language` of a custom language partial. */
  readonly language: string;
  readonly direction: 'ltr' | 'rtl';
  /** The theme's UI labels in the site's language (src/shared/languages); components read them through `translator`. */
  readonly labels: LabelTable;
  readonly repoUrl: string | undefined;
  readonly repoName: string | undefined;
  readonly features: string[];
  readonly palette: PaletteEntry[];
  /**
   * theme.font, and the site's project folder, where its own @fontsource packages are looked for
   * before ours (src/theme/fonts.ts): `npm install @fontsource/inter` there gives the site Inter.
   */
  readonly font: SiteFont | false;
  readonly favicon: string | undefined;
  readonly logo: string | undefined;
  /** The logo image's intrinsic size (read from its file), for the `<img>`'s width and height. */
  readonly logoSize?: ImageSize | undefined;
  /** SVG markup of icons the theme draws (repo, logo, toggles, social, page icons), by name. */
  readonly icons: Record<string, string>;
  readonly social: SocialLink[];
  /** `extra.alternate`: the header's language selector (Material's partials/alternate.html); empty draws none. */
  readonly alternate: readonly AlternateLanguage[];
  readonly extraCss: string[];
  readonly extraJavascript: Array<{ readonly path: string; readonly type?: string | undefined; readonly defer?: boolean | undefined; readonly async?: boolean | undefined }>;
  /** The nav tree, as src/nav built it (the theme draws it as is). */
  readonly nav: NavItem[];
  /** Whether the sidebar is pruned (navigation.prune, or a nav over NAV_PRUNE_THRESHOLD entries). */
  readonly navPruning: NavPruning;
  readonly useDirectoryUrls: boolean;
  /** Material's search plugin runs (src/site/active-plugins.ts `searchEnabled`): the header's search box and the index. */
  readonly search: boolean;
  readonly extra: Record<string, unknown>;
  /** mkdocs-glightbox's lightbox options (src/site/glightbox.ts); undefined when the plugin is off. */
  readonly glightbox?: GlightboxClient | undefined;
  /** `theme.icon.admonition`, each type's icon resolved (src/site/admonition-icons.ts); empty keeps Material's defaults. */
  readonly admonitionIcons?: readonly AdmonitionIcon[] | undefined;
  /** What custom_dir templates (`404.html`, else main.html) change on the built-in not-found page; undefined when nothing. */
  readonly notFoundOverrides?: TemplateOverrides | undefined;
  /** The i18n plugin: what each language draws differently, by locale (src/site/i18n-site.ts); undefined without it. */
  readonly languages?: Readonly<Record<string, LanguageSite>> | undefined;
  /** The site-relative URL the logo links (a language's homepage, `fr/`); undefined: the site's root. */
  readonly home?: string | undefined;
}

/** The part of the site a language of a multilingual site (the i18n plugin) has of its own. */
export type LanguageSite = Pick<SiteInfo, 'name' | 'url' | 'description' | 'author' | 'copyright' | 'language' | 'direction' | 'labels' | 'nav' | 'navPruning' | 'palette' | 'features' | 'favicon' | 'logo' | 'social' | 'extra' | 'icons' | 'home'> & Partial<Pick<SiteInfo, 'logoSize'>>;

/**
 * The site as `page` is drawn: with the i18n plugin, its language's name, labels, nav, palette,
 * extra and the rest of LanguageSite laid over the site's, and its own language switcher; else
 * the site itself.
 */
export function siteOf(site: SiteInfo, page: Pick<PageModel, 'language' | 'alternate'>): SiteInfo {
  const own = page.language === undefined ? undefined : site.languages?.[page.language];
  if (!own) return site;
  return { ...site, ...own, alternate: page.alternate ?? site.alternate };
}

/** One `theme.icon.admonition` entry: the admonition type and its icon's SVG document. */
export interface AdmonitionIcon {
  readonly type: string;
  readonly svg: string;
}

export interface SiteModel {
  readonly site: SiteInfo;
  readonly pages: PageModel[];
  /**
   * With the i18n plugin, each other language's not-found page (`fr/404.html`, src/pages/[locale]/404.astro
   * draws it), as the plugin's build of that language writes one: its `html` is its translation of
   * `404.md`, or empty for the theme's. The default language's is the site's (src/pages/404.astro).
   */
  readonly notFound?: readonly PageModel[] | undefined;
}

/** The page whose body the site's `404.html` shows: `404.md` at the top of docs_dir (MkDocs writes it at `404/` too). */
export const NOT_FOUND_SRC = '404.md';

/**
 * The opaque route of the Nth page: Astro renders every page at `mkdocs-astro-page/p<N>` and the
 * integration moves the file to its `dest` (src/integration/routes.ts says why).
 */
export function routeId(index: number): string {
  return `p${index}`;
}
