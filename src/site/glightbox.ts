/**
 * mkdocs-glightbox (0.5) in the site: its options from mkdocs.yml, what the browser's lightbox is
 * given; the pass over rendered pages that wraps their images is src/site/glightbox-wrap.ts.
 * The lightbox is a script of ours drawing GLightbox's markup (src/components/scripts/glightbox.ts),
 * loaded only by a page that has an image to open; the options reach it through the article's
 * `data-md-glightbox` attribute instead of the plugin's inline script, so no inline script is needed.
 *
 *   plugins: [glightbox: { loop: true, caption_position: right }]
 *   glightboxPlugin(plugins).options?.client  // { touchNavigation: true, loop: true, ..., slideEffect: 'slide' }
 */

export const GLIGHTBOX_EFFECTS = ['zoom', 'fade', 'none'] as const;
export const GLIGHTBOX_SLIDE_EFFECTS = ['slide', 'zoom', 'fade', 'none'] as const;
export const GLIGHTBOX_CAPTION_POSITIONS = ['bottom', 'top', 'left', 'right'] as const;

/** What the browser's GLightbox is created with: the plugin's init script's options, and its CSS patch's two values. */
export interface GlightboxClient {
  readonly touchNavigation: boolean;
  readonly loop: boolean;
  readonly zoomable: boolean;
  readonly draggable: boolean;
  readonly openEffect: (typeof GLIGHTBOX_EFFECTS)[number];
  readonly closeEffect: (typeof GLIGHTBOX_EFFECTS)[number];
  readonly slideEffect: (typeof GLIGHTBOX_SLIDE_EFFECTS)[number];
  /** `background`: behind each image in the lightbox (transparent images on the dark overlay). */
  readonly background: string;
  /** `shadow: false` drops the shadow around the image. */
  readonly shadow: boolean;
}

/** What the HTML pass needs. */
export interface GlightboxWrapOptions {
  readonly width: string;
  readonly height: string;
  /** The plugin's own (emoji images, `off-glb`) and then `skip_classes`. */
  readonly skipClasses: readonly string[];
  readonly autoThemed: boolean;
  readonly autoCaption: boolean;
  readonly captionPosition: (typeof GLIGHTBOX_CAPTION_POSITIONS)[number];
  readonly manual: boolean;
}

export interface GlightboxOptions {
  readonly wrap: GlightboxWrapOptions;
  readonly client: GlightboxClient;
}

type PluginEntry = { readonly name: string; readonly options: Readonly<Record<string, unknown>> };

/** pymdownx.emoji's image classes and the plugin's opt-out class, always skipped. */
const BUILT_IN_SKIP = ['emojione', 'twemoji', 'gemoji', 'off-glb'] as const;

const OPTIONS = ['touchNavigation', 'loop', 'effect', 'slide_effect', 'width', 'height', 'zoomable', 'draggable', 'skip_classes', 'auto_themed', 'auto_caption', 'caption_position', 'background', 'shadow', 'manual', 'enabled'] as const;
const KNOWN_OPTIONS: ReadonlySet<string> = new Set(OPTIONS);

/**
 * The plugin's options when it is listed (and not `enabled: false`). The plugin's MkDocs schema
 * stops the build on a wrong type or choice; here a wrong value is named in a problem and its
 * default used, as the rest of mkdocs.yml is read. An unknown option is named too (MkDocs warns).
 */
export function glightboxPlugin(plugins: readonly PluginEntry[]): { options: GlightboxOptions | undefined; problems: string[] } {
  const spec = plugins.find((plugin) => plugin.name === 'glightbox');
  const problems: string[] = [];
  if (!spec || spec.options['enabled'] === false) return { options: undefined, problems };
  const raw = spec.options;
  for (const key of Object.keys(raw)) if (!KNOWN_OPTIONS.has(key)) problems.push(`glightbox plugin: unknown option '${key}', ignored`);
  const flag = (key: string, fallback: boolean): boolean => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    problems.push(`glightbox plugin: '${key}' must be true or false, found ${String(value)}; using ${String(fallback)}`);
    return fallback;
  };
  const text = (key: string, fallback: string): string => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string') return value;
    problems.push(`glightbox plugin: '${key}' must be a string (quote it in mkdocs.yml), found ${String(value)}; using ${fallback}`);
    return fallback;
  };
  const choice = <T extends string>(key: string, choices: readonly T[], fallback: T): T => {
    const value = raw[key];
    if (value === undefined || value === null) return fallback;
    const found = choices.find((known) => known === value);
    if (found === undefined) problems.push(`glightbox plugin: '${key}' must be one of ${choices.join(', ')}, found ${String(value)}; using ${fallback}`);
    return found ?? fallback;
  };
  const skip = raw['skip_classes'];
  let skipClasses: string[] = [];
  if (Array.isArray(skip) && skip.every((name) => typeof name === 'string')) skipClasses = skip;
  else if (skip !== undefined && skip !== null) problems.push(`glightbox plugin: 'skip_classes' must be a list of class names, found ${JSON.stringify(skip)}; ignored`);
  const effect = choice('effect', GLIGHTBOX_EFFECTS, 'zoom');
  return {
    options: {
      wrap: {
        width: text('width', 'auto'),
        height: text('height', 'auto'),
        skipClasses: [...BUILT_IN_SKIP, ...skipClasses],
        autoThemed: flag('auto_themed', false),
        autoCaption: flag('auto_caption', false),
        captionPosition: choice('caption_position', GLIGHTBOX_CAPTION_POSITIONS, 'bottom'),
        manual: flag('manual', false),
      },
      client: {
        touchNavigation: flag('touchNavigation', true),
        loop: flag('loop', false),
        zoomable: flag('zoomable', true),
        draggable: flag('draggable', true),
        openEffect: effect,
        closeEffect: effect,
        slideEffect: choice('slide_effect', GLIGHTBOX_SLIDE_EFFECTS, 'slide'),
        background: text('background', 'white'),
        shadow: flag('shadow', true),
      },
    },
    problems,
  };
}

/** Front matter `glightbox: false`: the plugin leaves the page as it is and loads no lightbox on it. */
export function glightboxOff(meta: Readonly<Record<string, unknown>>): boolean {
  return meta['glightbox'] === false;
}
