/**
 * Groups `defListDescription` nodes into definition lists the way Python-Markdown's
 * DefListProcessor does, sibling by sibling:
 *
 * ```
 * Term one        a paragraph right above the `:` line: each of its lines is a term, and the
 * Term two        definition is tight (`<dd>text</dd>`)
 * :   Def
 *
 * Term            a paragraph with a blank line before the `:` line: terms too, but the
 *                 definition is loose (`<dd><p>text</p></dd>`)
 * :   Def
 * ```
 * A definition right after a list joins it (even after a blank line); it is loose when the
 * previous definition holds blocks. A `:` line with nothing before it is a paragraph again.
 * "Right after" reads past reference, footnote and abbreviation definitions, which leave no
 * element for DefListProcessor's `lastChild(parent)` to see (core/unwritten.ts).
 */
import type { DefList, DefListDescription, DefListTerm, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { isIndentedContainer, markMarkerLineBody, TIGHT_TAG } from '../../core/list-looseness.ts';
import { lastWrittenIndex } from '../../core/unwritten.ts';
import { visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import './mdast.ts';

export interface DefListOptions {
  /**
   * pymdownx.superfences is on: a fence right below a line of text is a placeholder line of that
   * paragraph (its pass joins them later), so it adds no block of its own.
   */
  readonly joinFences?: boolean | undefined;
}

export function remarkDefList(options: DefListOptions = {}) {
  const joinFences = options.joinFences === true;
  return (tree: Root, file: VFile): undefined => {
    const source = typeof file.value === 'string' ? file.value : '';
    let split: string[] | undefined;
    const lines = (): string[] => (split ??= source.split('\n'));
    visit(tree, (node) => {
      // A list's own definitions are grouped already.
      if (node.type === 'defList' || !('children' in node)) return;
      if (node.children.some((child) => child.type === 'defListDescription')) group(node.children, joinFences, source, lines, isIndentedContainer(node, source));
    });
  };
}

function group(children: RootContent[], joinFences: boolean, source: string, lines: () => readonly string[], inIndentedContainer: boolean): void {
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    if (node?.type !== 'defListDescription') continue;
    let at = lastWrittenIndex(children, index);
    let previous = children[at];
    if (!previous) {
      children.splice(index, 1, ...asParagraph(node));
      continue;
    }
    let terms: DefListTerm[] = [];
    let loose = false;
    if (previous.type === 'paragraph') {
      loose = !adjacent(previous, node);
      terms = splitTerms(previous);
      children.splice(at, 1);
      index--;
      at = lastWrittenIndex(children, index);
      previous = children[at];
    } else if (previous.type === 'defList') {
      const last = previous.children.at(-1);
      loose = last?.type === 'defListDescription' && holdsBlocks(last, joinFences);
    }
    // Blocks after the first paragraph (indented, after a blank line) move a tight
    // definition's text into a <p>, as ListIndentProcessor does for list items.
    // Blocks of the definition's own block (`: def\n> quote`, no blank line) leave it tight; a
    // fence counts as its own block unless superfences keeps it a line of that block.
    node.spread = loose || laterBlock(node, joinFences, source, inIndentedContainer);
    // An admonition, details or tab on a tight definition's `:` line: its paragraphs there are bare.
    if (!loose && source !== '') markMarkerLineBody(node, source);
    if (!loose && source !== '') markFirstBlockText(node, lines());
    if (previous?.type === 'defList') {
      previous.children.push(...terms, node);
      children.splice(index, 1);
      index--;
    } else {
      const list: DefList = { type: 'defList', children: [...terms, node], position: node.position };
      children[index] = list;
    }
  }
}

/**
 * A tight definition's own block (the `:` line and the lines after it up to a blank line) is
 * parsed in Python-Markdown's list state, where every paragraph is bare text: set on the `<dd>`
 * or after the element before it (`:   !!! note\n    text`, the admonition's body not indented
 * enough, leaves `text` after it). The first paragraph is to-hast's (it gets a `<p>` back when
 * blocks follow after a blank line, as ListIndentProcessor moves the text into one).
 */
function markFirstBlockText(description: DefListDescription, lines: readonly string[]): void {
  const line = description.position?.start.line;
  const last = description.children.at(-1)?.position?.start.line;
  if (line === undefined || last === undefined) return;
  // The 1-based number of the first blank line below the `:` line (a container's end position
  // may take the blank line in, so the source decides), looked for within the definition only.
  let blank = line + 1;
  while (blank <= last && (lines[blank - 1] ?? '').trim() !== '') blank++;
  for (const child of description.children.slice(1)) {
    if (child.type === 'paragraph' && (child.position?.start.line ?? Infinity) < blank) child.data = { ...child.data, hName: TIGHT_TAG };
  }
}

/**
 * A block of the definition that starts after a blank line (or one whose place is unknown).
 * Not an indented code block there (`:   d\n\n        code`): ListIndentProcessor finds it two
 * levels in, below the `<dd>`, and hands it to the `<dd>` without moving its text into a `<p>`,
 * as for a list item (core/list-looseness.ts). In an admonition, details or tab the dedented
 * block reaches the definition list one level in, which does wrap the text.
 */
function laterBlock(description: DefListDescription, joinFences: boolean, source: string, inIndentedContainer: boolean): boolean {
  return description.children.some((child, index) => {
    if (index === 0) return false;
    if (!inIndentedContainer && isIndentedCode(child, source)) return false;
    const previous = description.children[index - 1];
    // fenced_code's fence is a block of its own (its placeholder has blank lines around it).
    if (!joinFences && (isFence(child, source) || isFence(previous, source))) return true;
    const start = child.position?.start.line;
    const end = previous?.position?.end.line;
    return start === undefined || end === undefined || start > end + 1;
  });
}

function isFence(node: RootContent | undefined, source: string): boolean {
  return node !== undefined && isCode(node) && !isIndentedCode(node, source);
}

/** An indented code block: core's, or the one superfences highlights (pymdownx.highlight listed). */
function isIndentedCode(node: RootContent, source: string): boolean {
  if (node.type === 'superFence') return node.indented === true;
  if (node.type !== 'code' || node.lang !== null || node.meta !== null) return false;
  const offset = node.position?.start.offset;
  const first = offset === undefined ? undefined : source[offset];
  return first !== '`' && first !== '~';
}

/** Python's `len(dd)`: a definition holds blocks when it has any element besides tight text (its first paragraph). */
function holdsBlocks(description: DefListDescription, joinFences: boolean): boolean {
  const first = description.children[0];
  if (description.spread === true || (first !== undefined && first.type !== 'paragraph')) return description.children.length > 0;
  return blockCount(description, joinFences) > 1;
}

/** The definition's blocks, a fence on the line right after text (or another such fence) counted with it. */
function blockCount(description: DefListDescription, joinFences: boolean): number {
  if (!joinFences) return description.children.length;
  return description.children.filter((child, index) => {
    const previous = description.children[index - 1];
    const textLines = (isCode(child) || isCode(previous)) && (isCode(child) || child.type === 'paragraph') && (isCode(previous) || previous?.type === 'paragraph');
    return !(textLines && previous?.position?.end.line === (child.position?.start.line ?? 0) - 1);
  }).length;
}

/** A code block: core's, or one superfences has claimed (its pass runs before this one). */
function isCode(node: { readonly type: string } | undefined): boolean {
  return node?.type === 'code' || node?.type === 'superFence';
}

function adjacent(paragraph: Paragraph, description: DefListDescription): boolean {
  const end = paragraph.position?.end.line;
  const start = description.position?.start.line;
  return end !== undefined && start !== undefined && start === end + 1;
}

/** Each line of the paragraph is one term. */
function splitTerms(paragraph: Paragraph): DefListTerm[] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines.at(-1)?.push(child);
      continue;
    }
    child.value.split('\n').forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines.at(-1)?.push({ type: 'text', value: part });
    });
  }
  return lines
    .map((line) => trim(line))
    .filter((line) => line.length > 0)
    .map((line): DefListTerm => ({ type: 'defListTerm', children: line }));
}

function trim(line: PhrasingContent[]): PhrasingContent[] {
  const first = line[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = line.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return line.filter((child) => child.type !== 'text' || child.value !== '');
}

/** Not a definition after all (nothing above it): its text with the `: ` marker back in front. */
function asParagraph(node: DefListDescription): RootContent[] {
  const [first, ...rest] = node.children;
  if (first?.type === 'paragraph') {
    first.children.unshift({ type: 'text', value: ': ' });
    return [first, ...rest];
  }
  return [{ type: 'paragraph', children: [{ type: 'text', value: ':' }], position: node.position }, ...node.children];
}
