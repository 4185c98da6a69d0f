/**
 * Replaces `:name:` in mdast `text` nodes with `emoji` nodes. Code, inline code and raw HTML are
 * not `text` nodes, so they are never touched.
 *
 * PyMdown's pattern is `:[+\-\w]+:`, matched left to right; a match that names nothing stays text
 * and scanning resumes after it, so in `9:30:45` the `:30:` is used up and nothing is replaced.
 */
import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import type { IconIndex } from './icon-index.ts';
import type { Emoji } from './mdast.ts';
import { escapedOffsets, splitText } from '../../inline/text-replace.ts';

// Python's `\w` on str is Unicode letters, digits and `_`.
const SHORTCODE = /:[+\-\p{L}\p{N}_]+:/gu;

export function remarkEmoji(index: IconIndex) {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    visit(tree, (node: Nodes, position, parent: Parents | undefined) => {
      // An autolink's text is atomic in Python-Markdown: `<https://x.org/:gear:>` keeps its colons.
      if (node.type === 'link' && source[node.position?.start.offset ?? -1] === '<') return SKIP;
      if (node.type !== 'text' || !parent || position === undefined || !node.value.includes(':')) return undefined;
      const replacement = split(node, index, file, escapedOffsets(node, source));
      if (!replacement) return undefined;
      const children: Nodes[] = parent.children;
      children.splice(position, 1, ...replacement);
      return [SKIP, position + replacement.length];
    });
  };
}

/**
 * The node split around its shortcodes. Escaped characters are placeholders to PyMdown's
 * pattern (`\:gear:` is text: PyMdown adds `:` to the escapable characters), and the text
 * pieces keep them escaped for the patterns that run later (emphasis: `:smile: \*a\*`).
 */
function split(node: Text, index: IconIndex, file: VFile, escaped: ReadonlySet<number>): PhrasingContent[] | undefined {
  return splitText(node, SHORTCODE, (match) => {
    const name = match[0].slice(1, -1);
    const entry = index.lookup(name);
    if (entry) return [{ type: 'emoji', value: match[0], entry } satisfies Emoji];
    if (index.looksLikeIcon(name)) {
      file.message(`unknown icon \`${match[0]}\`: no Twemoji emoji, custom_icons file or bundled icon (Material, Octicons, Font Awesome, Simple Icons) has this name, so it is left as text; check the spelling or add ${name.split('-').join('/')}.svg to a custom_icons folder`, {
        place: offsetPoint(node, match.index),
        ruleId: 'emoji-unknown',
        source: 'pymdownx.emoji',
      });
    }
    return undefined;
  }, escaped);
}

/** Where `offset` (in the node's value) is in the file; exact when the text has no escapes. */
function offsetPoint(node: Text, offset: number): { line: number; column: number } | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset).split('\n');
  const lastLine = before[before.length - 1] ?? '';
  return before.length === 1 ? { line: start.line, column: start.column + offset } : { line: start.line + before.length - 1, column: lastLine.length + 1 };
}
