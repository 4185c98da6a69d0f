/**
 * Draws a social card (src/site/social-cards.ts says what it shows) as Material's default layout
 * does: a 1200×630 PNG with the background colour (over the layout's background image), the logo
 * in the top right corner, the site name, the page title in up to three lines and the description
 * in up to two, in the site's font. Satori lays the text out into SVG paths with the WOFF files
 * of the font's @fontsource package (src/theme/social-fonts.ts); resvg makes the PNG, on libuv's
 * threads, so the next card is laid out while the last is rasterized. Both are loaded only when a
 * site has cards: a site without the plugin never loads them.
 *
 * Text is sized as the plugin sizes it (its `_metrics`): a layer's height holds its number of lines
 * at its line height, measured with the font's ascender and descender. Where the plugin ends a
 * line that overflows its last line with `...`, Satori ends it with `…`; the plugin's moving of
 * one word to balance two lines is not done.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from '../site/image-size.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardLogo, type SocialCard } from '../site/social-cards.ts';
import type { FontMetrics } from './font-metrics.ts';
import { cardFonts, type CardFonts, type CardWeight } from './social-fonts.ts';
import type { PackageLocator } from './fonts.ts';

/** A layer of default.yml: its box on the card; a text layer's lines, line height and weight. */
interface TextLayer {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: number;
  readonly lineHeight: number;
  readonly weight: CardWeight;
}

const SITE_NAME: TextLayer = { x: 64, y: 64, width: 832, height: 42, lines: 1, lineHeight: 1, weight: 700 };
const TITLE: TextLayer = { x: 62, y: 160, width: 832, height: 310, lines: 3, lineHeight: 1.25, weight: 700 };
const DESCRIPTION: TextLayer = { x: 64, y: 512, width: 832, height: 64, lines: 2, lineHeight: 1.5, weight: 400 };
const LOGO = { x: 992, y: 64, size: 144 } as const;

const MIME: Readonly<Record<string, string>> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml' };

/** An element as Satori reads it (React's shape, without React). */
interface Node {
  readonly type: string;
  readonly props: { readonly style?: Readonly<Record<string, string | number>>; readonly src?: string; readonly width?: number; readonly height?: number; readonly children?: string | readonly Node[] };
}

const box = (style: Readonly<Record<string, string | number>>, children?: string | readonly Node[]): Node => ({ type: 'div', props: children === undefined ? { style } : { style, children } });

/**
 * The font size and line step of a text layer (the plugin's `_metrics`, at Pillow's size 1000):
 * `lines` ascenders, one descender and the gaps between lines fill the layer's height.
 *
 * @example textMetrics(TITLE, { unitsPerEm: 2048, ascender: 1900, descender: 500 }) // { size: 88, step: 102.05… }
 */
export function textMetrics(layer: Pick<TextLayer, 'height' | 'lines' | 'lineHeight'>, font: FontMetrics): { size: number; step: number; ascender: number; descender: number } {
  const ascender = (font.ascender * 1000) / font.unitsPerEm;
  const descender = (font.descender * 1000) / font.unitsPerEm;
  const extent = layer.lines * ascender + descender + (layer.lines - 1) * (layer.lineHeight - 1) * ascender;
  const size = Math.trunc((1000 * layer.height) / extent);
  return { size, step: (layer.lineHeight * ascender * size) / 1000, ascender: (ascender * size) / 1000, descender: (descender * size) / 1000 };
}

/** A text layer: its first line's ascender at the layer's top, as Pillow draws it (CSS centres the glyphs in the line instead). */
function textLayer(layer: TextLayer, content: string, card: SocialCard, fonts: CardFonts): Node | undefined {
  if (content.trim() === '') return undefined;
  const { size, step, ascender, descender } = textMetrics(layer, fonts.metrics[layer.weight]);
  const shift = (ascender + descender - step) / 2;
  const text = box({ display: 'block', marginTop: shift, fontSize: size, lineHeight: `${step}px`, fontWeight: layer.weight, color: card.color, lineClamp: layer.lines, wordBreak: 'break-word' }, content.replace(/\s+/g, ' ').trim());
  return box({ position: 'absolute', left: layer.x, top: layer.y, width: layer.width, height: layer.height, display: 'flex', flexDirection: 'column', overflow: 'hidden' }, [text]);
}

/**
 * Something the renderer could not draw: the card is drawn without it. A missing file or icon is
 * a warning (Material stops the build); a format Material reads and we do not (WebP: resvg-js
 * draws it blank) is a note, since the card is made all the same.
 */
class CardAssetError extends Error {
  readonly severity: 'warning' | 'info';

  constructor(message: string, severity: 'warning' | 'info' = 'warning') {
    super(message);
    this.severity = severity;
  }
}

/** A problem met drawing a card, with how loudly to say it. */
export interface CardProblem {
  readonly severity: 'warning' | 'info';
  readonly message: string;
}

function dataUri(file: string): string {
  const mime = MIME[path.extname(file).toLowerCase()];
  if (mime === undefined) throw new CardAssetError(`'${file}' is not an image the cards can show (PNG, JPEG, GIF or SVG)`, 'info');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CardAssetError(`'${file}' cannot be read`);
  }
  // Satori stops on an image whose header it cannot read: such a file is left out here instead.
  if (imageSize(bytes, file) === undefined) throw new CardAssetError(`'${file}' is not a ${mime.slice('image/'.length).replace('+xml', '')} image whose size can be read`);
  return `data:${mime};base64,${bytes.toString('base64')}`;
}

