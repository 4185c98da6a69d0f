/**
 * Marks the code blocks superfences owns: fenced ones (``` or ~~~) whose header a fence entry
 * accepts (validate.ts). Fences nested in lists, block quotes, admonitions and tabs are found by
 * the CommonMark tokenizer of their container. Indented code blocks stay Python-Markdown's plain
 * `<pre><code>`, unless pymdownx.highlight is listed in mkdocs.yml: its treeprocessor then
 * highlights them too (numbered after every fence, as it runs after superfences).
 */
import { expandTabs } from '../../core/whitespace.ts';
import { joinParagraphRuns, type RunMember, type RunRule } from '../../core/paragraph-runs.ts';
import { isQuoteTail } from '../../core/quote-tail.ts';
import type { Code, Root, RootContent, SuperFence } from 'mdast';
import type { Processor } from 'unified';
import { reparseUnfenced } from '../../core/unfenced.ts';
import { walkMdast } from '../../core/walk.ts';
import type { Point } from 'unist';
import { CONTINUE, visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import { PageState } from '../../core/page-state.ts';
import { readFenceHeader } from './fence-info.ts';
import { fenceHeadings } from './fence-headings.ts';
import { quotedFence } from './quoted-fence.ts';
import { outdentedFence } from './outdented-fence.ts';
import { restoredFences } from './restored-fences.ts';
import { preservedLineCount, spaceLines } from './preserve-tabs.ts';
import { resolveFence, type FenceContext } from './validate.ts';
import type {} from './mdast.ts';

export interface SuperfencesPassOptions extends FenceContext {
  /** pymdownx.highlight is listed: indented code blocks are highlighted too. */
  readonly highlightIndented: boolean;
  /** Names of custom formats already warned about (one warning per renderer). */
  readonly warned: Set<string>;
  /** `preserve_tabs`: keep tabs in fences (else Python-Markdown expands them to tab stops of 4). */
  readonly preserveTabs: boolean;
}

export function remarkSuperfences(this: Processor, options: SuperfencesPassOptions) {
  const processor = this;
  // Fences are numbered per page, and markdown-exec's warning is given once per page, however
  // many pieces the page is rendered in (core/page-state.ts).
  const pages = new PageState(() => ({ count: 0, notRun: false }));
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    const page = pages.of(file);
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return CONTINUE;
      const start = node.position?.start.offset;
      const marker = start === undefined ? undefined : source[start];
      if (marker !== '`' && marker !== '~') {
        const restored = restoredFences(node.value, options);
        page.count += restored.count;
        node.value = restored.value;
        parent.children[index] = indentedBlock(node, options);
        return CONTINUE;
      }
      let raw = source.slice(start, node.position?.end.offset);
      // A fence in a quote that a blank line interrupted goes on in the quote after it, when
      // core merged the two quotes (not with pymdownx.quotes, whose quotes stay apart).
      // Only as many `>` as the fence's own line has may stand before its closing line.
      const quotes = quoteDepth(source, start ?? 0);
      const quoted = closed(raw, quotes) ? undefined : quotedFence(source, node);
      if (quoted && node.position && (quoted.end.offset ?? Infinity) <= (parent.position?.end.offset ?? -1)) {
        raw = quoted.raw;
        const end = quoted.end;
        node.value = raw.split('\n').slice(1, -1).join('\n');
        node.position = { start: node.position.start, end };
        const rest = parent.children.slice(index + 1).filter((sibling) => (sibling.position?.start.offset ?? Infinity) < (end.offset ?? 0));
        // A block that held the closing line and more: the quote's text after that line is
        // parsed again (to the quote's end, so the lines that follow join as in PyMdown).
        const overlap = (rest.at(-1)?.position?.end.offset ?? 0) > (end.offset ?? 0);
        const last = parent.children.at(-1)?.position?.end;
        const after = overlap && last?.offset !== undefined && end.offset !== undefined
          ? asMarkdownAfter(processor, source.slice(end.offset + 1, last.offset), { line: end.line + 1, column: 1, offset: end.offset + 1 }, node.position.start.column - 1)
          : undefined;
        if (after) parent.children.splice(index + 1, parent.children.length - index - 1, ...after);
        else parent.children.splice(index + 1, rest.length);
      }
      // An unclosed fence runs to the end of its container, whose closing line (a Blocks `///`)
      // is in the source range but not in the code: rebuild it from its first line and value.
      const rebuilt = !closed(raw, quotes);
      if (rebuilt) raw = [raw.split('\n')[0] ?? '', ...(node.value === '' ? [] : [node.value])].join('\n');
      const header = closed(raw, quotes) ? readFenceHeader(raw.split('\n')[0]?.replace(/^[`~]+/, '') ?? '') : undefined;
      // A less indented line inside drops the fence, whatever its header (outdented-fence.ts).
      const outdented = !rebuilt && quotes === 0 && start !== undefined && outdentedFence(source, start, raw);
      const info = header && !outdented ? resolveFence(header, options) : undefined;
      if (!info) {
        // A closed fence whose header no entry accepts, in a container: PyMdown's line scan goes
        // on at the next line, so its closing line may open a fence that runs to the next closing
        // line, past the blocks after it. The rest of the container is parsed again from here:
        // at the margin, core's fence construct refuses the first line as it does on the page.
        // (A dropped one's scan goes on after its less indented line: its lines are text, below.)
        const end = parent.type === 'root' || rebuilt || outdented ? undefined : parent.children.at(-1)?.position?.end.offset;
        if (end !== undefined && start !== undefined && end > (node.position?.end.offset ?? end)) {
          const rest = asMarkdown(processor, source.slice(start, end), node, undefined, true);
          // The blocks below are in `rest` already: only a paragraph above is joined.
          const { blocks, before } = joinText(parent.children, index, rest, false);
          parent.children.splice(index - before, parent.children.length - index + before, ...blocks);
          return index - before;
        }
        // Not a fence to PyMdown (no closing fence, or a header no entry accepts): the lines
        // are Markdown of their container, where ``` ... ``` in one paragraph reads as one inline
        // code span and a `# comment` line is a heading. (One that never closes right below a
        // paragraph was joined to it by core: joinUnclosedFences.) The new blocks are visited in turn (an
        // indented code block among them is highlighted like any other).
        // In a block quote core left that to this pass: the paragraph and the fence's lines are
        // parsed again as one text, so a code span may open above the fence and close in it.
        const previous = parent.children[index - 1];
        if (rebuilt && previous?.type === 'paragraph' && lineAfter(previous, node) && previous.position?.start.offset !== undefined && start !== undefined) {
          const above = source.slice(previous.position.start.offset, start);
          const joined = asMarkdown(processor, raw, node, 0, false, { text: above, start: previous.position.start });
          const { blocks, after } = joinText(parent.children, index, joined, true, false);
          parent.children.splice(index - 1, 2 + after, ...blocks);
          return index - 1;
        }
        const { blocks, before, after } = joinText(parent.children, index, asMarkdown(processor, raw, node, rebuilt || (outdented && parent.type === 'root') ? 0 : undefined));
        parent.children.splice(index - before, 1 + before + after, ...blocks);
        return index - before;
      }
      const format = info.custom?.format;
      if (format?.kind === 'markdown-exec') {
        // markdown-exec would run the code and show its output; we cannot run Python, so the
        // block is what it would be without markdown-exec: its source, highlighted. Said once per page.
        if (!page.notRun) {
          page.notRun = true;
          file.message(`Code block \`${info.lang}\` asks markdown-exec to run it (\`exec\`): the code is not executed here; its source is shown highlighted instead of its output`, {
            place: node.position,
            ruleId: 'markdown-exec-not-run',
            source: 'markdown-exec',
          });
        }
        const value = options.preserveTabs ? spaceLines(node.value, source, node.position?.start.line) : expandTabs(node.value, (node.position?.start.column ?? 1) - 1);
        const lineCount = options.preserveTabs ? preservedLineCount(node.position) : undefined;
        parent.children[index] = { type: 'superFence', info: { ...info, custom: undefined }, value, custom: undefined, count: page.count++, position: node.position, ...(lineCount === undefined ? {} : { lineCount }), ...tailData(node) };
        return CONTINUE;
      }
      if (format?.kind === 'unknown' && !options.warned.has(format.name)) {
        options.warned.add(format.name);
        file.message(`Custom fence \`${info.custom?.name ?? ''}\` uses the Python formatter \`${format.name || '(none)'}\`, which this renderer cannot run: its fences are shown as plain code blocks`, {
          place: node.position,
          ruleId: 'superfences-custom-format',
          source: 'pymdownx.superfences',
        });
      }
      const value = options.preserveTabs ? spaceLines(node.value, source, node.position?.start.line) : expandTabs(node.value, (node.position?.start.column ?? 1) - 1);
      const lineCount = options.preserveTabs ? preservedLineCount(node.position) : undefined;
      parent.children[index] = { type: 'superFence', info, value, custom: info.custom, count: info.custom ? -1 : page.count++, position: node.position, ...(lineCount === undefined ? {} : { lineCount }), ...tailData(node) };
      return CONTINUE;
    });
    visit(tree, (node) => {
      if (!('children' in node) || !node.children.some((child) => child.type === 'superFence')) return;
      // The fences such a block restores were numbered as fences already (as superfences' scan does).
      fenceHeadings(node, source, (value, position) => indentedBlock({ type: 'code', value: restoredFences(value, options).value, position }, options));
      joinParagraphRuns(node.children, FENCE_LINES, source);
    });
    // A fence that ends a quote before one bare `>` line shares its block with that empty line
    // (core/quote-tail.ts): not alone there, it keeps its `<p>`.
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'paragraph') return;
      node.children.forEach((child, index) => {
        if (child.type === 'superFence' && isQuoteTail(child)) node.children[index] = { type: 'paragraph', children: [child], ...(child.position ? { position: child.position } : {}) };
      });
    });
  };
}

