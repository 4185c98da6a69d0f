/**
 * `:name:` with one of PyMdown's indexes: known names become `pymdownEmoji` nodes carrying the
 * generator's hast; an unknown name stays text that no later pattern reads (PyMdown stashes it),
 * and with `strict` it is reported as an error.
 */
import type { ElementContent } from 'hast';
import type { Root } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { isLastPiece, PageState } from '../../../core/page-state.ts';
import { atomicText, replaceText } from '../../../inline/text-replace.ts';
import { copyContent } from '../copy-content.ts';
import type { EmojiDb, EmojiRecord } from './db.ts';
import { generate, type ArtLookup } from './generators.ts';
import type { PymdownEmojiOptions } from './options.ts';
import type { PymdownEmoji } from './mdast.ts';

const SHORTCODE = /:[+\-\p{L}\p{N}_]+:/gu;

/**
 * `icon`: the names the index has besides its emoji (Material's icons: a record without code
 * points, whose image PyMdown's generators name after the shortcode).
 */
export function remarkPymdownEmoji(db: EmojiDb, options: PymdownEmojiOptions, art: ArtLookup, icon?: (name: string) => EmojiRecord | undefined) {
  // The page's unknown names, reported together once the whole page is read (core/page-state.ts).
  const pages = new PageState(() => new Set<string>());
  return (tree: Root, file: VFile): undefined => {
    const unknown = pages.of(file);
    replaceText(tree, String(file.value), SHORTCODE, (match) => {
      const written = match[0].slice(1, -1);
      const shortname = db.aliases.get(written) ?? written;
      const record = db.emoji.get(shortname) ?? icon?.(written);
      if (!record) {
        unknown.add(match[0]);
        return [atomicText(match[0])];
      }
      const node: PymdownEmoji = { type: 'pymdownEmoji', content: generate({ written: match[0], shortname, record }, options, art) };
      return [node];
    });
    if (options.strict && unknown.size > 0 && isLastPiece(file)) {
      file.message(`pymdownx.emoji (strict): unknown emoji ${[...unknown].sort().join(', ')}; fix the names or turn \`strict\` off`, { ruleId: 'emoji-strict', source: 'pymdownx.emoji' }).fatal = true;
    }
  };
}

/** to-hast: the generated content; attr_list's classes add to the element's own. */
export function pymdownEmojiHandler(state: State, node: PymdownEmoji): ElementContent {
  const content = copyContent(node.content);
  if (content.type !== 'element') return content;
  const { className, ...rest } = node.data?.hProperties ?? {};
  const added = Array.isArray(className) ? className.map(String) : [];
  const own = content.properties['className'];
  content.properties = { ...content.properties, ...rest };
  if (added.length > 0) content.properties['className'] = [...(Array.isArray(own) ? own.map(String) : []), ...added];
  state.patch(node, content);
  return content;
}
