/**
 * Joins blocks that Python-Markdown reads as the lines of one paragraph. Its block parser splits
 * the page at blank lines only, so where a fence preprocessor left one line in the text (a
 * placeholder, or the fence itself when it saw none), the lines right above and below it are the
 * same paragraph. micromark ends a paragraph at a fence, so the pieces are rejoined here:
 *
 * ```
 * Text              <- one paragraph: `<p>Text\n<div class="highlight">...</div>\n
 * ```                  <div class="highlight">...</div>\nafter</p>` (superfences)
 * a
 * ```
 * ```
 * b
 * ```
 * after
 * ```
 * A paragraph line that ends in two spaces ends in a hard break there too (`  \n` before the
 * placeholder line is Python-Markdown's LINE_BREAK_RE), which micromark, ending the paragraph at
 * the fence, dropped with the trailing spaces.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';

/** A block that may join a run: a paragraph, or a block that stands for one line of text. */
export type RunMember = Paragraph | Extract<RootContent, PhrasingContent>;

export interface RunRule {
  /** Blocks that are one or more lines of a paragraph (paragraphs themselves always are). */
  readonly member: (node: RootContent) => node is RunMember;
  /** A run is joined only when it holds one of these (a fence): other paragraphs never touch. */
  readonly anchor: (node: RootContent) => boolean;
}

/**
 * Replaces every run of two or more members, each starting on the line right after the one
 * before ends, and holding an anchor, by one paragraph: a paragraph's lines stay as they are, any
 * other member becomes one of its children, and a line ending separates them (a hard break after
 * a paragraph whose last line in `source` ends in two spaces).
 */
export function joinParagraphRuns(children: RootContent[], rule: RunRule, source?: string): void {
  // The paragraph's last line as written, up to its line ending (micromark's position stops before the spaces).
  const endsInBreak = (node: RootContent): boolean => {
    const end = node.position?.end.offset;
    if (node.type !== 'paragraph' || source === undefined || end === undefined) return false;
    const lineEnd = source.indexOf('\n', end);
    const stop = lineEnd === -1 ? source.length : lineEnd;
    return source.slice(Math.max(stop - 2, 0), stop) === '  ';
  };
  for (let index = 0; index < children.length; index++) {
    const first = children[index];
    if (!first || !rule.member(first)) continue;
    let end = index + 1;
    let anchored = rule.anchor(first);
    for (let next = children[end]; next && rule.member(next) && nextLine(children[end - 1], next); next = children[++end]) {
      anchored ||= rule.anchor(next);
    }
    if (end - index < 2 || !anchored) continue;
    const run = children.slice(index, end).filter((node) => rule.member(node));
    const paragraph: Paragraph = first.type === 'paragraph' ? first : { type: 'paragraph', children: [], position: first.position };
    if (first.type !== 'paragraph') paragraph.children.push(first);
    for (const [at, node] of run.slice(1).entries()) {
      const previous = run[at];
      const separator: PhrasingContent = previous && endsInBreak(previous) ? { type: 'break' } : { type: 'text', value: '\n' };
      paragraph.children.push(separator, ...(node.type === 'paragraph' ? node.children : [node]));
    }
    const start = paragraph.position?.start;
    const last = run.at(-1)?.position?.end;
    if (start && last) paragraph.position = { start, end: last };
    children.splice(index, end - index, paragraph);
  }
}

function nextLine(first: RootContent | undefined, second: RootContent): boolean {
  const end = first?.position?.end.line;
  const start = second.position?.start.line;
  return end !== undefined && start !== undefined && start === end + 1;
}