/** Keeps core's quote-tail mark on the fence that replaces a code block. */
function tailData(node: Code): { data?: { pythonQuoteTail: true } } {
  return isQuoteTail(node) ? { data: { pythonQuoteTail: true } } : {};
}

/**
 * The lines as Python-Markdown reads them: Markdown of the container the fence is in, parsed
 * again with fences off (an unclosed fence: superfences' line scan found no end), or on (a
 * refused header: the scan goes on at the next line). Each line after the
 * first loses the container's indent, as the container's processor removes it.
 */
function asMarkdown(processor: Processor, raw: string, node: Code, dedented?: number, fences = false, above?: TextAbove): RootContent[] {
  const fenceStart = node.position?.start;
  if (!fenceStart) return [];
  const start = above?.start ?? fenceStart;
  // A rebuilt unclosed fence (its first line and value) is dedented already.
  const indent = dedented ?? fenceStart.column - 1;
  // The lines above as on the page (the last one is the fence line's prefix, up to the fence).
  const upper = above === undefined ? [] : above.text.split('\n');
  const own = raw.split('\n');
  const lines = above === undefined ? own : [...upper.slice(0, -1), (upper.at(-1) ?? '') + (own[0] ?? ''), ...own.slice(1)];
  const width = fenceStart.column - 1;
  const kept = [
    ...upper.slice(0, -1).map((line, number) => (number === 0 ? line : dropIndent(line, width))),
    ...own.map((line, number) => (number === 0 ? (above === undefined ? line : dropIndent((upper.at(-1) ?? '') + line, width)) : dropIndent(line, indent))),
  ];
  // With `fences`, later fence lines open fences again; the first line, now at the margin, is
  // refused by the same header test (core/fence-close.ts) and stays text, backticks and all.
  const blocks = reparseUnfenced(processor, kept.join('\n'), start, { mask: undefined, rules: true, keepFences: fences, noHtmlBlocks: start.column > 1 });
  // Points back in the page: each line after the first lost its container prefix (a fence found
  // here is told from indented code by the character at its start offset).
  movePointsBack(blocks, lines, kept, start, 1);
  return blocks;
}

