/**
 * Python-Markdown's fenced_code (MkDocs builtin) when pymdownx.superfences does not replace it.
 * It is a regular expression over the whole page, so it only sees fences that start a line:
 *
 * ```
 * ```js                 -> <pre><code class="language-js">...</code></pre>
 * ~~~ {.js #x .big}     -> <pre id="x" class="big"><code class="language-js">...</code></pre>
 * - item
 *     ```text           -> not a fence for Python-Markdown (indented): the item gets a
 *     x                    paragraph holding an inline code span `text x`
 *     ```
 * ```
 * The closing fence must repeat the opening one exactly, and the info string may only hold a
 * language, `hl_lines="..."` or an attribute list.
 */
import type { Code, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import { SKIP, visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import { isLastPiece, PieceMismatch } from '../../core/page-state.ts';
import { joinParagraphRuns, type RunMember } from '../../core/paragraph-runs.ts';
import { joinedParagraph, reparseUnfenced, withParagraphAbove } from '../../core/unfenced.ts';
import { parseWithRemainder } from '../attr-list/attributes.ts';
import { parseFenceInfo, type FenceInfo } from '../superfences/fence-info.ts';
import type {} from './mdast.ts';
import { textFenceBlocks } from './text-fence.ts';

// Python-Markdown's FENCED_BLOCK_RE: `{attrs}` up to the last `}` of the line, or `.lang hl_lines="..."`.
const INFO = /^[ ]*(?:\{[^\n]*\}|(?:\.?[\w#.+-]*[ ]*)?(?:hl_lines=(["']).*?\1[ ]*)?)$/;
const ATTRS = /^[ ]*\{([^\n]*)\}[ ]*$/;

export function remarkFencedCode(this: Processor) {
  const processor = this;
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    // Fences Python-Markdown does not see, now paragraphs, and the parents holding them.
    const asText = new Set<Paragraph>();
    const parents = new Set<Parent>();
    visit(tree, 'code', (node: Code, index, parent) => {
      const start = node.position?.start;
      if (!parent || index === undefined || start?.offset === undefined) return undefined;
      const raw = source.slice(start.offset, node.position?.end.offset);
      const lines = raw.split('\n');
      const fence = /^(`{3,}|~{3,})/.exec(lines[0] ?? '')?.[1];
      if (fence === undefined) return undefined;
      const info = (lines[0] ?? '').slice(fence.length);
      const last = lines.length > 1 ? (lines.at(-1) ?? '').trimEnd() : undefined;
      const closed = last?.replace(/^[ \t>]*/, '') === fence;
      const parsed = INFO.test(info) ? fenceInfo(info) : undefined;
      if (start.column === 1 && last === fence && parsed) {
        const hlLines = parsed.options['hl_lines'];
        // Python-Markdown keeps hl_lines as a list; with attr_list it lands on <code> as `[1, 3]`.
        const options = hlLines === undefined ? parsed.options : { ...parsed.options, hl_lines: pythonList(hlLines) };
        parent.children[index] = { type: 'fencedCodeBlock', info: { ...parsed, options }, value: node.value, position: node.position };
        return undefined;
      }
      // A closed fence whose first line the expression rejects: fenced_code searches on from that
      // line, so the closing backticks may open a fence with the next block's. The rest of the
      // page is parsed again after the masked first line, and its fences are visited in turn.
      if (closed && last === fence && parent.type === 'root' && start.column === 1) {
        // That rest may run past a piece of a page rendered in pieces: render the page whole.
        if (!isLastPiece(file)) throw new PieceMismatch(`line ${start.line}: a fence fenced_code rejects makes the rest of the page one block`);
        const from = joinedParagraph(parent.children[index - 1], start);
        const children = reparseUnfenced(processor, source.slice(from?.offset ?? start.offset), from ?? start, { mask: start.offset - (from?.offset ?? start.offset), rules: true });
        const at = from ? index - 1 : index;
        parent.children.splice(at, parent.children.length - at, ...children);
        return [SKIP, at];
      }
      // Not a fence for Python-Markdown: its lines are paragraph text, where the backticks of
      // a closed fence make one inline code span. A fence that never closes, right below a
      // paragraph with no blank line between, goes on with it (a code span may open on the
      // paragraph's first line, after a list marker: `- ```js\n  x\n  ````).
      const quoted = source.slice(source.lastIndexOf('\n', start.offset - 1) + 1, start.offset).includes('>');
      const whole = closed || quoted || /\n[ \t]*\n/.test(raw.trimEnd()) ? undefined : withParagraphAbove(processor, source, parent.children, index);
      if (whole) {
        parent.children.splice(index - 1, 2, whole);
        return [SKIP, index];
      }
      // A line in it that a block processor finds (`# H`, `---`, `> q`) or a blank line splits it.
      const above = parent.children[index - 1];
      const belowText = above?.type === 'paragraph' && above.position?.end.line === start.line - 1;
      const blocks = textFenceBlocks(processor, source, node, closed, belowText);
      if (blocks) {
        parent.children.splice(index, 1, ...blocks);
        // Its first and last lines still go on with the paragraph lines right above and below.
        for (const block of [blocks[0], blocks.at(-1)]) if (block?.type === 'paragraph') asText.add(block);
        parents.add(parent);
        return [SKIP, index + blocks.length];
      }
      const text = [info.trim(), node.value].filter((part) => part !== '').join('\n');
      const paragraph: Paragraph = closed && fence.startsWith('`')
        ? { type: 'paragraph', children: [{ type: 'inlineCode', value: text.trim() }], position: node.position }
        : { type: 'paragraph', children: [{ type: 'text', value: lines.map((line) => line.replace(/^[ \t>]*/, '')).join('\n') }], position: node.position };
      parent.children[index] = paragraph;
      asText.add(paragraph);
      parents.add(parent);
      return undefined;
    });
    // Those lines are text in the middle of their block: with the paragraph lines right above
    // and below them, and with another such fence right after, they make one paragraph.
    const rule = { member: (node: RootContent): node is RunMember => node.type === 'paragraph', anchor: (node: RootContent) => node.type === 'paragraph' && asText.has(node) };
    for (const parent of parents) joinParagraphRuns(parent.children, rule, source);
  };
}

/** `parse_hl_lines`: whole numbers split on spaces, or nothing at all (`1-3` is not understood). */
function pythonList(value: string): string {
  const parts = value.split(/\s+/).filter((part) => part !== '');
  return parts.every((part) => /^[+-]?\d+$/.test(part)) ? `[${parts.map(Number).join(', ')}]` : '[]';
}

/**
 * The fence's language, classes, id and options. The `{...}` form is read by attr_list's
 * scanner, as fenced_code's handle_attrs does: the first class is the language, and a `}` the
 * scanner cannot read (`{ a="{}" } }`) means no fence at all (undefined).
 */
function fenceInfo(info: string): FenceInfo | undefined {
  const attrs = ATTRS.exec(info);
  if (!attrs) return parseFenceInfo(info) ?? { lang: '', classes: [], id: undefined, options: {} };
  const { attributes, remainder } = parseWithRemainder(attrs[1] ?? '');
  if (remainder !== '') return undefined;
  const classes: string[] = [];
  const options: Record<string, string> = {};
  let id: string | undefined;
  for (const [key, value] of attributes) {
    if (key === '.') classes.push(value);
    else if (key === 'id') id = value;
    else options[key] = value;
  }
  return { lang: classes.shift() ?? '', classes, id, options };
}
