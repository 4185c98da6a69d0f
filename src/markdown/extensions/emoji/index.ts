/**
 * pymdownx.emoji with Material's icon index (`material.extensions.emoji.twemoji` + `to_svg`).
 *
 * ```md
 * :octicons-home-16: :gear:   ->  <span class="twemoji"><svg …/></span> <img alt="⚙" class="twemoji" …>
 * ```
 * Options: `options.custom_icons` (folders relative to the project dir), `options.image_path`
 * (where Twemoji's SVG files are hosted; by default they are inlined). Other indexes and
 * generators are not implemented: the Material ones are what Material sites use.
 */
import path from 'node:path';
import type { ExtensionFactory } from '../../types.ts';
import { createIconIndex } from './icon-index.ts';
import { emojiHandler } from './to-hast.ts';
import { remarkEmoji } from './transform.ts';

export type { Emoji } from './types.ts';

export const emoji: ExtensionFactory = (context) => {
  const options = context.options['options'];
  const custom = typeof options === 'object' && options !== null && 'custom_icons' in options ? options.custom_icons : [];
  const imagePath = typeof options === 'object' && options !== null && 'image_path' in options && typeof options.image_path === 'string' ? options.image_path : undefined;
  const dirs = (Array.isArray(custom) ? custom : []).filter((dir): dir is string => typeof dir === 'string');
  const index = createIconIndex(dirs.map((dir) => path.resolve(context.renderer.projectDir, dir)));
  return {
    remark: [[remarkEmoji, index]],
    handlers: { emoji: emojiHandler(index, imagePath) },
  };
};
