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
import type { List, Nodes, Parents, Root, Text } from 'mdast';
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

function fromBlockEnd(node: Parents, target: Nodes, pattern: RegExp, source: string): void {
  const last = node.children[node.children.length - 1];
  if (last?.type !== 'text') return;
  // Text after a line break starts a line: Python-Markdown's prettify gives every <br> a tail
  // starting with `\n` before attr_list runs (`Foo  \n{: #x}` puts the id on the paragraph).
  const afterBreak = node.children[node.children.length - 2]?.type === 'break';
  const value = afterBreak ? `\n${last.value}` : last.value;
  const match = pattern.exec(maskEscapes(last, source, afterBreak ? 1 : 0, value));
  if (!match || match[1] === undefined) {
    fromRawRun(node, target, pattern);
    return;
  }
  // The list as written: an escape inside it (`{ title="a\*b" }`) is the character itself.
  const list = value.slice(match.index + match[0].lastIndexOf(match[1]), match.index + match[0].lastIndexOf(match[1]) + match[1].length);
  if (assignAttributes(target, list, true) !== '') return;
  let rest = value.slice(0, match.index).replace(afterBreak ? /^\n/ : /(?!)/, '');
  // `## Title ## { #id }`: the closing hashes go too, as Python-Markdown strips them.
  if (node.type === 'heading') rest = rest.replace(/#+$/, '').trimEnd();
  setOrRemove(node, last, rest);
}

/**
 * Inline HTML sits in Python-Markdown's text as a placeholder, so a list may span it:
 * `# Title { data-toc-label="A <b>B</b>" }`. The trailing run of text and HTML is read as one
 * string (HTML as written); the list must start in the run's first text node.
 */
function fromRawRun(node: Parents, target: Nodes, pattern: RegExp): void {
  let first = node.children.length;
  while (first > 0 && (node.children[first - 1]?.type === 'text' || node.children[first - 1]?.type === 'html')) first -= 1;
  const run = node.children.slice(first);
  const head = run[0];
  if (head?.type !== 'text' || !run.some((child) => child.type === 'html')) return;
  const value = run.map((child) => (child.type === 'text' || child.type === 'html' ? child.value : '')).join('');
  const match = pattern.exec(value);
  if (!match || match[1] === undefined || match.index >= head.value.length) return;
  if (assignAttributes(target, match[1], true) !== '') return;
  let rest = head.value.slice(0, match.index);
  if (node.type === 'heading') rest = rest.replace(/#+$/, '').trimEnd();
  const children: Nodes[] = node.children;
  children.splice(first + 1);
  setOrRemove(node, head, rest);
}

/**
 * `value` with the characters written escaped (`\{`) replaced by `\x02`, one for one: Python-Markdown
 * holds them as placeholders when attr_list runs, so `# Title \{x\}` or a cell `| \{0,\} |` is
 * text, not a list. `shift` is where the node's value starts in `value`.
 */
function maskEscapes(text: Text, source: string, shift: number, value: string): string {
  const escaped = escapedOffsets(text, source);
  if (escaped.size === 0) return value;
  let masked = '';
  for (let index = 0; index < value.length; index++) masked += escaped.has(index - shift) ? '\u0002' : value[index];
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
