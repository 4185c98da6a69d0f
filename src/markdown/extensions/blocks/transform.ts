/**
 * Turns each generic `blockFence` into the elements of its block type, in document order (tab
 * sets are numbered, captions grab the element before them, as in PyMdown), then fills the
 * target with the body in the block's `markdown` mode.
 *
 * `/// note\nHi\n///` -> `blockElement div.admonition.note > [blockElement p.admonition-title > 'Note', paragraph 'Hi']`
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { BlockInput, BlockKind, BlockPage, ContentMode, ElementNode } from './kind.ts';
import type { BlockFence } from './mdast.ts';
import { readOptionLines, validateOptions } from './options.ts';
import { feedOpenBlocks } from './hungry.ts';
import { spillMarkdownElements } from './spill.ts';
import { hoistRoutedTabs } from './tab/routed.ts';

/** Python-Markdown's block-level tags that PyMdown parses as blocks (the rest is inline or raw). */
const BLOCK_TAGS = new Set([
  'article', 'aside', 'blockquote', 'body', 'canvas', 'center', 'colgroup', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'group', 'header', 'hgroup', 'html', 'iframe', 'main', 'map', 'menu', 'nav', 'noscript', 'object', 'ol', 'output',
  'progress', 'section', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'video',
]);
const RAW_TAGS = new Set(['canvas', 'math', 'option', 'pre', 'script', 'style', 'textarea', 'code']);

export interface BlocksTransformOptions {
  readonly kinds: ReadonlyMap<string, BlockKind>;
  /** Runs after every block is built (caption numbering). */
  readonly finish?: ReadonlyArray<(tree: Root, page: BlockPage) => void> | undefined;
}

/** The remark pass: every `blockFence` of the page becomes its block's elements. */
export function remarkBlocks(options: BlocksTransformOptions) {
  return (tree: Root, file: VFile): undefined => {
    const page: BlockPage = { file, counters: new Map(), figures: new Map() };
    const source = String(file.value);
    feedOpenBlocks(tree, source);
    // Only where `===` tabs and `/// tab` sets mix (the tab kind adopts `===` sets).
    if (options.kinds.get('tab')?.adopt) hoistRoutedTabs(tree, source);
    tree.children = build(tree.children, options.kinds, page, source);
    for (const step of options.finish ?? []) step(tree, page);
  };
}

function build(children: RootContent[], kinds: ReadonlyMap<string, BlockKind>, page: BlockPage, source: string): RootContent[] {
  const out: RootContent[] = [];
  const recurse = (body: RootContent[]): RootContent[] => build(body, kinds, page, source);
  for (const child of children) {
    if (child.type === 'blockFence') {
      placeBlock(child, out, kinds, page, source);
      continue;
    }
    if (adopted(child, out, kinds, recurse)) continue;
    if ('children' in child) child.children = build(child.children, kinds, page, source) as typeof child.children;
    out.push(child);
  }
  return out;
}

/** Whether a block kind took the node into its element before it (BlockKind.adopt). */
function adopted(node: RootContent, out: RootContent[], kinds: ReadonlyMap<string, BlockKind>, build: (body: RootContent[]) => RootContent[]): boolean {
  for (const kind of kinds.values()) if (kind.adopt?.(node, out, build) === true) return true;
  return false;
}

function placeBlock(node: BlockFence, out: RootContent[], kinds: ReadonlyMap<string, BlockKind>, page: BlockPage, source: string): void {
  const kind = kinds.get(node.name);
  const body = node.children.filter((child) => child.type !== 'blockFenceTitle');
  const titleNode = node.children.find((child) => child.type === 'blockFenceTitle');
  const given = readOptionLines(node.options);
  const options = given && kind ? validateOptions(given, kind.options) : undefined;
  const input: BlockInput | undefined = options ? { argument: node.argument, title: titleNode?.type === 'blockFenceTitle' ? titleNode.children : [], options } : undefined;
  if (!kind || !input) {
    page.file.message(`Invalid options for the \`/// ${node.name}\` block: PyMdown leaves it as text; check its option lines and argument`, {
      place: node.position,
      ruleId: 'blocks-invalid',
      source: 'pymdownx.blocks',
    });
    out.push(...asText(node, build(body, kinds, page, source), source));
    return;
  }
  const instance = kind.create(input, out, page);
  applyAttributes(instance.element, instance.attrs ?? options?.get('attrs'));
  const mode = resolveMode(instance.mode, instance.target.tagName);
  const content = build(mode === 'block' ? spillMarkdownElements(body) : body, kinds, page, source);
  if (mode === 'block') instance.target.children.push(...content);
  else if (mode === 'inline') instance.target.children.push(...inline(content, source, node.bodyEnd ?? source.length));
  else instance.target.raw = { value: dedent(rawBody(node, source)), html: mode === 'html' };
  instance.end?.();
}

/** PyMdown's `auto`: block tags parse blocks, raw tags keep text, any other tag parses inline. */
function resolveMode(mode: ContentMode, tagName: string): Exclude<ContentMode, 'auto'> {
  if (mode !== 'auto') return mode;
  const tag = tagName.toLowerCase();
  if (RAW_TAGS.has(tag)) return tag === 'script' || tag === 'style' ? 'html' : 'raw';
  return BLOCK_TAGS.has(tag) ? 'block' : 'inline';
}

