/**
 * mkdocs-glightbox's lightbox, drawn with GLightbox's markup and class names (a site's CSS for
 * `.gslide-title` or `.glightbox-clean .gslide-media` keeps working), by a script of ours rather
 * than GLightbox itself: GLightbox writes `style` attributes and a `<style>` element, which a
 * strict Content-Security-Policy refuses. Here every style is set through CSSOM.
 *
 *   div.glightbox-container.glightbox-clean[role=dialog]
 *     div.goverlay · div.gcontainer > div.gslider > div.gslide.current
 *       > div.gslide-inner-content > div.ginner-container.desc-bottom
 *         > div.gslide-media.gslide-image > img
 *         > div.gslide-description.description-bottom > div.gdesc-inner > h2.gslide-title + div.gslide-desc
 *     button.gclose.gbtn · button.gprev.gbtn · button.gnext.gbtn
 */
import { followPointer, type Swipe } from './glightbox-gestures.ts';
import type { LightboxSettings, Slide, SlideEffect } from './glightbox-slides.ts';

const ICONS = {
  close: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/></svg>',
  prev: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M15.41 16.59 10.83 12l4.58-4.59L14 6l-6 6 6 6z"/></svg>',
  next: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8.59 16.59 13.17 12 8.59 7.41 10 6l6 6-6 6z"/></svg>',
} as const;

/** GLightbox's animation class names for an effect coming in or going out. */
const ANIMATIONS: Record<SlideEffect | 'slideBack', { readonly in: string; readonly out: string }> = {
  fade: { in: 'gfadeIn', out: 'gfadeOut' },
  zoom: { in: 'gzoomIn', out: 'gzoomOut' },
  slide: { in: 'gslideInRight', out: 'gslideOutLeft' },
  slideBack: { in: 'gslideInLeft', out: 'gslideOutRight' },
  none: { in: '', out: '' },
};

