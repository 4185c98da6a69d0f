/**
 * A fence indented four or more spaces on a paragraph's later line. PyMdown's preprocessor finds
 * fences on any line whatever the spaces before them, before Python-Markdown parses blocks, so
 * the fence becomes a placeholder line of the paragraph; micromark reads it as more paragraph
 * text (an indented line cannot interrupt a paragraph):
 *
 * ```
 * Install it:                 <p>Install it:
 *     ```sh            ->         <div class="highlight">...pip install x...</div></p>
 *     pip install x
 *     ```
 * ```
 * The paragraph is cut at the fence, right after parsing (before core's rules and any inline
 * pass): its text above and below is read again, and the fence becomes a `code` node at its
 * place, which the superfences pass then handles like any fence and joins back into one
 * paragraph with the text around it (its FENCE_LINES). Runs when superfences says fences are
 * found before blocks (core/fence-line.ts), with its header tests (core/fence-close.ts).
 *
 * As superfences' line scan: every line up to the closing one is indented at least as the
 * opening one (a less indented line drops the fence, and the scan goes on after it); the closing
 * line is the same fence string at exactly that indent. A fence with a blank line inside, where
 * micromark ended the paragraph, is joined with the indented code after it (splitAcrossBlank).
 */
import type { Code, Paragraph, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { Point } from 'unist';
import { SKIP, visit } from './visit.ts';
import { joinUnclosedFences, reparseUnfenced } from './unfenced.ts';

/** superfences' `pythonFenceHeader` tests: the header (from the fence characters on) opens a fence. */
export type HeaderTest = (line: string) => boolean;

interface Cut {
  /** Line index (in the paragraph) of the opening and of the closing fence line. */
  readonly open: number;
  readonly close: number;
  readonly indent: number;
  readonly fence: string;
}

/**
 * What core does with fences right after parsing when superfences finds them before blocks
 * (core/fence-line.ts): cut paragraphs at indented fences, join fences that never close to the
 * paragraph above (core/unfenced.ts). Undefined when superfences is off. md_in_html runs it on
 * the Markdown it parses too.
 */
export function fencePasses(processor: Processor): ((tree: Root, source: string) => void) | undefined {
  const extensions = processor.data().micromarkExtensions ?? [];
  if (!extensions.some((extension) => extension.pythonFencesBeforeBlocks?.null?.includes(true) === true)) return undefined;
  const tests = extensions.flatMap((extension) => extension.pythonFenceHeader?.null ?? []);
  return (tree, source) => {
    splitIndentedFences(processor, tree, source, (line) => tests.every((accepts) => accepts(line)));
    joinUnclosedFences(processor, tree, source);
  };
}

export function splitIndentedFences(processor: Processor, tree: Root, source: string, accepts: HeaderTest): void {
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const replacement = split(processor, paragraph, source, accepts);
    if (replacement) {
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    }
    const across = splitAcrossBlank(processor, paragraph, parent.children[index + 1], source, accepts);
    if (!across) return undefined;
    parent.children.splice(index, 2, ...across);
    return [SKIP, index + across.length];
  });
}

/**
 * A fence with a blank line inside, on a paragraph's later line at the page's top level: micromark
 * ended the paragraph at the blank line and read the fence's rest as indented code; superfences'
 * scan, which sees no blank line end anything, made one fence of it. When the fence closes on the
 * indented code's last line, both nodes are read as the paragraph and its fence:
 *
 *   ??? info "x"          ->  <p>??? info "x"</p>
 *       ```vim                <pre><code class="language-vim">a
 *       a                     (blank)
 *                             b</code></pre>
 *       b
 *       ```
 */
function splitAcrossBlank(processor: Processor, paragraph: Paragraph, next: RootContent | undefined, source: string, accepts: HeaderTest): RootContent[] | undefined {
  const end = paragraph.position?.end.offset;
  const codeStart = next?.position?.start.offset;
  const codeEnd = next?.position?.end.offset;
  if (next?.type !== 'code' || end === undefined || codeStart === undefined || codeEnd === undefined) return undefined;
  // Indented code (a fence node starts at its fence characters), after blank lines only.
  if (source[codeStart] === '`' || source[codeStart] === '~' || source.slice(end, codeStart).trim() !== '') return undefined;
  const last = source.slice(0, codeEnd).split('\n').length;
  const parts = split(processor, paragraph, source, accepts, codeEnd);
  const fence = parts?.at(-1);
  return fence?.type === 'code' && fence.position?.end.line === last && (fence.position.start.offset ?? Infinity) < end ? parts : undefined;
}

