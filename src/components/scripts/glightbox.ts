/**
 * mkdocs-glightbox in the browser: a click on an image the build wrapped in its lightbox link
 * (`a.glightbox`, src/site/glightbox-wrap.ts) opens it in the lightbox (glightbox-view.ts) with
 * its caption and the other images of its gallery, or of the page. Loaded only by a page that has
 * one; with navigation.instant it runs again on every page shown, as the plugin's
 * `document$.subscribe(() => lightbox.reload())` does, and a lightbox still open when the page is
 * swapped out goes with it. The settings come from the article's `data-md-glightbox` (no inline
 * script), which a page with `glightbox: false` does not have.
 */
import { galleryOf, parseSettings, slideOf } from './glightbox-slides.ts';
import { Lightbox } from './glightbox-view.ts';
// Linked by this script, not imported: Astro would link an imported stylesheet from every page of every site.
import stylesheet from '../../styles/plugins/glightbox.css?url';
import { linkStylesheetOnce } from './plugin-stylesheet.ts';

export function initGlightbox(signal: AbortSignal): void {
  const holder = document.querySelector<HTMLElement>('[data-md-glightbox]');
  // The page may have been swapped out while this module loaded.
  if (!holder || signal.aborted) return;
  linkStylesheetOnce(stylesheet, 'glightbox');
  const settings = parseSettings(holder.dataset['mdGlightbox']);
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a.glightbox')];
  let shown: Lightbox | undefined;
  for (const link of links) {
    link.addEventListener('click', (event) => {
      // A click that asks for a new tab or a download opens the image as a link does.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const { links: gallery, start } = galleryOf(link, links);
      shown = new Lightbox(gallery.map(slideOf), settings);
      shown.open(start);
    }, { signal });
  }
  signal.addEventListener('abort', () => void shown?.close(true), { once: true });
  // This module is loaded after the page: until here a click follows the link to the image.
  // The mark says the page's lightbox is live (the browser tests wait for it before clicking).
  holder.toggleAttribute('data-md-glightbox-ready', true);
}

