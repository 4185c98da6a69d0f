/**
 * MagicLink as one mdast pass: the text patterns (PyMdown's inline patterns, priority 85 down
 * to 79.3, each over the whole page before the next) and then the shortener over every link.
 * Text inside a link is never matched (PyMdown excludes `a` ancestors), nor code or raw HTML.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import { replaceText } from '../../inline/text-replace.ts';
import { type MagicConfig } from './options.ts';
import { shortenLink } from './shortener.ts';
import { textPatterns } from './shorthand.ts';

const AUTOLINK = /^(?:ht|f)tps?:\/\//iu;

function inLink(node: Nodes): boolean {
  return node.type === 'link' || node.type === 'linkReference';
}

export function remarkMagicLink(config: MagicConfig) {
  const patterns = textPatterns(config);
  return (tree: Root, file: VFile): undefined => {
    for (const error of config.errors) file.message(error, { ruleId: 'magiclink-options', source: 'pymdownx.magiclink' }).fatal = true;
    const source = String(file.value);
    // `<https://…>` is MagicLink's too (it replaces Python-Markdown's autolink pattern).
    visit(tree, 'link', (link) => {
      if (source[link.position?.start.offset ?? -1] !== '<' || !AUTOLINK.test(link.url)) return;
      const only = link.children.length === 1 ? link.children[0] : undefined;
      if (config.hideProtocol && only?.type === 'text') only.value = only.value.slice(only.value.indexOf('://') + 3);
      if (config.repoShortener) (link.data ??= {}).magiclink = true;
    });
    for (const { pattern, replace } of patterns) replaceText(tree, source, pattern, replace, inLink);
    if (config.repoShortener || config.socialShortener) visit(tree, 'link', (link) => shortenLink(link, config));
  };
}
