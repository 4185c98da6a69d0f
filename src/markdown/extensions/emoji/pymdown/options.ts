/**
 * pymdownx.emoji's options when the index is one of PyMdown's own (not Material's): the index,
 * the generator, `title`, `alt`, `remove_variation_selector`, `strict` and `options` (`classes`,
 * `attributes`, `image_path`, `non_standard_image_path`, `size`).
 */
import { isIndexName, type IndexName } from './db.ts';

export const GENERATORS = ['to_png', 'to_svg', 'to_png_sprite', 'to_svg_sprite', 'to_alt'] as const;
export type GeneratorName = (typeof GENERATORS)[number];

export interface PymdownEmojiOptions {
  readonly index: IndexName;
  readonly generator: GeneratorName;
  readonly title: 'short' | 'long' | 'none';
  readonly alt: 'unicode' | 'html_entity' | 'short';
  readonly removeVariationSelector: boolean;
  readonly strict: boolean;
  readonly classes: string | undefined;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  readonly imagePath: string | undefined;
  readonly nonStandardImagePath: string | undefined;
  readonly size: string;
}

/** `!!python/name:a.b.c` as the config loader or a JSON config gives it: `a.b.c`. */
export function pythonName(value: unknown): string {
  if (typeof value === 'string') return value.replace(/^!!python\/name:/, '');
  if (typeof value === 'object' && value !== null && 'value' in value && typeof value.value === 'string') return value.value;
  return '';
}

/**
 * Material's index, which the Material path renders: `material.extensions.emoji.twemoji`, or
 * `materialx.emoji.twemoji`, the spelling Material documented before 9.4 that many sites still
 * have; mkdocs-material-extensions, which Material still installs, forwards it to the same index.
 */
export function isMaterialIndex(options: Readonly<Record<string, unknown>>): boolean {
  const name = pythonName(options['emoji_index']);
  return name.startsWith('material.') || name.startsWith('materialx.');
}

/**
 * Material's `to_svg` (`material.extensions.emoji.to_svg`, or `materialx.emoji.to_svg`), which
 * draws Material's index inline. Without it (no `emoji_generator`: PyMdown's default `to_png`,
 * or one of PyMdown's), PyMdown's generator writes Material's index like its own Twemoji one.
 */
export function isMaterialGenerator(options: Readonly<Record<string, unknown>>): boolean {
  const name = pythonName(options['emoji_generator']);
  return name.startsWith('material.') || name.startsWith('materialx.');
}

export function readPymdownEmojiOptions(options: Readonly<Record<string, unknown>>): PymdownEmojiOptions {
  const index = pythonName(options['emoji_index']).split('.').pop() ?? '';
  const generator = pythonName(options['emoji_generator']).split('.').pop() ?? '';
  const extra = typeof options['options'] === 'object' && options['options'] !== null ? options['options'] : {};
  const get = (key: string): unknown => Object.getOwnPropertyDescriptor(extra, key)?.value;
  const text = (key: string): string | undefined => {
    const value = get(key);
    return typeof value === 'string' ? value : undefined;
  };
  const attributes = get('attributes');
  const title = options['title'];
  const alt = options['alt'];
  const size = get('size');
  return {
    index: isIndexName(index) ? index : 'emojione',
    generator: GENERATORS.find((name) => name === generator) ?? (generator === '' ? 'to_png' : 'to_svg'),
    title: title === 'long' || title === 'none' ? title : title === undefined || title === 'short' ? 'short' : 'none',
    alt: alt === 'html_entity' || alt === 'short' ? alt : 'unicode',
    removeVariationSelector: options['remove_variation_selector'] === true,
    strict: options['strict'] === true,
    classes: text('classes'),
    attributes: typeof attributes === 'object' && attributes !== null ? Object.entries(attributes).map(([key, value]) => [key, String(value)] as const) : [],
    imagePath: text('image_path'),
    nonStandardImagePath: text('non_standard_image_path'),
    size: typeof size === 'string' || typeof size === 'number' ? String(size) : '64',
  };
}
