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

// Python's `\w` on str is Unicode letters, digits and `_`.
const SHORTCODE = /:[+\-\p{L}\p{N}_]+:/gu;

export function remarkEmoji(index: IconIndex) {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    visit(tree, (node: Nodes, position, parent: Parents | undefined) => {
      // An autolink's text is atomic in Python-Markdown: `<https://x.org/:gear:>` keeps its colons.
      if (node.type === 'link' && source[node.position?.start.offset ?? -1] === '<') return SKIP;
      if (node.type !== 'text' || !parent || position === undefined || !node.value.includes(':')) return undefined;
      const replacement = split(node, index, file, escapedColons(node, source));
      if (!replacement) return undefined;
      const children: Nodes[] = parent.children;
      children.splice(position, 1, ...replacement);
      return [SKIP, position + replacement.length];
    });
  };
}

function split(node: Text, index: IconIndex, file: VFile, escaped: ReadonlySet<number>): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = [];
  let last = 0;
  const pattern = new RegExp(SHORTCODE);
  for (let match = pattern.exec(node.value); match; match = pattern.exec(node.value)) {
    // `\:gear:` is text: PyMdown adds `:` to the escapable characters. Retry from the next colon.
    if (escaped.has(match.index)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const name = match[0].slice(1, -1);
    const entry = index.lookup(name);
    if (!entry) {
      if (index.looksLikeIcon(name)) {
        file.message(`unknown icon \`${match[0]}\`: no Twemoji emoji, custom_icons file or bundled icon (Material, Octicons, Font Awesome, Simple Icons) has this name, so it is left as text; check the spelling or add ${name.split('-').join('/')}.svg to a custom_icons folder`, {
          place: offsetPoint(node, match.index),
          ruleId: 'emoji-unknown',
          source: 'pymdownx.emoji',
        });
      }
      continue;
    }
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    const emoji: Emoji = { type: 'emoji', value: match[0], entry };
    parts.push(emoji);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/**
 * Offsets (in `node.value`) of colons written as `\\:` in the source. mdast keeps only the
 * colon, so the source slice is walked alongside the value; only done when the slice has one.
 */
function escapedColons(node: Text, source: string): Set<number> {
  const escaped = new Set<number>();
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return escaped;
  const raw = source.slice(start, end);
  if (!raw.includes('\\:')) return escaped;
  let v = 0;
  for (let r = 0; r < raw.length && v < node.value.length; r++) {
    if (raw[r] === '\\' && raw[r + 1] === node.value[v] && raw[r + 1] !== undefined && /[!-/:-@[-`{-~]/.test(raw[r + 1] ?? '')) {
      if (raw[r + 1] === ':') escaped.add(v);
      r++;
      v++;
    } else if (raw[r] === node.value[v]) v++;
    // Anything else (stripped indentation, entities) is skipped on the source side.
  }
  return escaped;
}

/** Where `offset` (in the node's value) is in the file; exact when the text has no escapes. */
function offsetPoint(node: Text, offset: number): { line: number; column: number } | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset).split('\n');
  const lastLine = before[before.length - 1] ?? '';
  return before.length === 1 ? { line: start.line, column: start.column + offset } : { line: start.line + before.length - 1, column: lastLine.length + 1 };
}
