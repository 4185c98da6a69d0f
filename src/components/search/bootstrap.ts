/**
 * The part of search every page loads (about 1.5 kB gzipped) that wires the header trigger, the
 * shortcuts and closing, and imports the dialog logic (and with it the Pagefind index) only on
 * first open; the labels in the site's language (the body's data-md-translations) come with it. On a page opened from a result (`?h=`), initSearchHighlight loads the highlighter
 * when `search.highlight` is on; with `search.share`, a page opened from a shared link (`?q=`) opens
 * search with its query (share.ts).
 */
import { hookSelector, SEARCH_HOOKS } from '../../site/templates/search-hooks.ts';
import { opensSearch } from './keys.ts';
import { HIGHLIGHT_PARAM } from './params.ts';
import { linkStylesheetOnce } from '../scripts/plugin-stylesheet.ts';
import resultsSheet from './results.css?url';
import type { ClientLabels } from '../../shared/languages/keys.ts';

/** The search panel: our <dialog>, or a site's own search.html (Material's markup), shown while #__search is checked. */
interface Panel {
  readonly isOpen: () => boolean;
  readonly show: () => void;
  readonly close: () => void;
}

function panelOf(root: HTMLElement, toggle: HTMLInputElement | undefined): Panel {
  if (root instanceof HTMLDialogElement) {
    return { isOpen: () => root.open, show: () => { if (!root.open) root.showModal(); }, close: () => { if (root.open) root.close(); } };
  }
  // Material's way: the toggle's state is the panel's (search.css shows it), and focus goes back
  // to the toggle. Unchecked by its overlay or icon label, it is closed already.
  return {
    isOpen: () => toggle?.checked === true,
    show: () => { if (toggle) toggle.checked = true; },
    close: () => {
      if (toggle?.checked !== true) return;
      toggle.checked = false;
      toggle.focus();
    },
  };
}

/**
 * Finds search's parts by Material's hooks (search-hooks.ts), in our dialog or a site's own
 * search.html, and wires them; without the hooks (the build warned) it leaves the page alone.
 */
export function initSearch(doc: Document): void {
  const root = doc.querySelector<HTMLElement>(hookSelector('root'));
  const input = root?.querySelector(hookSelector('query'));
  const result = root?.querySelector<HTMLElement>(hookSelector('result'));
  const list = result?.querySelector<HTMLElement>(hookSelector('list'));
  if (!root || !(input instanceof HTMLInputElement) || !result || !list) return;
  const status = result.querySelector<HTMLElement>(hookSelector('meta')) ?? metaBefore(list);
  const toggleElement = doc.getElementById('__search');
  const toggle = toggleElement instanceof HTMLInputElement ? toggleElement : undefined;
  // Search.astro writes Astro's BASE_URL (the path of site_url) here: `/` or `/guide/`.
  const base = toggle?.dataset['mdBase'] ?? '/';
  const settings = { base, language: toggle?.dataset['mdLanguage'] ?? 'en', highlight: toggle?.hasAttribute('data-md-highlight') === true };
  const panel = panelOf(root, toggle);

  let loaded: Promise<void> | undefined;
  // The panel opens at once and keeps what is typed; its logic and the index follow, and
  // search whatever the input holds by then, so no keystroke is lost while they load.
  const open = () => {
    panel.show();
    if (toggle) toggle.checked = true;
    input.focus();
    input.select();
    linkResultsSheet();
    loaded ??= Promise.all([import('./dialog.ts'), labelsOf(doc)]).then(
      ([module, labels]) => module.createSearchDialog({ root, input, status, list, suggest: root.querySelector<HTMLElement>(hookSelector('suggest')) ?? undefined, close: panel.close }, { ...settings, labels }),
      () => say(status, status.dataset['mdFailed'] ?? labelsOf(doc).then((labels) => labels['search.result.failed'])),
    );
  };
  root.addEventListener('close', () => {
    if (toggle) toggle.checked = false;
  });
  for (const button of root.querySelectorAll('[data-md-search-close]')) button.addEventListener('click', () => panel.close());
  // A click on the backdrop lands on the <dialog> itself, outside its inner panel.
  root.addEventListener('click', (event) => {
    if (event.target === root && root instanceof HTMLDialogElement) root.close();
  });
  // Material's search.html is a form (Enter opens the first result instead) with a reset button.
  const form = input.form;
  form?.addEventListener('submit', (event) => event.preventDefault());
  // The fields are cleared after the event's listeners (and their microtasks) ran: a task later.
  form?.addEventListener('reset', () => setTimeout(() => input.dispatchEvent(new Event('input'))));
  if (!(root instanceof HTMLDialogElement)) {
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && panel.isOpen()) panel.close();
    });
    // Material's search.html is a box in the header on wide screens: clicking into it opens search.
    input.addEventListener('focus', () => {
      if (!panel.isOpen()) open();
    });
  }

  toggle?.addEventListener('change', () => {
    if (toggle.checked) open();
    else panel.close();
  });
  doc.addEventListener('keydown', (event) => {
    if (panel.isOpen() || event.defaultPrevented) return;
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
      && !(target instanceof HTMLInputElement && /^(checkbox|radio|button|submit|reset)$/.test(target.type));
    if (!opensSearch({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing })) return;
    event.preventDefault();
    open();
  });

  // search.share: its button (and with it a shared link's query) exists only where the feature is on.
  if (root.querySelector(hookSelector('share'))) void Promise.all([import('./share.ts'), labelsOf(doc)]).then(([module, labels]) => module.initSearchShare(root, input, open, labels));
}

/**
 * What only search's lazily loaded code draws (results, marks: results.css) is styled by a sheet
 * linked when that code is asked for, not by every page's bundle (an imported sheet would be).
 */
function linkResultsSheet(): void {
  linkStylesheetOnce(resultsSheet, 'search-results');
}

/** The client labels in the page's language, loaded with what needs them. */
function labelsOf(doc: Document): Promise<ClientLabels> {
  return import('../../shared/languages/client-labels.ts').then((module) => module.parseClientLabels(doc.body.dataset['mdTranslations']));
}

/**
 * Search could not be loaded: our dialog's status line carries the words (data-md-failed); a
 * site's own search.html's gets them from the labels, when they load at all.
 */
function say(status: HTMLElement, text: string | Promise<string>): void {
  void Promise.resolve(text).then((words) => { status.textContent = words; }, () => undefined);
}

/** A status line for a search.html without Material's `.md-search-result__meta`, put before the list. */
function metaBefore(list: HTMLElement): HTMLElement {
  const meta = list.ownerDocument.createElement('div');
  meta.className = SEARCH_HOOKS.meta.className;
  list.before(meta);
  return meta;
}

/**
 * search.highlight on the page shown: run on each page (navigation.instant shows several in one
 * document), `signal` ends the last page's Escape key.
 */
export function initSearchHighlight(doc: Document, signal: AbortSignal): void {
  const toggle = doc.getElementById('__search');
  const article = doc.querySelector<HTMLElement>('article.md-content__inner');
  if (!toggle?.hasAttribute('data-md-highlight') || !article || !new URLSearchParams(doc.location.search).has(HIGHLIGHT_PARAM)) return;
  linkResultsSheet();
  void Promise.all([import('./highlight-dom.ts'), labelsOf(doc)]).then(([module, labels]) => {
    if (!signal.aborted) module.highlightOnArrival(article, doc.location, labels['search.highlight.clear'], signal);
  });
}
