/**
 * search.share: the share button of the search dialog copies a link to the current page that
 * opens search with the query typed (`?q=`), and a page opened from such a link does so. The
 * button shows only while there is a query to share.
 *
 *   query "tor bridges" on /vpn/  ->  copies https://example.org/vpn/?q=tor%20bridges
 */
import type { ClientLabels } from '../../shared/languages/keys.ts';
import { hookSelector } from '../../site/templates/search-hooks.ts';

/** The URL parameter a shared search link carries its query in (Material's). */
export const SHARE_PARAM = 'q';

/** A link to `location` that opens search with `query`: the page's own parameters and hash go. */
export function shareLink(location: { readonly origin: string; readonly pathname: string }, query: string): string {
  return `${location.origin}${location.pathname}?${new URLSearchParams({ [SHARE_PARAM]: query }).toString()}`;
}

/** The query of a shared link, or undefined when the page was not opened from one. */
export function sharedQuery(search: string): string | undefined {
  const query = new URLSearchParams(search).get(SHARE_PARAM);
  return query === null || query.trim() === '' ? undefined : query;
}

/**
 * Wires the panel's share button (Search.astro draws it with search.share, Material's search.html a link) and, on a page
 * opened from a shared link, opens search with its query through `open`.
 */
export function initSearchShare(root: HTMLElement, input: HTMLInputElement, open: () => void, labels: ClientLabels): void {
  const doc = root.ownerDocument;
  // Ours is a button; Material's search.html has a link (`href="javascript:void(0)"`).
  const button = root.querySelector<HTMLElement>(hookSelector('share'));
  if (!button) return;
  // Without the clipboard (a page served over plain http) there is nothing the button can do.
  if (!('clipboard' in navigator)) button.remove();
  const title = button.title;
  const sync = () => { button.hidden = input.value.trim() === ''; };
  input.addEventListener('input', sync);
  button.addEventListener('click', (event) => {
    event.preventDefault();
    void navigator.clipboard.writeText(shareLink(doc.location, input.value.trim())).then(() => {
      button.title = labels['clipboard.copied'];
      button.classList.add('md-search__share--done');
      setTimeout(() => {
        button.title = title;
        button.classList.remove('md-search__share--done');
      }, 2000);
    });
  });
  const shared = sharedQuery(doc.location.search);
  if (shared !== undefined) {
    input.value = shared;
    open();
  }
  sync();
}
