/**
 * Material swaps the header title from the site name to the page title once the page's h1
 * scrolls away; the header's `md-header__title--active` class drives the CSS transition.
 */
export function initHeaderTopic(signal?: AbortSignal): void {
  const title = document.querySelector('[data-md-component="header-title"]');
  const heading = document.querySelector('.md-content__inner h1');
  if (!title || !heading || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(([entry]) => {
    if (entry) title.classList.toggle('md-header__title--active', !entry.isIntersecting && entry.boundingClientRect.top < 0);
  });
  observer.observe(heading);
  // navigation.instant: the next page's heading is observed by the next run.
  signal?.addEventListener('abort', () => {
    observer.disconnect();
    title.classList.remove('md-header__title--active');
  });
}
