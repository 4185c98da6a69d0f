/**
 * PyMdown's emoji generators as hast: `to_png` / `to_svg` (`<img>`), `to_png_sprite` (`<span>`),
 * `to_svg_sprite` (`<svg><description>…<use>`), `to_alt` (the character alone).
 *
 * Deliberate difference, as for Material's Twemoji: where PyMdown points `src` at a CDN
 * (cdnjs, jsDelivr, GitHub), the reader's browser would contact a third party on every page
 * view, so `src` is a `data:` URI of Twemoji's drawing of the same character (from
 * @iconify-json/twemoji), and no `src` when there is none. With `options.image_path` set (the
 * site hosts the images), `src` is `image_path + code points + .png/.svg`, as in PyMdown.
 */
import type { Element, ElementContent } from 'hast';
import type { EmojiRecord } from './db.ts';
import type { PymdownEmojiOptions } from './options.ts';

export interface EmojiRequest {
  /** As written, with colons (`:+1:`). */
  readonly written: string;
  readonly shortname: string;
  readonly record: EmojiRecord;
}

/** Twemoji's drawing of a code point sequence as a `data:` URI (one string for every use), or undefined. */
export type ArtLookup = (unicode: string) => string | undefined;

function chars(codePoints: string): string {
  return String.fromCodePoint(...codePoints.split('-').map((hex) => Number.parseInt(hex, 16)));
}

/** The alt text: the character (an entity in PyMdown's `html_entity` mode, the same character once parsed) or the shortcode. */
export function altText(request: EmojiRequest, options: PymdownEmojiOptions): string {
  let alt = request.record.unicodeAlt ?? request.record.unicode;
  if (alt !== undefined && options.removeVariationSelector) alt = alt.replaceAll('-fe0f', '');
  return alt === undefined || options.alt === 'short' ? request.written : chars(alt);
}

function title(request: EmojiRequest, options: PymdownEmojiOptions): string | undefined {
  return options.title === 'long' ? request.record.name : options.title === 'short' ? request.written : undefined;
}

function image(request: EmojiRequest, options: PymdownEmojiOptions, art: ArtLookup, extension: 'png' | 'svg'): Element {
  const { unicode } = request.record;
  const properties: Element['properties'] = { className: [options.classes ?? options.index], alt: altText(request, options) };
  const path = unicode === undefined ? options.nonStandardImagePath : options.imagePath;
  if (path !== undefined) properties['src'] = `${path}${unicode ?? request.shortname}.${extension}`;
  else if (unicode !== undefined) {
    const src = art(unicode);
    if (src !== undefined) properties['src'] = src;
  }
  const shown = title(request, options);
  if (shown !== undefined) properties['title'] = shown;
  for (const [key, value] of options.attributes) properties[key] = value;
  return { type: 'element', tagName: 'img', properties, children: [] };
}

/** The element (or text) one emoji becomes. */
export function generate(request: EmojiRequest, options: PymdownEmojiOptions, art: ArtLookup): ElementContent {
  const classes = options.classes ?? options.index;
  const alt = altText(request, options);
  switch (options.generator) {
    case 'to_alt':
      return { type: 'text', value: alt };
    case 'to_png_sprite': {
      const properties: Element['properties'] = { className: [`${classes}-${options.size}-${request.record.category ?? ''}`, `_${request.record.unicode ?? ''}`] };
      const shown = title(request, options);
      if (shown !== undefined) properties['title'] = shown;
      for (const [key, value] of options.attributes) properties[key] = value;
      return { type: 'element', tagName: 'span', properties, children: [{ type: 'text', value: alt }] };
    }
    case 'to_svg_sprite': {
      const href = `${options.imagePath ?? './../assets/sprites/emojione.sprites.svg'}#emoji-${request.record.unicode ?? ''}`;
      return {
        type: 'element',
        tagName: 'svg',
        properties: { className: [classes] },
        children: [
          { type: 'element', tagName: 'description', properties: {}, children: [{ type: 'text', value: alt }] },
          { type: 'element', tagName: 'use', properties: { xLinkHref: href }, children: [] },
        ],
      };
    }
    case 'to_svg':
      return image(request, options, art, 'svg');
    default:
      return image(request, options, art, 'png');
  }
}
