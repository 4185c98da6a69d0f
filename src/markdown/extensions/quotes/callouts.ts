/**
 * Callouts as an mdast pass: a blockquote whose first line is `[!type | class…]`, optionally
 * followed by `-` (closed details) or `+` (open details) and a title. PyMdown swaps that line
 * for the title (or the type, title-cased) as its own paragraph, then renames the quote.
 */
import type { Blockquote, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from '../../core/visit.ts';

const CALLOUT = /^ *\[!([\p{L}\p{N}_-]+(?: *\| *[\p{L}\p{N}_-]+)*)\]([-+])?(.*)$/u;

export function remarkCallouts() {
  return (tree: Root): undefined => {
    visit(tree, 'blockquote', (quote) => {
      callout(quote);
    });
  };
}

/** Python's `str.title()`: upper-case each letter that follows a non-letter. */
function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function callout(quote: Blockquote): void {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return;
  const head = first.children[0];
  if (head?.type !== 'text') return;
  const lineEnd = head.value.indexOf('\n');
  const line = lineEnd === -1 ? head.value : head.value.slice(0, lineEnd);
  const match = CALLOUT.exec(line);
  if (!match?.[1]) return;
  // When the line goes on past this text node (`[!note] **bold** title`), the title is those nodes.
  const { title, body } = splitFirstLine(first, match[3] ?? '', lineEnd);
  const classes = match[1].split('|').map((c) => c.trim());
  const kind = classes[0] ?? '';
  const titleNodes: PhrasingContent[] = title.length > 0 ? title : [{ type: 'text', value: titleCase(kind) }];
  classes[0] = kind.toLowerCase();
  const titleParagraph: Paragraph = { type: 'paragraph', children: titleNodes };
  quote.children.splice(0, 1, titleParagraph, ...(body.length > 0 ? [{ type: 'paragraph' as const, children: body }] : []));
  if (match[2]) {
    quote.data = { hName: 'details', hProperties: { className: classes, ...(match[2] === '+' ? { open: 'open' } : {}) } };
    titleParagraph.data = { hName: 'summary' };
  } else {
    quote.data = { hName: 'div', hProperties: { className: ['admonition', ...classes] } };
    titleParagraph.data = { hProperties: { className: ['admonition-title'] } };
  }
}

/** The paragraph's first line after the marker (trimmed) and the lines after it. */
function splitFirstLine(paragraph: Paragraph, afterMarker: string, lineEnd: number): { title: PhrasingContent[]; body: PhrasingContent[] } {
  const [head, ...rest] = paragraph.children;
  if (head?.type !== 'text') return { title: [], body: paragraph.children };
  if (lineEnd !== -1) {
    const title = afterMarker.trim();
    const after = head.value.slice(lineEnd + 1);
    return { title: title === '' ? [] : [{ type: 'text', value: title }], body: [...(after === '' ? [] : [{ type: 'text' as const, value: after }]), ...rest] };
  }
  const title: PhrasingContent[] = afterMarker.trim() === '' ? [] : [{ type: 'text', value: afterMarker.trimStart() }];
  const body: PhrasingContent[] = [];
  let inTitle = true;
  for (const node of rest) {
    if (inTitle && node.type === 'text' && node.value.includes('\n')) {
      const at = node.value.indexOf('\n');
      if (at > 0) title.push({ type: 'text', value: node.value.slice(0, at) });
      const after = node.value.slice(at + 1);
      if (after !== '') body.push({ type: 'text', value: after });
      inTitle = false;
    } else if (inTitle && node.type === 'break') inTitle = false;
    else (inTitle ? title : body).push(node);
  }
  const last = title[title.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return { title, body };
}
