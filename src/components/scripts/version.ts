/**
 * mike's version selector (`extra.version.provider: mike`), as Material's scripts draw it:
 * versions.json is fetched from the folder above the site's root (same origin, where mike
 * publishes it), the selector goes after the site name in the header (`.md-version`), and the
 * outdated-version banner (`data-md-component="outdated"`, filled by a site's `outdated` block)
 * is shown when this version is not a default one. Choosing a version opens the page shown now
 * in that version when its sitemap.xml lists it, else that version's home page.
 *
 *   load ── fetch ../versions.json ─┬─ draw selector (once: the header stays)
 *                                   └─ outdated? unhide banner (on every page, see onPage)
 *
 * No versions.json (a site not deployed with mike, or opened from disk): nothing is drawn and
 * nothing is logged; a failed fetch is the host's answer, not an error of the page.
 */
import { versionOptions } from '../../config/extra.ts';
import { onPage } from './lifecycle.ts';
import { pageConfig } from './page-config.ts';
import { correspondingPage, currentVersion, isOutdated, parseVersions, versionRoot, type Version } from './version-rules.ts';

function translation(config: Readonly<Record<string, unknown>>, key: string): string {
  const table: unknown = config['translations'];
  const value: unknown = typeof table === 'object' && table !== null ? Reflect.get(table, key) : undefined;
  return typeof value === 'string' ? value : key;
}

async function fetchVersions(root: URL): Promise<Version[]> {
  try {
    const response = await fetch(new URL('../versions.json', root), { headers: { Accept: 'application/json' } });
    return response.ok ? parseVersions(await response.json()) : [];
  } catch {
    return [];
  }
}

/** The `<loc>`s of a version's sitemap.xml; none when it cannot be read. */
async function sitemapLocations(sitemap: URL): Promise<string[]> {
  try {
    const response = await fetch(sitemap);
    if (!response.ok) return [];
    const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
    return [...xml.getElementsByTagName('loc')].map((loc) => loc.textContent);
  } catch {
    return [];
  }
}

/** A version's title, with its first alias after it when `alias: true`. */
function label(doc: Document, into: Element, version: Version, alias: boolean): void {
  into.append(version.title);
  const first = version.aliases[0];
  if (!alias || first === undefined) return;
  const span = doc.createElement('span');
  span.className = 'md-version__alias';
  span.textContent = first;
  // A space between (Material has none): read aloud and copied, it is "2.0 latest", not "2.0latest".
  into.append(' ', span);
}

function drawSelector(doc: Document, versions: readonly Version[], current: Version, root: URL, options: { alias: boolean; label: string }): HTMLElement {
  const selector = doc.createElement('div');
  selector.className = 'md-version';
  const button = doc.createElement('button');
  button.className = 'md-version__current';
  label(doc, button, current, options.alias);
  // Material's name is the label alone; the shown version is added so the name holds what the
  // button shows (WCAG 2.5.3, label in name): "Select version: 2.0 latest".
  const shown = [current.title, ...(options.alias && current.aliases[0] !== undefined ? [current.aliases[0]] : [])];
  button.setAttribute('aria-label', `${options.label}: ${shown.join(' ')}`);
  const list = doc.createElement('ul');
  list.className = 'md-version__list';
  for (const version of versions.filter((entry) => !entry.hidden)) {
    const item = doc.createElement('li');
    item.className = 'md-version__item';
    const link = doc.createElement('a');
    link.className = 'md-version__link';
    link.href = versionRoot(version, root).href;
    label(doc, link, version, options.alias);
    item.append(link);
    list.append(item);
  }
  selector.append(button, list);
  return selector;
}

/** A chosen version opens the page shown now in it, when it has that page. */
async function switchTo(target: URL, root: URL): Promise<void> {
  const sitemap = new URL('sitemap.xml', target);
  const here = new URL(window.location.href);
  const page = correspondingPage({ locations: await sitemapLocations(sitemap), sitemap, target, here, root });
  window.location.assign(page ?? target);
}

/** Starts the selector on a site that asks for it; call once per full page load. */
export function initVersion(): void {
  const config = pageConfig();
  const options = versionOptions(config['version']);
  const base = config['base'];
  if (!options || typeof base !== 'string') return;
  // `base` is the way from this page to the site's root (`../..`); the root, as a folder URL.
  const root = new URL(base.endsWith('/') ? base : `${base}/`, window.location.href);
  const loaded = fetchVersions(root).then((versions) => ({ versions, current: currentVersion(versions, root) }));

  void loaded.then(({ versions, current }) => {
    const topic = document.querySelector('.md-header__topic');
    if (!current || !topic || topic.querySelector('.md-version')) return;
    const selector = drawSelector(document, versions, current, root, { alias: options.alias, label: translation(config, 'select.version') });
    selector.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a.md-version__link') : null;
      if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      // Ours to follow (navigation.instant sees the click as handled and leaves it).
      event.preventDefault();
      void switchTo(new URL(link.href), root);
    });
    topic.append(selector);
  });

  // The banner is part of each page (navigation.instant swaps it): unhidden on every page shown.
  onPage(() => {
    void loaded.then(({ current }) => {
      if (!current || !isOutdated(current, options.default)) return;
      for (const banner of document.querySelectorAll<HTMLElement>('[data-md-component="outdated"]')) banner.hidden = false;
    });
  });
}