/** `until`: read the page up to there as the paragraph's lines (splitAcrossBlank), else the paragraph's end. */
function split(processor: Processor, paragraph: Paragraph, source: string, accepts: HeaderTest, until?: number): RootContent[] | undefined {
  const start = paragraph.position?.start;
  const end = until ?? paragraph.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return undefined;
  const text = source.slice(start.offset, end);
  // Quick refusal: no fence characters on a later line.
  if (!/\n[ \t>]*(?:```|~~~)/.test(text)) return undefined;
  const lineStart = source.lastIndexOf('\n', start.offset - 1) + 1;
  // In a block quote, its `>` marks begin the paragraph's later lines: blanked out (same length,
  // so offsets hold) when a part is read again.
  const depth = quoteCount(source.slice(lineStart, start.offset));
  const lines = text.split('\n');
  const cuts = findFences(lines, accepts);
  if (cuts.length === 0) return undefined;
  // Offsets of each line's start in the page.
  const offsets: number[] = [];
  let at = start.offset;
  for (const line of lines) {
    offsets.push(at);
    at += line.length + 1;
  }
  const parts: RootContent[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.open > from) {
      const above = textPart(processor, source, { lines, offsets, depth }, from, cut.open, start);
      if (!above) return undefined;
      // `>` marks of the fence's indent that open no quote here stay on its line, as text.
      const marks = blankQuotes((lines[cut.open] ?? '').slice(0, cut.indent), depth).trim();
      if (marks !== '') above.children.push({ type: 'text', value: `\n${marks}` });
      parts.push(above);
    }
    parts.push(fenceNode(lines, offsets, cut, start.line));
    from = cut.close + 1;
  }
  if (from < lines.length) {
    const below = textPart(processor, source, { lines, offsets, depth }, from, lines.length, start);
    if (!below) return undefined;
    parts.push(below);
  }
  // A tight list item's paragraph stays bare: the run FENCE_LINES joins starts with this part.
  const first = parts[0];
  if (paragraph.data && first?.type === 'paragraph') first.data = paragraph.data;
  return parts;
}

/**
 * superfences' scan over the paragraph's later lines (its first line opens no fence here). The
 * indent may hold `>` (a fence in a quote, or `> ```` as text of a list item): then no line may
 * have more `>` than the opening one (eval_quoted), else none may have any (eval_fence).
 */
function findFences(lines: readonly string[], accepts: HeaderTest): Cut[] {
  const cuts: Cut[] = [];
  for (let open = 1; open < lines.length; open++) {
    const match = /^([ >]*)(`{3,}|~{3,})/.exec(lines[open] ?? '');
    const prefix = match?.[1] ?? '';
    const indent = prefix.length;
    const fence = match?.[2];
    // Less indented fences interrupted the paragraph already (micromark's own fences).
    if (!fence || indent < 4 || !accepts((lines[open] ?? '').slice(indent))) continue;
    const quotes = quoteCount(prefix);
    for (let next = open + 1; next < lines.length; next++) {
      const line = lines[next] ?? '';
      const lead = /^[ >]*/.exec(line)?.[0] ?? '';
      const ws = lead.slice(0, indent);
      const tooDeep = quotes === 0 ? quoteCount(ws) > 0 : quoteCount(ws) > quotes;
      if (line.includes('\t') || tooDeep || (ws.length < indent && line.length > lead.length)) {
        // Not indented enough: superfences drops the fence and looks on after this line.
        open = next;
        break;
      }
      const content = line.slice(indent);
      if (ws.length === indent && content.startsWith(fence) && /^[ \t]*$/.test(content.slice(fence.length))) {
        cuts.push({ open, close: next, indent, fence });
        open = next;
        break;
      }
    }
  }
  return cuts;
}

function quoteCount(text: string): number {
  return text.split('>').length - 1;
}

interface Lines {
  readonly lines: readonly string[];
  /** Page offset of each line's start. */
  readonly offsets: readonly number[];
  /** Block quotes the paragraph is in. */
  readonly depth: number;
}

/** Lines `from` to `to` (exclusive) read again as one paragraph; undefined if they make more. */
function textPart(processor: Processor, source: string, { lines, offsets, depth }: Lines, from: number, to: number, first: Point): Paragraph | undefined {
  const lead = from === 0 ? 0 : /^[ \t>]*/.exec(lines[from] ?? '')?.[0].length ?? 0;
  const startOffset = (offsets[from] ?? 0) + lead;
  const endOffset = (offsets[to - 1] ?? 0) + (lines[to - 1] ?? '').length;
  const at: Point = { line: first.line + from, column: from === 0 ? first.column : lead + 1, offset: startOffset };
  let text = source.slice(startOffset, endOffset);
  if (depth > 0) text = text.replace(/\n[ >]*/g, (prefix) => blankQuotes(prefix, depth));
  // Core's rules run over the whole page after this split.
  const reparsed = reparseUnfenced(processor, text, at, { mask: undefined, rules: false });
  const [paragraph] = reparsed;
  return reparsed.length === 1 && paragraph?.type === 'paragraph' ? paragraph : undefined;
}

/** A later line's container prefix with its first `depth` quote marks made spaces. */
function blankQuotes(prefix: string, depth: number): string {
  let left = depth;
  return prefix.replace(/>/g, (mark) => (left-- > 0 ? ' ' : mark));
}

/** The fence as micromark would have made it: its lines less the opening line's indent. */
function fenceNode(lines: readonly string[], offsets: readonly number[], cut: Cut, firstLine: number): Code {
  const header = (lines[cut.open] ?? '').slice(cut.indent + cut.fence.length).trim();
  const words = header === '' ? [] : header.split(/\s+/);
  const closing = lines[cut.close] ?? '';
  return {
    type: 'code',
    lang: words[0] ?? null,
    meta: words.length > 1 ? words.slice(1).join(' ') : null,
    value: lines.slice(cut.open + 1, cut.close).map((line) => line.slice(cut.indent)).join('\n'),
    position: {
      start: { line: firstLine + cut.open, column: cut.indent + 1, offset: (offsets[cut.open] ?? 0) + cut.indent },
      end: { line: firstLine + cut.close, column: closing.length + 1, offset: (offsets[cut.close] ?? 0) + closing.length },
    },
  };
}
