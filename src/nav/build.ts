/**
 * mkdocs.yml `nav:` + the pages -> the nav tree, as MkDocs builds it (structure/nav.py
 * `get_navigation` / `_data_to_navigation`):
 *
 *   nav:                               items:
 *     - index.md                         page "Home" (the page's own title)
 *     - Guide:                           section "Guide"
 *         - guide/index.md                 page (also the section's index)
 *         - Setup: guide/setup.md          page "Setup"
 *     - GitHub: https://github.com/x     link "GitHub"
 *
 * Without `nav:`, the nav is generated from the files, leaving `not_in_nav` pages out (see auto.ts,
 * or `options.generate`: awesome-pages.ts).
 * A page listed twice keeps the title of its first listing in both places: MkDocs makes one Page
 * per file, titled when first met, and hands the same Page back for the second entry.
 */
import { createIgnoreMatcher } from '../config/gitignore.ts';
import { generateNavConfig } from './auto.ts';
import { applySectionIndex } from './section-index.ts';
import { findSectionIndex } from './sections.ts';
import type { BuildNavOptions, NavConfig, NavConfigItem, NavItem, NavMissing, NavPage, NavPath, NavResult, PageRef } from './types.ts';

/**
 * The nav tree of a site: `nav` is mkdocs.yml's `nav:` (undefined: generate it), `pages` every
 * documentation page. Also gives the reading order and what validation.nav reports.
 *
 *   buildNav(['index.md', { Guide: ['guide/index.md'] }], pages).items
 *     -> [page Home (index.md), section Guide [index guide/index.md] -> [page (guide/index.md)]]
 */
export function buildNav(nav: NavConfig | undefined, pages: readonly PageRef[], options: BuildNavOptions = {}): NavResult {
  const bySrc = new Map(pages.map((page) => [page.src, page]));
  const quiet = createIgnoreMatcher(options.notInNav ?? []);
  const shown = (): PageRef[] => pages.filter((page) => !quiet.ignores(page.src));
  const config = nav ?? (options.generate ? options.generate(shown()) : generateNavConfig(shown().map((page) => page.src)));
  const missing: NavMissing[] = [];
  const absoluteLinks: Array<{ entry: string; at: NavPath }> = [];
  const pagesInOrder: NavPage[] = [];
  const firstPlace = new Map<string, NavPage>();
  // Pages first listed without a title (mkdocs-section-index turns those that lead a section into it).
  const untitled = new Set<string>();

  const entry = (title: string | undefined, target: string, at: NavPath): NavItem => {
    const page = bySrc.get(normalizeSrc(target));
    if (page) {
      const first = firstPlace.get(page.src);
      // A title given here is the page's title (MkDocs sets Page.title from it), HTML as written: no typeset HTML then.
      const item: NavPage = first ? { ...first } : { kind: 'page', title: title ?? page.title, src: page.src, url: page.url, icon: page.icon, status: page.status, subtitle: page.subtitle, ...(title === undefined && page.typeset !== undefined ? { typeset: page.typeset } : {}), ...(title === undefined && page.textTitle === true ? { textTitle: true } : {}) };
      if (!first) firstPlace.set(page.src, item);
      if (!first && title === undefined) untitled.add(page.src);
      pagesInOrder.push(item);
      return item;
    }
    if (isExternal(target)) return { kind: 'link', title: title ?? target, url: target };
    // A file of the site that is no page (generated API docs' index.html): MkDocs finds it and links it, without a word.
    const file = normalizeSrc(target);
    if (options.docsFiles?.has(file) === true) return { kind: 'link', title: title ?? file, url: file };
    // A generated nav's links (awesome-pages' `Title: link`) are not mkdocs.yml entries to validate.
    if (nav === undefined) return { kind: 'link', title: title ?? target, url: target };
    if (target.startsWith('/')) {
      absoluteLinks.push({ entry: target, at });
    } else {
      missing.push({
        entry: target,
        title,
        at,
        message: `A reference to '${target}' is included in the 'nav' configuration, which is not found in the documentation files.`,
      });
    }
    // Like MkDocs, an entry that names no file is kept as a plain link.
    return { kind: 'link', title: title ?? target, url: target };
  };

  const items = (list: NavConfig, at: NavPath): NavItem[] => list.map((value, index) => item(value, [...at, index]));
  const item = (value: NavConfigItem, at: NavPath): NavItem => {
    if (typeof value === 'string') return entry(undefined, value, at);
    const [title, child] = Object.entries(value)[0] ?? ['', ''];
    if (typeof child === 'string') return entry(title, child, [...at, title]);
    const children = items(child, [...at, title]);
    return { kind: 'section', title, children, index: findSectionIndex({ children }) };
  };

  const tree = items(config, []);
  const listed = new Set(pagesInOrder.map((page) => page.src));
  const notInNav = pages.filter((page) => !listed.has(page.src) && !quiet.ignores(page.src)).map((page) => page.src);
  const result = { items: tree, pagesInOrder, notInNav, missing, absoluteLinks };
  return options.sectionIndex === true ? applySectionIndex(result, untitled) : result;
}

/** `./a//b.md` -> `a/b.md`, as `PurePath(path).as_posix()` would look it up. */
function normalizeSrc(target: string): string {
  return target
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

/** A URL with a scheme or a host (`https://...`, `mailto:...`, `//cdn...`). */
function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}
