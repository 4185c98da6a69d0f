/**
 * navigation.instant's swap: puts a fetched page's parts in place of the shown page's, as
 * Material does. What may change from page to page is replaced: the head's title and links (the
 * stylesheets of the features the next page shows are added), the
 * announcement and outdated-version bars (a custom_dir block may draw them per page), the skip
 * link, the header's logo and page title, the header's sticky tabs (their active tab) and the
 * whole container (hero, tabs, both sidebars, the article, the footer). What belongs to the
 * site stays, with its state: the rest of the header (palette choice, the search dialog with
 * its query, results and loaded index), the back-to-top button, the body's data attributes.
 */

/** Head elements one page has and the next may not: each is replaced, dropped or added. */
const HEAD = ['title', 'link[rel="prev"]', 'link[rel="next"]', 'link[rel="canonical"]', 'meta[name="description"]', 'meta[name="author"]'] as const;

/**
 * Regions of the body, replaced when both pages have them: Material's list (its instant
 * integration), where only the first of each is replaced (the header's logo, not the drawer's).
 */
const REGIONS = [
  '[data-md-component="announce"]',
  '[data-md-component="container"]',
  '[data-md-component="header-topic"]',
  '[data-md-component="outdated"]',
  '[data-md-component="logo"]',
  '[data-md-component="skip"]',
  '.md-header [data-md-component="tabs"]',
] as const;

/** Whether `next` is one of our pages: only then can its parts take the place of ours. */
export function isThemePage(next: Document): boolean {
  return next.querySelector('[data-md-component="container"]') !== null;
}

/**
 * Links the stylesheets `next` links and `doc` does not (the sheets of features only some pages
 * show, src/theme/feature-sheets.ts), each where `next` has it among its stylesheets, as a load
 * of that page would; none is removed (a sheet styles only what uses it). Resolves once each has
 * loaded or failed, so that content is not shown unstyled.
 */
export function linkStylesheets(doc: Document, next: Document): Promise<void> {
  const shown = new Map([...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => [link.href, link]));
  const loads: Array<Promise<unknown>> = [];
  let previous: HTMLLinkElement | undefined;
  for (const link of next.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    const present = shown.get(link.href);
    if (present) {
      previous = present;
      continue;
    }
    const added = doc.importNode(link, true);
    loads.push(new Promise((resolve) => {
      added.addEventListener('load', resolve, { once: true });
      added.addEventListener('error', resolve, { once: true });
    }));
    const first = doc.head.querySelector('link[rel="stylesheet"]');
    if (previous) previous.after(added);
    else if (first) first.before(added);
    else doc.head.append(added);
    shown.set(added.href, added);
    previous = added;
  }
  return Promise.all(loads).then(() => undefined);
}

/** Moves `next`'s parts into `doc`; `next` is a parsed document, not shown. */
export function swapPage(doc: Document, next: Document): void {
  void linkStylesheets(doc, next);
  for (const selector of HEAD) {
    const shown = doc.head.querySelector(selector);
    const coming = next.head.querySelector(selector);
    if (shown && coming) shown.replaceWith(doc.importNode(coming, true));
    else if (shown) shown.remove();
    else if (coming) doc.head.append(doc.importNode(coming, true));
  }
  for (const selector of REGIONS) {
    const shown = doc.querySelector(selector);
    const coming = next.querySelector(selector);
    if (!shown || !coming) continue;
    const imported = doc.importNode(coming, true);
    shown.replaceWith(imported);
    rerunScripts(doc, imported);
  }
}

/**
 * Scripts that came with the new content never run by themselves (a parsed document's scripts
 * are inert). Each is replaced by a fresh copy, which the browser runs as it would on a full
 * load: an author's script in a page runs again, while our own module scripts, already loaded
 * with the first page, are not evaluated twice (a module runs once per address).
 */
function rerunScripts(doc: Document, root: Element): void {
  for (const old of root.querySelectorAll('script')) {
    const script = doc.createElement('script');
    for (const name of old.getAttributeNames()) script.setAttribute(name, old.getAttribute(name) ?? '');
    script.textContent = old.textContent;
    old.replaceWith(script);
  }
}
