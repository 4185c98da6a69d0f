/**
 * The primary nav's entries as one HTML string (Material's nav-item.html), for the sidebar. As an
 * Astro component per entry (NavItem.astro, recursive), the Privacy Guides corpus (123 pages, 130
 * nav entries) made some 16,000 component renders, each a tree of objects and promises for Astro
 * to walk and collect: most of Astro's own work in prerendering that site. The markup is the
 * components' as Astro drew them (astro-markup.ts):
 *
 *   [{Guide: [guide/a.md]}], current guide/a.md
 *   -> <li class="md-nav__item md-nav__item--nested md-nav__item--active">
 *        <input class="md-nav__toggle md-toggle" type="checkbox" id="__nav_1" checked aria-labelledby="__nav_1_label">
 *        <label class="md-nav__link" for="__nav_1" id="__nav_1_label"><span class="md-ellipsis">Guide</span>…</label>
 *        <nav class="md-nav" data-md-level="1" aria-labelledby="__nav_1_label"><ul class="md-nav__list"><li …>…</li></ul></nav></li>
 *
 * (one line, no whitespace between tags). A section is a checkbox (`md-nav__toggle`, open on the
 * active path) and its label; the checkbox stays focusable so Space opens and closes it without
 * script. With navigation.indexes, a section's index page is the section's link, as is a section
 * page of mkdocs-section-index (whatever the features say); with navigation.sections, the
 * sidebar's top sections render as groups. A pruned section is one link to its first page, as
 * Material draws it. The rules are src/nav's; this only draws what they decide.
 */
import { drawnChildren, firstLeafUrl, isActive, isPruned, sectionLink, type ActiveTrail, type NavDrawOptions, type NavItem, type NavLink, type NavPage, type NavSection } from '../nav/index.ts';
import type { SiteInfo } from '../site/model.ts';
import { attribute, classList, flag } from './astro-markup.ts';
import { statusMark } from './status.ts';
import { titleHtml, titleText, type Titled } from './title-html.ts';
import { siteHref } from './urls.ts';

/** What the nav of one page is drawn from. */
export interface NavHtmlContext {
  /** theme.features, `extra` (status labels) and the toc's label. */
  readonly site: Pick<SiteInfo, 'features' | 'extra' | 'labels'>;
  /** Where the current page is in the nav (src/nav decides what is active). */
  readonly trail: ActiveTrail;
  readonly base: string;
  /**
   * The current page's toc entries as drawn (toc-html.ts tocItemsHtml; '' for none), under its
   * link on small screens (Material's integrated toc). Drawn once per page for here and the
   * secondary sidebar (src/layouts/Page.astro): a page of 47,000 headings draws 5 MB of it.
   */
  readonly toc: string;
  /** The features that decide what is drawn, with the site's pruning decision. */
  readonly draw: NavDrawOptions;
  /** An icon's markup at this place (the page's icon sprite, src/theme/icon-sprite.ts). */
  readonly drawIcon: (name: string) => string | undefined;
}

/** The context with the features read once per page rather than once per entry. */
interface Drawing extends NavHtmlContext {
  /** navigation.sections draws this level as groups: 1, or 2 when navigation.tabs made level 1 the tabs. */
  readonly sectionLevel: number | undefined;
  /** navigation.expand opens every section; otherwise only those on the active page's path. */
  readonly expand: boolean;
  readonly integrate: boolean;
}

/** The `<li>` entries of the sidebar's top-level list: ids `__nav_1`, `__nav_2`, … at level 1. */
export function navItemsHtml(items: readonly NavItem[], context: NavHtmlContext): string {
  const { features } = context.site;
  const drawing: Drawing = {
    ...context,
    sectionLevel: features.includes('navigation.sections') ? (features.includes('navigation.tabs') ? 2 : 1) : undefined,
    expand: features.includes('navigation.expand'),
    integrate: features.includes('toc.integrate'),
  };
  let html = '';
  items.forEach((node, i) => { html += itemHtml(node, [i], `__nav_${i + 1}`, 1, drawing); });
  return html;
}

/** One entry; `at` is its child positions from the top of the nav ([1, 0] for `__nav_2_1`). */
function itemHtml(node: NavItem, at: number[], id: string, level: number, drawing: Drawing): string {
  if (node.kind !== 'section') return linkHtml(node, isActive(node, at, drawing.trail), drawing);
  if (isPruned(node, at, drawing.trail, drawing.draw)) return prunedHtml(node, drawing);
  return sectionHtml(node, at, id, level, drawing);
}

/** Material's render_pruned: the section's title, leading to its first page depth first. */
function prunedHtml(node: NavSection, { base }: Drawing): string {
  const url = firstLeafUrl(node);
  return `<li class="md-nav__item md-nav__item--pruned md-nav__item--nested"><a${attribute('href', url === undefined ? undefined : siteHref(base, url))} class="md-nav__link"><span class="md-ellipsis">${titleHtml(node)}</span><span class="md-nav__icon md-icon"></span></a></li>`;
}

