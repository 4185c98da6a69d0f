/**
 * Raw HTML that Python-Markdown places differently from CommonMark, fixed among a parent's children.
 */
import type { Html, Parent, PhrasingContent, RootContent } from 'mdast';
import { BLOCK_LEVEL, rawBlockEnd } from './html-scan.ts';

/**
 * Python-Markdown stashes each inline HTML tag and, after rendering, replaces `<p>TAG</p>` by the
 * bare tag when the tag is block-level (RawHtmlPostprocessor.isblocklevel). So an indented
 * `<div markdown>` line inside an admonition or tab comes out as the bare tag, not in a `<p>`:
 *
 * ```
 * !!! note
 *     <div class="x">      ->  <div class="x">   (a paragraph of one block-level tag)
 * ```
 */
export function unwrapLoneBlockHtml(parent: Parent): void {
  parent.children.forEach((child, index) => {
    if (child.type !== 'paragraph' || child.children.length !== 1) return;
    const only = child.children[0];
    if (only?.type !== 'html' || !isBlockLevel(only)) return;
    parent.children[index] = { type: 'html', value: only.value, ...(child.position ? { position: child.position } : {}) };
  });
}

function isBlockLevel(node: Html): boolean {
  const match = /^<\/?([^ >]+)/.exec(node.value);
  if (!match?.[1]) return false;
  return /^[!?@%]/.test(match[1]) || BLOCK_LEVEL.has(match[1].toLowerCase().replace(/\/$/, ''));
}

/**
 * Text after the end tag that closes a raw block, on the same line (`</div></a>`), is not part of
 * the block in Python-Markdown: the extractor puts it after the block, where it becomes a paragraph.
 */
export function splitRawBlockTails(parent: Parent): void {
  for (let index = parent.children.length - 1; index >= 0; index--) {
    const child = parent.children[index];
    if (child?.type !== 'html') continue;
    const replacement = tailParts(child);
    if (replacement) parent.children.splice(index, 1, ...replacement);
  }
}

function tailParts(node: Html): RootContent[] | undefined {
  if (node.position?.start.column !== 1) return undefined;
  const end = rawBlockEnd(node.value);
  const rest = end === undefined ? '' : node.value.slice(end).trim();
  if (end === undefined || rest === '') return undefined;
  const tail: PhrasingContent = rest.startsWith('<') ? { type: 'html', value: rest } : { type: 'text', value: rest };
  return [{ ...node, value: node.value.slice(0, end) }, { type: 'paragraph', children: [tail] }];
}
