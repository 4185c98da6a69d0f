/**
 * pymdownx.emoji with Material's icon index (`material.extensions.emoji.twemoji` + `to_svg`).
 *
 * ```md
 * :octicons-home-16: :gear:   ->  <span class="twemoji"><svg …/></span> <img alt="⚙" class="twemoji" …>
 * ```
 * Options: `options.custom_icons` (folders relative to the project dir), `options.image_path`
 * (where Twemoji's SVG files are hosted; by default they are inlined). With PyMdown's own
 * indexes (`pymdownx.emoji.emojione`, the default, `gemoji`, `twemoji`) and generators
 * (`to_png`, `to_svg`, `to_alt`, `to_png_sprite`, `to_svg_sprite`), see pymdown/; so is Material's
 * index with one of those generators (or none: PyMdown's default `to_png`), its icons then being
 * images named after their shortcode (`<img alt=":octicons-home-16:" class="twemoji" ...>`).
 */
import type { ExtensionFactory } from '../../types.ts';
import { customIconDirs } from './custom-icons.ts';
import { createIconIndex } from './icon-index.ts';
import { emojiHandler } from './to-hast.ts';
import { remarkEmoji } from './transform.ts';
import { loadEmojiDb } from './pymdown/db.ts';
import type { EmojiRecord } from './pymdown/db.ts';
import { isMaterialGenerator, isMaterialIndex, readPymdownEmojiOptions } from './pymdown/options.ts';
import { pymdownEmojiHandler, remarkPymdownEmoji } from './pymdown/transform.ts';


export const emoji: ExtensionFactory = (context) => {
  // PyMdown's own indexes (EmojiOne by default, Gemoji, Twemoji) and generators.
  const material = isMaterialIndex(context.options);
  if (!material || !isMaterialGenerator(context.options)) {
    const settings = readPymdownEmojiOptions(context.options);
    const icons = context.renderer.icons ?? createIconIndex(material ? customIconDirs(context.options, context.renderer.projectDir) : []);
    // Material's index is PyMdown's Twemoji one plus the icons, which have no code points.
    const icon = material ? (name: string): EmojiRecord | undefined => (icons.lookup(name)?.kind === 'svg' ? { unicode: undefined, unicodeAlt: undefined, category: undefined, name: `:${name}:` } : undefined) : undefined;
    // Each drawing encoded once per renderer, its string shared by every use.
    const sources = new Map<string, string | undefined>();
    const art = (unicode: string): string | undefined => {
      if (!sources.has(unicode)) {
        const svg = icons.twemojiSvg(unicode);
        sources.set(unicode, svg === undefined ? undefined : `data:image/svg+xml,${encodeURIComponent(svg)}`);
      }
      return sources.get(unicode);
    };
    return {
      // `strict`'s list of unknown names is the page's (pymdown/transform.ts).
      pieces: true,
      remark: [[remarkPymdownEmoji, loadEmojiDb(settings.index), settings, art, icon]],
      handlers: { pymdownEmoji: pymdownEmojiHandler },
    };
  }
  const options = context.options['options'];
  const imagePath = typeof options === 'object' && options !== null && 'image_path' in options && typeof options.image_path === 'string' ? options.image_path : undefined;
  // The site shares its index with the theme (icon sets are large: read them once per build).
  const index = context.renderer.icons ?? createIconIndex(customIconDirs(context.options, context.renderer.projectDir));
  return {
    pieces: true,
    remark: [[remarkEmoji, index]],
    handlers: { emoji: emojiHandler(index, imagePath) },
  };
};