/** A page or a link; the current page (in every place it is listed) carries the integrated toc. */
function linkHtml(node: NavPage | NavLink, active: boolean, drawing: Drawing): string {
  const page = node.kind === 'page' ? node : undefined;
  const current = page !== undefined && page.src === drawing.trail.src;
  const icon = page?.icon ? drawing.drawIcon(page.icon) : undefined;
  const link = `<a${attribute('href', siteHref(drawing.base, node.url))}${classList({ 'md-nav__link': true, 'md-nav__link--active': current })}${attribute('aria-current', current ? 'page' : undefined)}>${contentHtml(node, page?.typeset, page, icon, drawing)}</a>`;
  // Named after the page as well: the secondary sidebar's nav has the bare `toc` label, and landmark names must be unique.
  const toc = current && drawing.toc !== '' ? `<nav${classList({ 'md-nav': true, 'md-nav--secondary': true, 'md-nav--integrated': true, 'md-nav--integrated-always': drawing.integrate })}${attribute('aria-label', `${drawing.site.labels.toc}: ${titleText(node)}`)}><ul class="md-nav__list">${drawing.toc}</ul></nav>` : '';
  return `<li${classList({ 'md-nav__item': true, 'md-nav__item--active': active })}>${link}${toc}</li>`;
}

/** A section: its toggle, its label or section link, and its drawn children one level down. */
function sectionHtml(node: NavSection, at: number[], id: string, level: number, drawing: Drawing): string {
  const active = isActive(node, at, drawing.trail);
  const indexes = drawing.draw.indexes;
  const children = drawnChildren(node, indexes);
  const index = sectionLink(node, indexes);
  const head = index ? sectionLinkHtml(node, index, id, children.length > 0, drawing) : `<label class="md-nav__link"${attribute('for', id)}${attribute('id', `${id}_label`)}><span class="md-ellipsis">${titleHtml(node)}</span><span class="md-nav__icon md-icon"></span></label>`;
  let list = '';
  // A child's position counts the index page drawn as the section link: positions are the nav's; ids count the drawn children.
  children.forEach((child, i) => { list += itemHtml(child, [...at, node.children.indexOf(child)], `${id}_${i + 1}`, level + 1, drawing); });
  const nested = children.length > 0 ? `<nav class="md-nav"${attribute('data-md-level', level)}${attribute('aria-labelledby', `${id}_label`)}><ul class="md-nav__list">${list}</ul></nav>` : '';
  const item = classList({ 'md-nav__item': true, 'md-nav__item--nested': true, 'md-nav__item--active': active, 'md-nav__item--section': level === drawing.sectionLevel });
  return `<li${item}><input class="md-nav__toggle md-toggle" type="checkbox"${attribute('id', id)}${flag('checked', active || drawing.expand)}${attribute('aria-labelledby', `${id}_label`)}>${head}${nested}</li>`;
}

/** The section's own link (its section page or index page), and the toggle's label when it has children. */
function sectionLinkHtml(node: NavSection, index: NavPage, id: string, toggles: boolean, drawing: Drawing): string {
  const current = index.src === drawing.trail.src;
  const icon = index.icon ? drawing.drawIcon(index.icon) : undefined;
  const link = `<a${attribute('href', siteHref(drawing.base, index.url))}${classList({ 'md-nav__link': true, 'md-nav__link--active': current })}${attribute('aria-current', current ? 'page' : undefined)}>${contentHtml(node, undefined, index, icon, drawing)}</a>`;
  const label = toggles ? `<label class="md-nav__link"${attribute('for', id)}${attribute('id', `${id}_label`)}><span class="md-visually-hidden">${titleHtml(node)}</span><span class="md-nav__icon md-icon"></span></label>` : '';
  return `<div class="md-nav__link md-nav__container md-nav__link--index">${link}${label}</div>`;
}

/**
 * What a nav link shows (Material's render_content): the page's icon, its title (or, with the
 * typeset plugin, its first H1's HTML in a `span.md-typeset`) with the front matter `subtitle` as
 * a second line, and its `status` mark. A section's index link shows the index page's icon,
 * subtitle and status under the section's title.
 */
function contentHtml(titled: Titled, typeset: string | undefined, page: NavPage | undefined, icon: string | undefined, drawing: Drawing): string {
  const shown = typeset === undefined ? titleHtml(titled) : `<span class="md-typeset">${typeset}</span>`;
  // Front matter HTML, written raw as Material does (src/theme/title-html.ts).
  const subtitle = page?.subtitle ? `<br><small>${page.subtitle}</small>` : '';
  const status = statusMark(drawing.site.extra, page?.status);
  const mark = status ? `<span${attribute('class', status.className)}${attribute('title', status.title)}></span>` : '';
  return `${icon ?? ''}<span class="md-ellipsis">${shown}${subtitle}</span>${mark}`;
}