/** Plays a GLightbox animation class on `element`; resolves when it ends (at once for none). */
function animate(element: HTMLElement, name: string): Promise<void> {
  if (name === '') return Promise.resolve();
  return new Promise((resolve) => {
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      element.classList.remove(name);
      resolve();
    };
    element.addEventListener('animationend', done, { once: true });
    // In case no animation runs (a site's CSS removed it): never wait for an event that will not come.
    setTimeout(done, 700);
    element.classList.add(name);
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  return made;
}

export class Lightbox {
  private readonly modal = element('div', 'glightbox-container glightbox-clean');
  private readonly slider = element('div', 'gslider');
  private readonly prevButton = element('button', 'gprev gbtn');
  private readonly nextButton = element('button', 'gnext gbtn');
  private readonly closeButton = element('button', 'gclose gbtn');
  private readonly slideNodes: HTMLElement[];
  private index = -1;
  private closing = false;
  private readonly returnFocus: Element | null = document.activeElement;
  private readonly events = new AbortController();

  private readonly slides: readonly Slide[];
  private readonly settings: LightboxSettings;

  constructor(slides: readonly Slide[], settings: LightboxSettings) {
    this.slides = slides;
    this.settings = settings;
    this.slideNodes = slides.map(() => element('div', 'gslide'));
  }

  /** Draws the lightbox over the page at slide `start`. */
  open(start: number): void {
    const { modal, settings } = this;
    modal.id = 'glightbox-body';
    modal.tabIndex = -1;
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('aria-modal', 'true');
    modal.setAttribute('aria-label', 'Lightbox');
    modal.style.setProperty('--md-glightbox-background', settings.background);
    if (!settings.shadow) modal.style.setProperty('--md-glightbox-shadow', 'none');
    const overlay = element('div', 'goverlay');
    const container = element('div', 'gcontainer');
    this.slider.id = 'glightbox-slider';
    const buttons: Array<[HTMLButtonElement, string, string]> = [[this.closeButton, 'Close', ICONS.close], [this.prevButton, 'Previous', ICONS.prev], [this.nextButton, 'Next', ICONS.next]];
    for (const [button, label, icon] of buttons) {
      button.type = 'button';
      button.setAttribute('aria-label', label);
      button.innerHTML = icon;
    }
    this.slider.append(...this.slideNodes);
    container.append(this.slider, this.closeButton, this.prevButton, this.nextButton);
    modal.append(overlay, container);
    if (this.slides.length < 2) for (const button of [this.prevButton, this.nextButton]) button.classList.add('glightbox-button-hidden');

    // The page's scrollbar goes while the lightbox is open: the body keeps its width (GLightbox's `gscrollbar-fixer`).
    const scrollbar = window.innerWidth - document.documentElement.clientWidth;
    if (scrollbar > 0) {
      document.body.style.setProperty('--md-glightbox-scrollbar', `${scrollbar}px`);
      document.body.classList.add('gscrollbar-fixer');
    }
    document.documentElement.classList.add('glightbox-open');
    document.body.classList.add('glightbox-open');
    document.body.append(modal);
    this.listen();
    void animate(overlay, settings.openEffect === 'none' ? '' : ANIMATIONS.fade.in);
    this.show(start, ANIMATIONS[settings.openEffect].in);
    this.closeButton.focus({ preventScroll: true });
  }

  /** Closes with the close effect; `now` removes it at once (the page is being swapped out). */
  async close(now = false): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.events.abort();
    if (!now) {
      const current = this.slideNodes[this.index];
      const overlay = this.modal.querySelector<HTMLElement>('.goverlay');
      const effect = ANIMATIONS[this.settings.closeEffect].out;
      await Promise.all([current ? animate(current, effect) : undefined, overlay ? animate(overlay, effect === '' ? '' : ANIMATIONS.fade.out) : undefined]);
    }
    this.modal.remove();
    document.documentElement.classList.remove('glightbox-open');
    document.body.classList.remove('glightbox-open', 'gscrollbar-fixer', 'zoomed');
    document.body.style.removeProperty('--md-glightbox-scrollbar');
    if (!now && this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
  }

  next(): void {
    this.go(this.index + 1, ANIMATIONS[this.settings.slideEffect]);
  }

  previous(): void {
    this.go(this.index - 1, ANIMATIONS[this.settings.slideEffect === 'slide' ? 'slideBack' : this.settings.slideEffect]);
  }

  private go(wanted: number, effect: { readonly in: string; readonly out: string }): void {
    const count = this.slides.length;
    if (count < 2) return;
    if (!this.settings.loop && (wanted < 0 || wanted >= count)) return;
    const target = (wanted + count) % count;
    const leaving = this.slideNodes[this.index];
    if (leaving) {
      leaving.classList.remove('current');
      leaving.classList.add('prev');
      void animate(leaving, effect.out).then(() => leaving.classList.remove('prev'));
    }
    this.show(target, effect.in);
  }

  private show(index: number, effect: string): void {
    const node = this.slideNodes[index];
    const slide = this.slides[index];
    if (!node || !slide) return;
    this.index = index;
    this.fill(node, slide);
    node.classList.add('current');
    void animate(node, effect);
    // GLightbox loads the neighbours too, so moving on shows them at once.
    for (const near of [index - 1, index + 1]) {
      const neighbour = this.slideNodes[near];
      const data = this.slides[near];
      if (neighbour && data) this.fill(neighbour, data);
    }
    const last = this.slides.length - 1;
    this.prevButton.classList.toggle('disabled', !this.settings.loop && index === 0);
    this.nextButton.classList.toggle('disabled', !this.settings.loop && index === last);
  }

  /** A slide's content, made the first time it is shown or preloaded. */
  private fill(node: HTMLElement, slide: Slide): void {
    if (node.classList.contains('loaded')) return;
    node.classList.add('loaded');
    const index = this.slideNodes.indexOf(node);
    const inner = element('div', 'gslide-inner-content');
    const box = element('div', 'ginner-container');
    const media = element('div', 'gslide-media gslide-image');
    const img = document.createElement('img');
    img.src = slide.href;
    img.alt = slide.alt;
    // The plugin always writes data-width and data-height; GLightbox gives them to the image.
    if (slide.width) img.style.width = slide.width;
    if (slide.height) img.style.height = slide.height;
    media.append(img);
    box.append(media);
    if (slide.title !== '' || slide.description !== '') {
      const description = element('div', `gslide-description description-${slide.position}`);
      const text = element('div', 'gdesc-inner');
      if (slide.title !== '') {
        // GLightbox's title is an h4; an h2 keeps the page's heading order whole (axe's heading-order).
        const title = element('h2', 'gslide-title');
        title.id = `gSlideTitle_${index}`;
        title.innerHTML = slide.title;
        img.setAttribute('aria-labelledby', title.id);
        text.append(title);
      }
      if (slide.description !== '') {
        const desc = element('div', 'gslide-desc');
        desc.id = `gSlideDesc_${index}`;
        desc.innerHTML = slide.description;
        img.setAttribute('aria-describedby', desc.id);
        text.append(desc);
      }
      description.append(text);
      box.classList.add(`desc-${slide.position}`);
      box.append(description);
    }
    inner.append(box);
    node.append(inner);
    img.addEventListener('load', () => {
      this.fit(node);
      if (this.settings.zoomable && img.naturalWidth > img.offsetWidth) img.classList.add('zoomable');
    }, { once: true });
  }

  /** A caption above or below the image: the image shrinks to leave it room, the caption as wide as the image (GLightbox's resize). */
  private fit(node: HTMLElement): void {
    const img = node.querySelector('img');
    const description = node.querySelector<HTMLElement>('.description-bottom, .description-top');
    // A zoomed image keeps its own size until it is zoomed out.
    if (!img || !description || window.innerWidth <= 768 || node.classList.contains('zoomed')) return;
    const height = img.style.height === '' || img.style.height === 'auto' ? '100vh' : img.style.height;
    img.style.maxHeight = `calc(${height} - ${description.offsetHeight}px)`;
    description.style.maxWidth = `${img.offsetWidth}px`;
  }

  private listen(): void {
    const { signal } = this.events;
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') void this.close();
      else if (event.key === 'ArrowRight') this.next();
      else if (event.key === 'ArrowLeft') this.previous();
      else if (event.key === 'Tab') this.trapFocus(event);
      else return;
      event.preventDefault();
    }, { signal });
    this.closeButton.addEventListener('click', () => void this.close(), { signal });
    this.prevButton.addEventListener('click', () => this.previous(), { signal });
    this.nextButton.addEventListener('click', () => this.next(), { signal });
    window.addEventListener('resize', () => {
      const node = this.slideNodes[this.index];
      if (node) this.fit(node);
    }, { signal });
    const swipe: Swipe = {
      mouse: this.settings.draggable,
      touch: this.settings.touchNavigation,
      current: () => this.slideNodes[this.index],
      next: () => this.next(),
      previous: () => this.previous(),
      // A click outside the image and its caption closes (GLightbox's closeOnOutsideClick).
      click: (target) => {
        if (!target.closest('.ginner-container, .gbtn')) void this.close();
      },
    };
    followPointer(this.modal, swipe, signal);
  }

  /** Tab stays on the lightbox's buttons while it is open. */
  private trapFocus(event: KeyboardEvent): void {
    const buttons = [this.closeButton, this.prevButton, this.nextButton].filter((button) => !button.classList.contains('glightbox-button-hidden'));
    const at = buttons.findIndex((button) => button === document.activeElement);
    const step = event.shiftKey ? -1 : 1;
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
  }
}