/** `attrs`: classes join the element's own, other attributes replace. */
function applyAttributes(element: ElementNode, attrs: unknown): void {
  if (!Array.isArray(attrs)) return;
  for (const entry of attrs) {
    if (!Array.isArray(entry)) continue;
    const [key, value] = entry;
    if (typeof key !== 'string') continue;
    const existing = element.attributes.find(([name]) => name === key);
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    if (key === 'class' && existing) existing[1] = [...existing[1].split(' ').filter((name) => name !== ''), text].join(' ');
    else if (existing) existing[1] = text;
    else element.attributes.push([key, text]);
  }
}

/**
 * Inline mode: PyMdown parses the body's text with inline patterns only, so paragraphs become
 * one run (blank lines kept) and other blocks (`- a`) stay as the text they were written as.
 */
function inline(content: RootContent[], source: string, bodyEnd: number): RootContent[] {
  const out: RootContent[] = [];
  for (const child of content) {
    if (out.length > 0) out.push({ type: 'text', value: '\n\n' });
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (child.type === 'paragraph') out.push(...child.children);
    else if (child.type !== 'blockElement' && start !== undefined && end !== undefined) {
      // The flow saw the closing line as blank, so a block may reach over it: stop at the body's end.
      const written = source.slice(start, Math.min(end, bodyEnd)).replace(/\n+$/, '');
      // A `<div markdown>` block is raw HTML to inline patterns: md_in_html's stash placeholder
      // comes back as the tags and text as written, nothing parsed.
      if (child.type === 'mdInHtml') out.push({ type: 'html', value: written });
      else out.push(codeSpan(written) ?? { type: 'text', value: written });
    } else out.push(child);
  }
  return out;
}

/** A ``` fence read as inline text is one code span, as Python-Markdown's backtick pattern reads it. */
function codeSpan(written: string): RootContent | undefined {
  const ticks = /^`{3,}/.exec(written)?.[0];
  if (ticks === undefined || !written.endsWith(ticks) || written.length < ticks.length * 2) return undefined;
  const value = written.slice(ticks.length, -ticks.length).trim();
  // Python-Markdown keeps line breaks in code spans (CommonMark turns them into spaces).
  return { type: 'inlineCode', value, data: { hChildren: [{ type: 'text', value }] } };
}

/** The body as written, between the header (and options) and the closing line. */
function rawBody(node: BlockFence, source: string): string {
  if (node.bodyStart === undefined || node.bodyEnd === undefined || node.bodyEnd <= node.bodyStart) return '';
  return source.slice(node.bodyStart, node.bodyEnd).replace(/^\r?\n/, '').replace(/^\n+|\n+$/g, '');
}

/** PyMdown's `Block.dedent`: remove the common indent, at most tab_length (4). */
function dedent(text: string): string {
  const indents = [...text.matchAll(/^( *)[^ \n]/gm)].map((match) => match[1]?.length ?? 0);
  const cut = Math.min(4, ...indents);
  return text.replace(/^( *)($)?/gm, (_match, spaces: string, end: string | undefined) => (end !== undefined ? '' : spaces.slice(cut)));
}

/**
 * An invalid block stays text, as PyMdown leaves it: the header and option lines join the
 * paragraph right below them, the closing line the paragraph right above it.
 */
function asText(node: BlockFence, body: RootContent[], source: string): RootContent[] {
  const start = node.position?.start.offset;
  if (start === undefined || node.bodyStart === undefined) return body;
  const headerEndLine = lineOf(source, node.bodyStart);
  const header: Paragraph = { type: 'paragraph', children: headerText(node, source, start, node.bodyStart) };
  const out: RootContent[] = [header, ...body];
  const first = body[0];
  let headerEnd = headerEndLine;
  if (first?.type === 'paragraph' && first.position?.start.line === headerEndLine + 1) {
    header.children.push({ type: 'text', value: '\n' }, ...first.children);
    out.splice(1, 1);
    headerEnd = first.position.end.line;
  }
  if (node.closed && node.bodyEnd !== undefined) {
    const lineEnd = source.indexOf('\n', node.bodyEnd);
    const close = source.slice(node.bodyEnd, lineEnd === -1 ? undefined : lineEnd);
    const closeLine = lineOf(source, node.bodyEnd);
    const last = out.at(-1);
    const lastEnd = last === header ? headerEnd : last?.position?.end.line;
    if (last?.type === 'paragraph' && lastEnd === closeLine - 1) last.children.push({ type: 'text', value: `\n${close}` });
    else out.push({ type: 'paragraph', children: [{ type: 'text', value: close }] });
  }
  return out;
}

/**
 * The header and option lines as the paragraph's text: written as they are, but the argument
 * with its inline Markdown read (`/// tab | Tab \`x\`` keeps its code span), as Python-Markdown
 * reads the whole paragraph. The option lines are taken as the block read them, not from the
 * source: in a quote or a list, the source's lines begin with the container's `> ` or indent.
 */
function headerText(node: BlockFence, source: string, start: number, end: number): PhrasingContent[] {
  const lineEnd = source.indexOf('\n', start);
  const headerEnd = lineEnd === -1 || lineEnd > end ? end : lineEnd;
  const options = node.options.map((line) => `\n${line}`).join('');
  const title = node.children.find((child) => child.type === 'blockFenceTitle');
  const from = title?.position?.start.offset;
  const to = title?.position?.end.offset;
  if (title?.type !== 'blockFenceTitle' || from === undefined || to === undefined || from < start || to > headerEnd) return [{ type: 'text', value: `${source.slice(start, headerEnd)}${options}` }];
  return [{ type: 'text', value: source.slice(start, from) }, ...title.children, { type: 'text', value: `${source.slice(to, headerEnd)}${options}` }];
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) line++;
  return line;
}
