/**
 * Claims inline code written with a language prefix, `` `#!py x` `` or `` `:::py x` `` (and,
 * with `style_plain_text`, every inline code), as PyMdown's backtick pattern does. The prefix is
 * read from the source, right after the backticks, as PyMdown's regex reads it.
 */
import type { InlineCode, Root } from 'mdast';
import { visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import type { InlineHilite } from './mdast.ts';

const CODE = /^(`+)((?::{3,}|#!)([\p{L}\p{N}_#.+-]*)\s+)?(.+?)\1$/su;

export function remarkInlineHilite() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    visit(tree, 'inlineCode', (node: InlineCode, index, parent) => {
      if (!parent || index === undefined) return;
      const { lang, code } = read(node, source);
      const replacement: InlineHilite = { type: 'inlineHilite', lang, value: code, ...(node.position ? { position: node.position } : {}), ...(node.data ? { data: node.data } : {}) };
      parent.children.splice(index, 1, replacement);
    });
  };
}

/** The language prefix and the code (stripped, as PyMdown strips it). */
function read(node: InlineCode, source: string): { lang: string; code: string } {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const raw = start === undefined || end === undefined ? undefined : source.slice(start, end);
  const match = raw === undefined ? undefined : CODE.exec(raw);
  if (!match) return { lang: '', code: node.value.trim() };
  // Line endings inside inline code are spaces (micromark's value has them so already).
  const code = match[2] === undefined ? node.value.trim() : (match[4] ?? '').replace(/\r?\n/g, ' ').trim();
  return { lang: match[3] ?? '', code };
}