/** `text` (whole lines after a fence's closing line) as Markdown of the fence's container, `width` its prefix. */
function asMarkdownAfter(processor: Processor, text: string, at: Point, width: number): RootContent[] {
  const lines = text.split('\n');
  const kept = lines.map((line) => dropIndent(line, width));
  const blocks = reparseUnfenced(processor, kept.join('\n'), at, { mask: undefined, rules: true, keepFences: true, noHtmlBlocks: true });
  movePointsBack(blocks, lines, kept, at, 0);
  return blocks;
}

/**
 * Moves the points of `blocks`, parsed from `kept` (the page's `lines` from `at` on, each without
 * its container prefix), back to where they are on the page; rows before `fromRow` kept theirs.
 */
function movePointsBack(blocks: RootContent[], lines: readonly string[], kept: readonly string[], at: Point, fromRow: number): void {
  const lineStarts: number[] = [];
  let offset = at.offset ?? 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const fix = (point: Point): Point => {
    const row = point.line - at.line;
    const lineStart = lineStarts[row];
    if (row < fromRow || lineStart === undefined) return point;
    const column = point.column + (lines[row]?.length ?? 0) - (kept[row]?.length ?? 0);
    return { line: point.line, column, offset: lineStart + column - 1 };
  };
  const root: Root = { type: 'root', children: blocks };
  walkMdast(root, (child) => {
    if (child.position) child.position = { start: fix(child.position.start), end: fix(child.position.end) };
  });
}

/** The paragraph right above a fence, as on the page from its start up to the fence. */
interface TextAbove {
  readonly text: string;
  readonly start: Point;
}

