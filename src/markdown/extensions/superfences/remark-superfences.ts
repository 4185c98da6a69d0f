/**
 * Marks the code blocks superfences owns: fenced ones (``` or ~~~), not indented code blocks,
 * which Python-Markdown renders itself as a plain `<pre><code>`. Fences nested in lists,
 * block quotes, admonitions and tabs are found by the CommonMark tokenizer of their container.
 */
import type { Code, Paragraph, Root, RootContent, SuperFence } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseFenceInfo, type FenceInfo } from './fence-info.ts';
import type { CustomFence } from './options.ts';

declare module 'mdast' {
  /** A fenced code block with its parsed info string. */
  interface SuperFence extends Node {
    type: 'superFence';
    info: FenceInfo;
    value: string;
    /** The custom fence that formats it, if any. */
    custom: CustomFence | undefined;
    /** Index among the page's highlighted (non-custom) fences: line anchor and span ids use it. */
    count: number;
  }
  interface RootContentMap {
    superFence: SuperFence;
  }
  interface BlockContentMap {
    superFence: SuperFence;
  }
  /** A fence that interrupted a paragraph stays inside it, as in PyMdown (see joinParagraphs). */
  interface PhrasingContentMap {
    superFence: SuperFence;
  }
}

export function remarkSuperfences(fences: readonly CustomFence[]) {
  // Later entries win, and `*` matches every language, as in PyMdown.
  const reversed = [...fences].reverse();
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    let count = 0;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return;
      const start = node.position?.start.offset;
      const marker = start === undefined ? undefined : source[start];
      if (marker !== '`' && marker !== '~') return;
      const raw = source.slice(start, node.position?.end.offset);
      if (!closed(raw)) {
        // superfences needs a closing fence: without one, the lines are plain paragraph text.
        const text = raw.split('\n').map((line, number) => (number === 0 ? line : line.replace(/^[ \t>]*/, ''))).join('\n');
        parent.children[index] = { type: 'paragraph', children: [{ type: 'text', value: text }], position: node.position };
        return;
      }
      const info = parseFenceInfo([node.lang, node.meta].filter((part) => part != null).join(' '));
      // An info string superfences rejects leaves CommonMark's plain code block.
      if (!info) return;
      const custom = reversed.find((fence) => fence.name === '*' || fence.name === info.lang);
      parent.children[index] = { type: 'superFence', info, value: node.value, custom, count: custom ? -1 : count++, position: node.position };
    });
    visit(tree, (node) => {
      if ('children' in node && node.children.some((child) => child.type === 'superFence')) joinParagraphs(node.children);
    });
  };
}

/** True when the block's last line is a closing fence at least as long as the opening one. */
function closed(raw: string): boolean {
  const lines = raw.split('\n');
  if (lines.length < 2) return false;
  const opening = /^[`~]+/.exec(lines[0] ?? '')?.[0] ?? '';
  const last = (lines.at(-1) ?? '').replace(/^[ \t>]*/, '').trimEnd();
  return last.length >= opening.length && /^([`~])\1*$/.test(last) && last[0] === opening[0];
}

/**
 * PyMdown replaces a fence by a placeholder inside the surrounding text block, so a fence with
 * paragraph lines right above or below it (no blank line) ends up inside that paragraph:
 * `<p>Text\n<div class="highlight">...</div></p>`. Browsers (and rehype-raw after us) read that
 * as `<p>Text</p><div ...></div><p></p>`; we build the same paragraph so the result matches.
 */
function joinParagraphs(children: RootContent[]): void {
  for (let index = 0; index < children.length; index++) {
    const fence = children[index];
    if (fence?.type !== 'superFence') continue;
    const before = children[index - 1];
    const after = children[index + 1];
    const joinBefore = before?.type === 'paragraph' && adjacent(before, fence);
    const joinAfter = after?.type === 'paragraph' && adjacent(fence, after);
    if (!joinBefore && !joinAfter) continue;
    const paragraph: Paragraph = joinBefore ? before : { type: 'paragraph', children: [], position: fence.position };
    if (joinBefore) paragraph.children.push({ type: 'text', value: '\n' });
    paragraph.children.push(fence);
    let end = fence.position?.end;
    if (joinAfter) {
      paragraph.children.push({ type: 'text', value: '\n' }, ...after.children);
      end = after.position?.end;
    }
    if (paragraph.position && end) paragraph.position = { start: paragraph.position.start, end };
    children.splice(index, joinAfter ? 2 : 1, ...(joinBefore ? [] : [paragraph]));
    if (joinBefore) index--;
  }
}

function adjacent(first: Paragraph | SuperFence, second: Paragraph | SuperFence): boolean {
  const end = first.position?.end.line;
  const start = second.position?.start.line;
  return end !== undefined && start !== undefined && start === end + 1;
}
