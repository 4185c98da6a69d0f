/**
 * mkdocs-glightbox's lightbox, its data: the settings the build wrote on the article
 * (`data-md-glightbox`, src/site/glightbox.ts) and the slides a clicked link opens, read from
 * the link's attributes as GLightbox reads them.
 *
 *   <a class="glightbox" href="map.png" data-title="Lisbon" data-desc-position="right" data-gallery="trip">
 *   → { href: 'map.png', title: 'Lisbon', description: '', position: 'right', ... }
 */

export type Effect = 'zoom' | 'fade' | 'none';
export type SlideEffect = Effect | 'slide';
export type DescPosition = 'bottom' | 'top' | 'left' | 'right';

export interface LightboxSettings {
  readonly touchNavigation: boolean;
  readonly loop: boolean;
  readonly zoomable: boolean;
  readonly draggable: boolean;
  readonly openEffect: Effect;
  readonly closeEffect: Effect;
  readonly slideEffect: SlideEffect;
  readonly background: string;
  readonly shadow: boolean;
}

export interface Slide {
  readonly href: string;
  /** HTML, as GLightbox puts it in (the author's own attribute). */
  readonly title: string;
  readonly description: string;
  readonly position: DescPosition;
  /** The thumbnail's alt text (GLightbox reads a `data-alt` the plugin never writes). */
  readonly alt: string;
  readonly width: string;
  readonly height: string;
}

const DEFAULTS: LightboxSettings = { touchNavigation: true, loop: false, zoomable: true, draggable: true, openEffect: 'zoom', closeEffect: 'zoom', slideEffect: 'slide', background: 'white', shadow: true };
const EFFECTS = ['zoom', 'fade', 'none'] as const;
const SLIDE_EFFECTS = ['slide', 'zoom', 'fade', 'none'] as const;
const POSITIONS = ['bottom', 'top', 'left', 'right'] as const;

/** The settings in `json`; each value missing or of the wrong kind is the plugin's default. */
export function parseSettings(json: string | undefined): LightboxSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? '{}');
  } catch {
    raw = {};
  }
  const read = (key: string): unknown => (typeof raw === 'object' && raw !== null ? Reflect.get(raw, key) : undefined);
  const flag = (key: keyof LightboxSettings): boolean => {
    const value = read(key);
    return typeof value === 'boolean' ? value : DEFAULTS[key] === true;
  };
  const background = read('background');
  return {
    touchNavigation: flag('touchNavigation'),
    loop: flag('loop'),
    zoomable: flag('zoomable'),
    draggable: flag('draggable'),
    openEffect: pick(read('openEffect'), EFFECTS, DEFAULTS.openEffect),
    closeEffect: pick(read('closeEffect'), EFFECTS, DEFAULTS.closeEffect),
    slideEffect: pick(read('slideEffect'), SLIDE_EFFECTS, DEFAULTS.slideEffect),
    background: typeof background === 'string' ? background : DEFAULTS.background,
    shadow: flag('shadow'),
  };
}

function pick<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

/** A link's slide. */
export function slideOf(link: HTMLAnchorElement): Slide {
  const data = link.dataset;
  return {
    href: link.getAttribute('href') ?? '',
    title: data['title'] ?? '',
    description: data['description'] ?? '',
    position: pick(data['descPosition'], POSITIONS, 'bottom'),
    alt: link.querySelector('img')?.getAttribute('alt') ?? '',
    width: data['width'] ?? '',
    height: data['height'] ?? '',
  };
}

/**
 * What a click on `link` opens, as GLightbox decides: the links of its `data-gallery`, or every
 * lightbox link of the page when it has none; and where in them it starts.
 */
export function galleryOf<T extends { readonly dataset: DOMStringMap }>(link: T, all: readonly T[]): { links: T[]; start: number } {
  const gallery = link.dataset['gallery'];
  const links = gallery ? all.filter((other) => other.dataset['gallery'] === gallery) : [...all];
  return { links, start: Math.max(0, links.indexOf(link)) };
}
