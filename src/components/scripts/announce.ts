/**
 * announce.dismiss: the announcement bar's close button hides it and remembers which
 * announcement was dismissed (a hash of its text, in localStorage), so that one stays hidden on
 * every page while a new announcement shows again.
 */
const KEY = '__announce';

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return String(h);
}

export function initAnnounce(): void {
  const banner = document.querySelector<HTMLElement>('[data-md-component="announce"] .md-banner');
  const content = banner?.querySelector('.md-banner__inner');
  if (!banner || !content) return;
  const id = hash(content.textContent);
  const stored = (() => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  })();
  if (stored === id) banner.hidden = true;
  banner.querySelector('.md-banner__button')?.addEventListener('click', () => {
    banner.hidden = true;
    try {
      localStorage.setItem(KEY, id);
    } catch {
      // Storage may be off (private mode): the bar is hidden for this page only.
    }
  });
}
