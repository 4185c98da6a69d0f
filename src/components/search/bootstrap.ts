/**
 * The part of search every page loads (about 2 kB gzipped) that wires the header trigger, the
 * shortcuts and closing, and imports the dialog logic (and with it the Pagefind index) only on
 * first open. On a page opened from a result (`?h=`), initSearchHighlight loads the highlighter
 * when `search.highlight` is on; with `search.share`, a page opened from a shared link (`?q=`) opens
 * search with its query (share.ts).
 */
import { parseClientLabels } from '../../shared/languages/client-labels.ts';
import { opensSearch } from './keys.ts';
import { initSearchShare } from './share.ts';
import { HIGHLIGHT_PARAM } from './terms.ts';

export function initSearch(doc: Document): void {
  const dialog = doc.querySelector('dialog.md-search');
  const input = dialog?.querySelector('input.md-search__input');
  const status = dialog?.querySelector<HTMLElement>('.md-search-result__meta');
  const list = dialog?.querySelector<HTMLElement>('.md-search-result__list');
  if (!(dialog instanceof HTMLDialogElement) || !(input instanceof HTMLInputElement) || !status || !list) return;
  const toggleElement = doc.getElementById('__search');
  const toggle = toggleElement instanceof HTMLInputElement ? toggleElement : undefined;
  // Search.astro writes Astro's BASE_URL (the path of site_url) here: `/` or `/guide/`.
  const base = dialog.dataset['mdBase'] ?? '/';
  const labels = parseClientLabels(doc.body.dataset['mdTranslations']);
  const settings = { base, language: dialog.dataset['mdLanguage'] ?? 'en', highlight: dialog.hasAttribute('data-md-highlight'), labels };

  let loaded: Promise<void> | undefined;
  // The dialog opens at once and keeps what is typed; its logic and the index follow, and
  // search whatever the input holds by then, so no keystroke is lost while they load.
  const open = () => {
    if (!dialog.open) dialog.showModal();
    if (toggle) toggle.checked = true;
    input.focus();
    input.select();
    loaded ??= import('./dialog.ts').then(
      (module) => module.createSearchDialog({ dialog, input, status, list, suggest: dialog.querySelector<HTMLElement>('.md-search__suggest') ?? undefined }, settings),
      () => { status.textContent = labels['search.result.failed']; },
    );
  };
  dialog.addEventListener('close', () => {
    if (toggle) toggle.checked = false;
  });
  for (const button of dialog.querySelectorAll('[data-md-search-close]')) button.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the <dialog> itself, outside its inner panel.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  toggle?.addEventListener('change', () => {
    if (toggle.checked) open();
    else if (dialog.open) dialog.close();
  });
  doc.addEventListener('keydown', (event) => {
    if (dialog.open || event.defaultPrevented) return;
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
      && !(target instanceof HTMLInputElement && /^(checkbox|radio|button|submit|reset)$/.test(target.type));
    if (!opensSearch({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing })) return;
    event.preventDefault();
    open();
  });

  initSearchShare(doc, input, open, labels);
}

/**
 * search.highlight on the page shown: run on each page (navigation.instant shows several in one
 * document), `signal` ends the last page's Escape key.
 */
export function initSearchHighlight(doc: Document, signal: AbortSignal): void {
  const dialog = doc.querySelector<HTMLElement>('dialog.md-search');
  const article = doc.querySelector<HTMLElement>('article.md-content__inner');
  if (!dialog?.hasAttribute('data-md-highlight') || !article || !new URLSearchParams(doc.location.search).has(HIGHLIGHT_PARAM)) return;
  const label = parseClientLabels(doc.body.dataset['mdTranslations'])['search.highlight.clear'];
  void import('./highlight-dom.ts').then((module) => {
    if (!signal.aborted) module.highlightOnArrival(article, doc.location, label, signal);
  });
}