/** Up to `width` columns of the line's container prefix: spaces and blockquote `>` markers. */
function dropIndent(line: string, width: number): string {
  let index = 0;
  while (index < line.length && index < width && (line[index] === ' ' || line[index] === '>' || line[index] === '\t')) index++;
  return line.slice(index);
}

/**
 * The fence's lines belong to the text block around them in Python-Markdown: a paragraph right
 * above (no blank line between) takes the first part when it is a paragraph, one right below
 * joins the last (`> a\n> ```` is one paragraph) unless `below` is false (the parts run to the
 * container's end); `above` false: the parts hold the paragraph above already. `before` / `after`: how many neighbours were merged in.
 */
function joinText(siblings: readonly RootContent[], index: number, parts: RootContent[], below = true, above = true): { blocks: RootContent[]; before: number; after: number } {
  const fence = siblings[index];
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  const blocks = [...parts];
  const first = blocks[0];
  if (!fence || !first) return { blocks, before: 0, after: 0 };
  let before = 0;
  let after = 0;
  if (above && previous?.type === 'paragraph' && first.type === 'paragraph' && lineAfter(previous, fence)) {
    previous.children.push({ type: 'text', value: '\n' }, ...first.children);
    if (previous.position && first.position) previous.position = { start: previous.position.start, end: first.position.end };
    blocks[0] = previous;
    before = 1;
  }
  const last = blocks.at(-1);
  if (below && last?.type === 'paragraph' && next?.type === 'paragraph' && lineAfter(fence, next)) {
    last.children.push({ type: 'text', value: '\n' }, ...next.children);
    if (last.position && next.position) last.position = { start: last.position.start, end: next.position.end };
    after = 1;
  }
  return { blocks, before, after };
}

function lineAfter(first: RootContent, second: RootContent): boolean {
  const end = first.position?.end.line;
  const start = second.position?.start.line;
  return end !== undefined && start !== undefined && start === end + 1;
}

/** The number of `>` before `offset` on its line: how deep in blockquotes a fence starts. */
function quoteDepth(source: string, offset: number): number {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return (source.slice(lineStart, offset).match(/>/g) ?? []).length;
}

/**
 * True when the block's last line is a closing fence at least as long as the opening one, after
 * its indent and `quotes` blockquote markers (a fence outside a quote is not closed by `> `````).
 */
function closed(raw: string, quotes: number): boolean {
  const lines = raw.split('\n');
  if (lines.length < 2) return false;
  const opening = /^[`~]+/.exec(lines[0] ?? '')?.[0] ?? '';
  let last = (lines.at(-1) ?? '').trimEnd();
  for (let depth = 0; depth < quotes; depth++) last = last.replace(/^[ \t]*>/, '');
  last = last.replace(/^[ \t]*/, '');
  return last.length >= opening.length && /^([`~])\1*$/.test(last) && last[0] === opening[0];
}

/**
 * PyMdown replaces a fence by one placeholder line inside the surrounding text block, so fences
 * and paragraph lines that follow each other with no blank line between make one paragraph:
 * `Text\n```\na\n```\n```\nb\n```` is `<p>Text\n<div class="highlight">...</div>\n<div
 * class="highlight">...</div></p>`. Only a fence alone in its block loses the `<p>` (the raw HTML
 * postprocessor unwraps a paragraph that is exactly one placeholder). Browsers (and rehype-raw
 * after us) read that as `<p>Text</p><div ...></div>...<p></p>`; we build the same paragraph so
 * the result matches.
 */
const FENCE_LINES: RunRule = {
  // A lone block-level tag lost its paragraph before fences were found (core/lone-html.ts).
  member: (node): node is RunMember => node.type === 'paragraph' || isFence(node) || (node.type === 'html' && node.data?.pythonLoneTag === true),
  anchor: isFence,
};

/** A fence, which PyMdown leaves as one line of text; not an indented code block highlight made (a block of its own). */
function isFence(node: RootContent): boolean {
  return node.type === 'superFence' && node.indented !== true;
}

/** An indented code block as the page shows it: highlighted like a fence when pymdownx.highlight is listed. */
function indentedBlock(node: Code, options: SuperfencesPassOptions): Code | SuperFence {
  if (!options.highlightIndented) return node;
  const value = options.preserveTabs ? node.value : expandTabs(node.value, (node.position?.start.column ?? 1) - 1 + 4);
  return { type: 'superFence', info: { lang: '', classes: [], id: undefined, options: {}, attributes: [], custom: undefined }, value, custom: undefined, count: -1, indented: true, position: node.position };
}
