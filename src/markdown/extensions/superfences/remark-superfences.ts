/**
 * Marks the code blocks superfences owns: fenced ones (``` or ~~~) whose header a fence entry
 * accepts (validate.ts). Fences nested in lists, block quotes, admonitions and tabs are found by
 * the CommonMark tokenizer of their container. Indented code blocks stay Python-Markdown's plain
 * `<pre><code>`, unless pymdownx.highlight is listed in mkdocs.yml: its treeprocessor then
 * highlights them too (numbered after every fence, as it runs after superfences).
 */
import { expandTabs } from '../../core/whitespace.ts';
import { joinParagraphRuns, type RunMember, type RunRule } from '../../core/paragraph-runs.ts';
import type { Code, Paragraph, PhrasingContent, Root, RootContent, SuperFence } from 'mdast';
import { CONTINUE, visit } from '../../core/visit.ts';
import type { VFile } from 'vfile';
import { readFenceHeader } from './fence-info.ts';
import { fenceHeadings } from './fence-headings.ts';
import { quotedFence } from './quoted-fence.ts';
import type { CustomFence } from './options.ts';
import { resolveFence, type FenceContext, type ResolvedFence } from './validate.ts';

declare module 'mdast' {
  /** A fenced code block with its resolved header. */
  interface SuperFence extends Node {
    type: 'superFence';
    info: ResolvedFence;
    value: string;
    /** The custom fence that formats it (same as `info.custom`), if any. */
    custom: CustomFence | undefined;
    /** Index among the page's highlighted (non-custom) blocks: line anchor and span ids use it. */
    count: number;
    /** An indented code block (highlighted because pymdownx.highlight is listed). */
    indented?: boolean | undefined;
  }
  interface RootContentMap {
    superFence: SuperFence;
  }
  interface BlockContentMap {
    superFence: SuperFence;
  }
  /** A fence that interrupted a paragraph stays inside it, as in PyMdown (see FENCE_LINES). */
  interface PhrasingContentMap {
    superFence: SuperFence;
  }
}

export interface SuperfencesPassOptions extends FenceContext {
  /** pymdownx.highlight is listed: indented code blocks are highlighted too. */
  readonly highlightIndented: boolean;
  /** Names of custom formats already warned about (one warning per renderer). */
  readonly warned: Set<string>;
  /** `preserve_tabs`: keep tabs in fences (else Python-Markdown expands them to tab stops of 4). */
  readonly preserveTabs: boolean;
}

export function remarkSuperfences(options: SuperfencesPassOptions) {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value);
    let count = 0;
    // One "not executed" warning per page (markdown-exec fences).
    let notRun = false;
    const indented: SuperFence[] = [];
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return CONTINUE;
      const start = node.position?.start.offset;
      const marker = start === undefined ? undefined : source[start];
      if (marker !== '`' && marker !== '~') {
        if (!options.highlightIndented) return CONTINUE;
        const value = options.preserveTabs ? node.value : expandTabs(node.value, (node.position?.start.column ?? 1) - 1 + 4);
        const fence: SuperFence = { type: 'superFence', info: { lang: '', classes: [], id: undefined, options: {}, attributes: [], custom: undefined }, value, custom: undefined, count: -1, indented: true, position: node.position };
        indented.push(fence);
        parent.children[index] = fence;
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
        parent.children.splice(index + 1, rest.length);
      }
      // An unclosed fence runs to the end of its container, whose closing line (a Blocks `///`)
      // is in the source range but not in the code: rebuild it from its first line and value.
      if (!closed(raw, quotes)) raw = [raw.split('\n')[0] ?? '', ...(node.value === '' ? [] : [node.value])].join('\n');
      const header = closed(raw, quotes) ? readFenceHeader(raw.split('\n')[0]?.replace(/^[`~]+/, '') ?? '') : undefined;
      const info = header ? resolveFence(header, options) : undefined;
      if (!info) {
        // Not a fence to PyMdown (no closing fence, or a header no entry accepts): the lines
        // are paragraph text, where ``` ... ``` reads as one inline code span.
        // (One that never closes right below a paragraph was joined to it by core: joinUnclosedFences.)
        const { paragraphs, before, after } = joinText(parent.children, index, asText(raw, marker, node));
        parent.children.splice(index - before, 1 + before + after, ...paragraphs);
        return index - before + paragraphs.length;
      }
      const format = info.custom?.format;
      if (format?.kind === 'markdown-exec') {
        // markdown-exec would run the code and show its output; we cannot run Python, so the
        // block is what it would be without markdown-exec: its source, highlighted. Said once per page.
        if (!notRun) {
          notRun = true;
          file.message(`Code block \`${info.lang}\` asks markdown-exec to run it (\`exec\`): the code is not executed here; its source is shown highlighted instead of its output`, {
            place: node.position,
            ruleId: 'markdown-exec-not-run',
            source: 'markdown-exec',
          });
        }
        const value = options.preserveTabs ? node.value : expandTabs(node.value, (node.position?.start.column ?? 1) - 1);
        parent.children[index] = { type: 'superFence', info: { ...info, custom: undefined }, value, custom: undefined, count: count++, position: node.position };
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
      const value = options.preserveTabs ? node.value : expandTabs(node.value, (node.position?.start.column ?? 1) - 1);
      parent.children[index] = { type: 'superFence', info, value, custom: info.custom, count: info.custom ? -1 : count++, position: node.position };
      return CONTINUE;
    });
    for (const fence of indented) fence.count = count++;
    visit(tree, (node) => {
      if (!('children' in node) || !node.children.some((child) => child.type === 'superFence')) return;
      fenceHeadings(node.children, source);
      joinParagraphRuns(node.children, FENCE_LINES);
    });
  };
}