/** The logo layer: an image covers its square (the layout's `background.image`); an icon is drawn in the text colour, contained. */
function logoLayer(logo: CardLogo | undefined, card: SocialCard, icons: Readonly<Record<string, string>>, image: (file: string) => string): Node | undefined {
  if (logo === undefined) return undefined;
  const place = { position: 'absolute', left: LOGO.x, top: LOGO.y, width: LOGO.size, height: LOGO.size };
  if (logo.kind === 'image') return { type: 'img', props: { src: image(logo.file), width: LOGO.size, height: LOGO.size, style: { ...place, objectFit: 'cover' } } };
  const svg = icons[logo.name];
  if (svg === undefined) throw new CardAssetError(`the icon '${logo.name}' is not known`);
  // Icon sets paint with `currentColor`, Material's .icons with the inherited fill: both are the text colour.
  const filled = svg.replace(/\sheight="24"/, '').replace(/^<svg\b/, `<svg fill="${card.color}" color="${card.color}"`);
  return { type: 'img', props: { src: `data:image/svg+xml;base64,${Buffer.from(filled).toString('base64')}`, width: LOGO.size, height: LOGO.size, style: { ...place, objectFit: 'contain' } } };
}

/**
 * The faces as Satori takes them: one family per subset, in the faces' order, as Satori looks for
 * a glyph along the family list, not among the faces of one name.
 */
function faces(font: CardFonts) {
  const named = font.faces.map((face) => ({ name: `${font.family} ${face.subset}`, data: face.data, weight: face.weight, style: 'normal' as const }));
  return { named, families: [...new Set(named.map((face) => `"${face.name}"`))].join(', ') };
}

export interface CardRenderer {
  /** The card's PNG; a missing or unreadable logo or background image is left out and told through `onProblem`. */
  render(card: SocialCard, onProblem: (problem: CardProblem) => void): Promise<Buffer>;
  /** The fonts asked for that are not installed (drawn in Roboto instead): the family and why. */
  fontProblems(): Array<{ readonly family: string; readonly message: string }>;
}

/**
 * A renderer for a build's cards: fonts and images are read once per build. `icons` are the SVGs
 * of the site's icons by name (the model's `site.icons`), for theme.icon.logo.
 */
export async function cardRenderer(locate: PackageLocator, icons: Readonly<Record<string, string>>): Promise<CardRenderer> {
  const [{ default: satori }, { renderAsync }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const fonts = new Map<string, CardFonts>();
  // Satori parses the fonts of an options' `fonts` array once (its cache is keyed by the array).
  const satoriFaces = new WeakMap<CardFonts, ReturnType<typeof faces>>();
  const satoriFonts = (font: CardFonts) => {
    let found = satoriFaces.get(font);
    if (!found) satoriFaces.set(font, (found = faces(font)));
    return found;
  };
  const images = new Map<string, string>();
  const fontsOf = (family: string) => {
    let found = fonts.get(family);
    if (!found) fonts.set(family, (found = cardFonts(family, locate)));
    return found;
  };
  const image = (file: string) => {
    let uri = images.get(file);
    if (uri === undefined) images.set(file, (uri = dataUri(file)));
    return uri;
  };
  const drawn = (make: () => Node | undefined, onProblem: (problem: CardProblem) => void): Node | undefined => {
    try {
      return make();
    } catch (error) {
      if (!(error instanceof CardAssetError)) throw error;
      onProblem({ severity: error.severity, message: error.message });
      return undefined;
    }
  };
  return {
    fontProblems: () => [...fonts].flatMap(([family, font]) => (font.problem === undefined ? [] : [{ family, message: font.problem }])),
    async render(card, onProblem) {
      const font = fontsOf(card.fontFamily);
      const backgroundImage = card.backgroundImage;
      const background = backgroundImage === undefined ? undefined : drawn(() => ({ type: 'img', props: { src: image(backgroundImage), width: CARD_WIDTH, height: CARD_HEIGHT, style: { position: 'absolute', left: 0, top: 0, width: CARD_WIDTH, height: CARD_HEIGHT, objectFit: 'cover' } } }), onProblem);
      const layers = [
        background,
        // The colour over the image, so a translucent one tints it (the layout's order).
        box({ position: 'absolute', left: 0, top: 0, width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: card.background }),
        drawn(() => logoLayer(card.logo, card, icons, image), onProblem),
        textLayer(SITE_NAME, card.siteName, card, font),
        textLayer(TITLE, card.title, card, font),
        textLayer(DESCRIPTION, card.description, card, font),
      ].filter((layer) => layer !== undefined);
      const { named, families } = satoriFonts(font);
      const root = box({ display: 'flex', position: 'relative', width: CARD_WIDTH, height: CARD_HEIGHT, fontFamily: families }, layers);
      const svg = await satori(root, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: named });
      // The text is paths already: no system font is needed (loading them costs more than drawing).
      const png = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
      return png.asPng();
    },
  };
}
