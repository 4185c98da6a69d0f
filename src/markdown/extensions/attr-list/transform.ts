/**
 * attr_list as an mdast transform, mirroring Python-Markdown's treeprocessor, which runs after
 * every inline pattern. Each parent is handled before its children, like `doc.iter()`:
 *
 *   ## Title { #id .c }           heading: `HEADER_RE` at the end of its last text
 *   Para text\n{: .c }            paragraph (or the tight list item it renders as): `BLOCK_RE`
 *   | cell { .c } |               table cell: `HEADER_RE`
 *   Term { .c }                   definition term: `HEADER_RE` (a tight <dd> is like a tight <li>)
 *   [x](u){ .md-button }          any inline node: `INLINE_RE` at the start of the next text
 *
 * Code and raw HTML are not `text` nodes, so `{...}` inside them is never read.
 */
import type { Html, List, Nodes, Parents, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { TIGHT_TAG } from '../../core/list-looseness.ts';
import type {} from '../def-list/mdast.ts';
import { escapedOffsets } from '../../inline/text-replace.ts';
import { assignAttributes, BLOCK_RE, HEADER_RE, INLINE_RE } from './attributes.ts';

export function remarkAttrList() {
  return (tree: Root, file: VFile): undefined => {
    walk(tree, undefined, undefined, String(file.value));
  };
}

function walk(node: Nodes, parent: Parents | undefined, grandparent: Parents | undefined, source: string): void {
  if (!('children' in node)) return;
  const target = blockTarget(node, parent, grandparent);
  if (target) fromBlockEnd(node, target.node, target.pattern, source);
  inline(node, source);
  for (const child of node.children) walk(child, node, parent, source);
}

interface BlockTarget {
  readonly node: Nodes;
  readonly pattern: RegExp;
}

/** Which element a trailing `{...}` of this node's text belongs to, and how it must be written. */
function blockTarget(node: Parents, parent: Parents | undefined, grandparent: Parents | undefined): BlockTarget | undefined {
  if (node.type === 'heading' || node.type === 'tableCell' || node.type === 'defListTerm') return { node, pattern: HEADER_RE };
  if (node.type !== 'paragraph') return undefined;
  // A tight definition's first paragraph is rendered without <p>: the <dd> owns its text.
  if (parent?.type === 'defListDescription' && parent.spread !== true && parent.children[0] === node) return { node: parent, pattern: BLOCK_RE };
  // A tight list item's first paragraph is rendered without <p>: the <li> owns its text.
  // The core pass marks such paragraphs (Python-Markdown decides per item); without it, to-hast's
  // per-list rule applies.
  const tight = node.data?.hName === TIGHT_TAG || (grandparent?.type === 'list' && !listLoose(grandparent));
  if (parent?.type === 'listItem' && parent.children[0] === node && tight) {
    return { node: parent, pattern: BLOCK_RE };
  }
  return { node, pattern: BLOCK_RE };
}

/**
 * The trailing run of text and inline HTML is read as one string, as Python-Markdown's text is
 * one string holding placeholders: a list may span HTML (`# Title { data-toc-label="A <b>B</b>" }`,
 * the HTML as written) or start in any of the run's text nodes (a lone `^` of pymdownx.caret is a
 * text node of its own: `{ #id ^ .c }`). The list must start in text; that node keeps what is
 * before it, and the nodes after it go.
 */
function fromBlockEnd(node: Parents, target: Nodes, pattern: RegExp, source: string): void {
  const children: Nodes[] = node.children;
  let first = children.length;
  while (first > 0 && (children[first - 1]?.type === 'text' || children[first - 1]?.type === 'html')) first -= 1;
  const run = children.slice(first) as (Text | Html)[];
  if (!run.some((child) => child.type === 'text')) return;
  // Text after a line break starts a line: Python-Markdown's prettify gives every <br> a tail
  // starting with `\n` before attr_list runs (`Foo  \n{: #x}` puts the id on the paragraph).
  let value = children[first - 1]?.type === 'break' ? '\n' : '';
  let masked = value;
  const starts: number[] = [];
  for (const child of run) {
    starts.push(value.length);
    masked += child.type === 'text' ? maskEscapes(child, source) : child.value;
    value += child.value;
  }
  const match = pattern.exec(masked);
  if (!match || match[1] === undefined) return;
  // A match from the break's newline starts in the run's first node.
  const at = Math.max(starts.findLastIndex((start) => start <= match.index), 0);
  const head = run[at];
  if (head?.type !== 'text') return;
  // The list as written: an escape inside it (`{ title="a\*b" }`) is the character itself.
  const listStart = match.index + match[0].lastIndexOf(match[1]);
  if (assignAttributes(target, value.slice(listStart, listStart + match[1].length), true) !== '') return;
  let rest = head.value.slice(0, Math.max(match.index - (starts[at] ?? 0), 0));
  // `## Title ## { #id }`: the closing hashes go too, as Python-Markdown strips them.
  if (node.type === 'heading') rest = rest.replace(/#+$/, '').trimEnd();
  children.splice(first + at + 1);
  setOrRemove(node, head, rest);
}

/**
 * `value` with the characters written escaped (`\{`) replaced by `\x02`, one for one: Python-Markdown
 * holds them as placeholders when attr_list runs, so `# Title \{x\}` or a cell `| \{0,\} |` is
 * text, not a list.
 */
function maskEscapes(text: Text, source: string): string {
  const { value } = text;
  const escaped = escapedOffsets(text, source);
  if (escaped.size === 0) return value;
  let masked = '';
  for (let index = 0; index < value.length; index++) masked += escaped.has(index) ? '\u0002' : value[index];
  return masked;
}

function inline(node: Parents, source: string): void {
  for (let index = 0; index < node.children.length - 1; index++) {
    const element = node.children[index];
    const next = node.children[index + 1];
    // A <br>'s tail starts with a newline (see fromBlockEnd), so `{...}` after it is not inline.
    if (!element || next?.type !== 'text' || element.type === 'text' || element.type === 'html' || element.type === 'break') continue;
    // `[a](b)\{ .c }`: the brace was escaped, so Python-Markdown's tail does not start with `{`.
    if (source[next.position?.start.offset ?? -1] === '\\') continue;
    const match = INLINE_RE.exec(next.value);
    if (!match || match[1] === undefined) continue;
    const remainder = assignAttributes(element, match[1]);
    setOrRemove(node, next, next.value.slice(match[0].length) + remainder);
  }
}

function setOrRemove(parent: Parents, text: Text, value: string): void {
  if (value !== '') text.value = value;
  else {
    // One array type for the union of children arrays (TypeScript cannot splice the union).
    const children: Nodes[] = parent.children;
    children.splice(children.indexOf(text), 1);
  }
}

/** mdast-util-to-hast's rule for whether a list's items keep their <p>. */
function listLoose(list: List): boolean {
  return list.spread === true || list.children.some((item) => (item.spread ?? item.children.length > 1) === true);
}
