/**
 * announce.dismiss: the announcement bar's close button hides it and remembers which
 * announcement was dismissed as Material does: `__md_set("__announce", __md_hash(html))` of the
 * bar's content, so that one stays hidden on every page while a new announcement shows again.
 */
import { hashText, storedValue, storeValue } from './globals.ts';

export function initAnnounce(): void {
  const banner = document.querySelector<HTMLElement>('[data-md-component="announce"] .md-banner');
  const content = banner?.querySelector('.md-banner__inner');
  if (!banner || !content) return;
  const id = hashText(content.innerHTML);
  if (storedValue('__announce') === id) banner.hidden = true;
  banner.querySelector('.md-banner__button')?.addEventListener('click', () => {
    banner.hidden = true;
    storeValue('__announce', id);
  });
}
