/** The nav tree the theme draws, built from mkdocs.yml's `nav:` (or the files) and the pages. */
export type { NavConfig, NavConfigItem } from '../config/types.ts';
import type { NavConfig } from '../config/types.ts';

/** A page as the nav needs it. */
export interface PageRef {
  /** docs-relative, `/`-separated: `os/index.md`. */
  readonly src: string;
  /** site-relative: `os/`, `os/linux/`, or `` for the home page. */
  readonly url: string;
  /** The page's own title (front matter, first H1, or file name), used when the nav gives none. */
  readonly title: string;
  /** The title is its first H1's text (see NavPage.textTitle); a front matter or file name title is HTML. */
  readonly textTitle?: boolean | undefined;
  /** Front matter `icon` (`material/home`), drawn before the page's nav title. */
  readonly icon?: string | undefined;
  /** Front matter `status` (`new`, `deprecated`...): Material's status icon after the nav title. */
  readonly status?: string | undefined;
  /** Front matter `subtitle`: a second, smaller line under the nav title. */
  readonly subtitle?: string | undefined;
  /**
   * The page's own title as HTML (Material's typeset plugin: its first H1's markup), when its
   * title is that H1; drawn in the nav only where the nav gives the page no title.
   */
  readonly typeset?: string | undefined;
}

/**
 * A page in the nav. A page listed twice is two nodes with the same src, title and icon (MkDocs
 * reuses one Page object for both places).
 */
export interface NavPage {
  readonly kind: 'page';
  /**
   * As MkDocs holds it: HTML, which Material's templates write unescaped (MkDocs' Jinja has no
   * autoescape), so a nav title `a &lt;b&gt;` shows `a <b>`; plain text when textTitle says so.
   */
  readonly title: string;
  /** The title is the page's first H1 as text (MkDocs holds that one escaped): drawn escaped. */
  readonly textTitle?: boolean | undefined;
  readonly src: string;
  readonly url: string;
  readonly icon?: string | undefined;
  readonly status?: string | undefined;
  readonly subtitle?: string | undefined;
  /** The page's title as HTML for the nav link (typeset plugin), set only when the nav gives no title. */
  readonly typeset?: string | undefined;
}

export interface NavSection {
  readonly kind: 'section';
  readonly title: string;
  readonly children: NavItem[];
  /**
   * The section's index page for Material's navigation.indexes: its first child that is an
   * `index.md` / `README.md` page (see findSectionIndex). It stays in `children` too, in its place
   * in the reading order.
   */
  readonly index?: NavPage | undefined;
  /**
   * mkdocs-section-index: the page the section itself is (its first child, listed without a
   * title, taken out of `children` and titled as the section). Drawn as the section's link
   * whatever navigation.indexes says, and read in its place in the reading order.
   */
  readonly page?: NavPage | undefined;
}

export interface NavLink {
  readonly kind: 'link';
  readonly title: string;
  readonly url: string;
}

export type NavItem = NavPage | NavSection | NavLink;

/** Where an entry is written inside `nav:` (indices and titles), for `mkdocs.yml:line:col` messages. */
export type NavPath = ReadonlyArray<string | number>;

/** A nav entry naming a docs path that does not exist (MkDocs: validation.nav.not_found). */
export interface NavMissing {
  /** The path as written in the nav. */
  readonly entry: string;
  readonly title: string | undefined;
  readonly at: NavPath;
  /** MkDocs' wording, ready to print. */
  readonly message: string;
}

export interface NavResult {
  readonly items: NavItem[];
  /** Every nav page, depth first, a page listed twice twice: the order of previous/next. */
  readonly pagesInOrder: NavPage[];
  /** srcs of pages that exist but are not in the nav (MkDocs: validation.nav.omitted_files). */
  readonly notInNav: string[];
  readonly missing: NavMissing[];
  /** Entries like `/articles/` (MkDocs: validation.nav.absolute_links). */
  readonly absoluteLinks: Array<{ readonly entry: string; readonly at: NavPath }>;
}

export interface BuildNavOptions {
  /**
   * `not_in_nav` patterns (gitignore style): such pages are left out of a generated nav and are
   * not reported in `notInNav`.
   */
  readonly notInNav?: readonly string[] | undefined;
  /**
   * Generates the nav config when mkdocs.yml has no `nav:`, from the pages not in `notInNav`
   * (a nav plugin such as awesome-pages); MkDocs' own generated nav when undefined.
   */
  readonly generate?: ((pages: readonly PageRef[]) => NavConfig) | undefined;
  /** mkdocs-section-index: a section whose first child is a page listed without a title becomes that page (see section-index.ts). */
  readonly sectionIndex?: boolean | undefined;
  /**
   * docs_dir's other files (docs-relative: `api/index.html`, `report.pdf`): a nav entry naming one
   * is a link to it, not a missing page, as MkDocs finds it among its files.
   */
  readonly docsFiles?: ReadonlySet<string> | undefined;
}