/** The lines as Python-Markdown reads them: paragraphs split at blank lines, ``` ... ``` in one of them a code span. */
function asText(raw: string, marker: string, node: Code): Paragraph[] {
  const text = raw.split('\n').map((line, number) => (number === 0 ? line : line.replace(/^[ \t>]*/, ''))).join('\n');
  return text
    .split(/\n[ \t]*\n/)
    .filter((part) => part.trim() !== '')
    .map((part): Paragraph => {
      const ticks = /^`+/.exec(part)?.[0] ?? '';
      const closing = new RegExp(`(?<!\`)${ticks}\\s*$`);
      let children: PhrasingContent[] = [{ type: 'text', value: part.replace(/\n+$/, '') }];
      if (marker === '`' && ticks !== '' && closing.test(part) && part.length > ticks.length * 2) {
        const value = part.slice(ticks.length).replace(closing, '').trim();
        // Python-Markdown keeps line breaks in code spans (CommonMark turns them into spaces).
        children = [{ type: 'inlineCode', value, data: { hChildren: [{ type: 'text', value }] } }];
      }
      return { type: 'paragraph', children, position: node.position };
    });
}

/**
 * The fence's lines belong to the text block around them in Python-Markdown: a paragraph right
 * above (no blank line between) takes the first part, one right below joins the last
 * (`> a\n> ```` is one paragraph). `before` / `after`: how many neighbours were merged in.
 */
function joinText(siblings: readonly RootContent[], index: number, parts: Paragraph[]): { paragraphs: Paragraph[]; before: number; after: number } {
  const fence = siblings[index];
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  const paragraphs = [...parts];
  const first = paragraphs[0];
  if (!fence || !first) return { paragraphs, before: 0, after: 0 };
  let before = 0;
  let after = 0;
  if (previous?.type === 'paragraph' && lineAfter(previous, fence)) {
    previous.children.push({ type: 'text', value: '\n' }, ...first.children);
    if (previous.position && first.position) previous.position = { start: previous.position.start, end: first.position.end };
    paragraphs[0] = previous;
    before = 1;
  }
  const last = paragraphs.at(-1);
  if (last && next?.type === 'paragraph' && lineAfter(fence, next)) {
    last.children.push({ type: 'text', value: '\n' }, ...next.children);
    if (last.position && next.position) last.position = { start: last.position.start, end: next.position.end };
    after = 1;
  }
  return { paragraphs, before, after };
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
  member: (node): node is RunMember => node.type === 'paragraph' || node.type === 'superFence',
  anchor: (node) => node.type === 'superFence',
};
