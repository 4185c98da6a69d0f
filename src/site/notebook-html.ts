/**
 * mkdocs-jupyter's page body for a notebook: nbconvert's `lab` HTML inside the plugin's
 * `div.jupyter-wrapper` (its notebook.html.j2), built here without Python. Markdown cells go
 * through the site's renderer (its markdown_extensions, as a page), code cells through our
 * Pygments port, outputs as nbconvert draws them (notebook-outputs.ts). The title is the first
 * `#` heading of the Markdown cells (unless `ignore_h1_titles`), which stays in the body, as the
 * plugin leaves it; the ToC is every cell's headings, ids made unique across cells.
 *
 *   convertNotebook(readNotebook(text).notebook, { settings, renderMarkdown, highlight }).html
 *   // '<div class="jupyter-wrapper">\n<div class="jp-Notebook" …>\n<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell">…'
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { uniqueId, type CodeHighlighter, type PageLink, type RenderMessage, type RenderResult, type TocEntry } from '../markdown/index.ts';
import type { JupyterSettings } from './jupyter.ts';
import { escapeAttribute } from './html-escape.ts';
import { base64Data, outputHtml } from './notebook-outputs.ts';
import type { Notebook, NotebookCell } from './notebook-read.ts';

export interface NotebookConversion {
  readonly settings: Pick<JupyterSettings, 'ignoreH1Titles' | 'showInput' | 'noInput' | 'removeTags' | 'highlightExtraClasses' | 'tocDepth'>;
  /** The site's renderer on one piece of Markdown (a cell), as a page of the notebook's path. */
  readonly renderMarkdown: (source: string) => RenderResult;
  readonly highlight: CodeHighlighter;
}

/** A cell's message, with the cell it came from. */
export type CellMessage = RenderMessage & { readonly cell: number };

export interface ConvertedNotebook {
  readonly html: string;
  readonly toc: TocEntry[];
  readonly title: string | undefined;
  readonly ids: string[];
  readonly links: PageLink[];
  readonly includes: string[];
  /** Where the Markdown cells' missing snippets were looked for (RenderResult.absent). */
  readonly absent: string[];
  readonly messages: CellMessage[];
}

export function convertNotebook(notebook: Notebook, conversion: NotebookConversion): ConvertedNotebook {
  const { settings } = conversion;
  const used = new Set<string>();
  const headings: Array<{ level: number; id: string; name: string }> = [];
  const ids: string[] = [];
  const links: PageLink[] = [];
  const includes: string[] = [];
  const absent: string[] = [];
  const messages: CellMessage[] = [];
  let firstH1: string | undefined;
  // `inCell`: a Markdown cell, whose headings make the title and the ToC (a text/markdown output's do not, as with the plugin).
  const markdown = (source: string, cell: number, inCell: boolean): string => {
    // A blank line first: a cell opening with `---` is a thematic break, never front matter.
    const result = conversion.renderMarkdown(`\n${source}`);
    if (inCell) firstH1 ??= result.title;
    const renamed = uniqueIds(result, used);
    if (inCell) headings.push(...flatten(renamed.toc));
    ids.push(...renamed.ids);
    links.push(...result.links.map((link) => ({ href: link.href })));
    includes.push(...result.includes);
    absent.push(...(result.absent ?? []));
    for (const message of result.messages) messages.push({ ...message, line: message.line === undefined ? undefined : message.line - 1, cell });
    return renamed.html;
  };
  const language = /^ipython\d*$/i.test(notebook.language) ? 'python' : notebook.language.toLowerCase();
  const cells: string[] = [];
  for (const cell of notebook.cells) {
    if (hasTag(cell, settings.removeTags.cell)) continue;
    if (cell.kind === 'markdown') cells.push(markdownCell(withAttachments(markdown(cell.source, cell.number, true), cell), cell));
    else if (cell.kind === 'code') cells.push(codeCell(cell, language, conversion, (source) => markdown(source, cell.number, false)));
    // Raw cells are for other converters (LaTeX, reST): nbconvert's HTML leaves them out.
  }
  const title = settings.ignoreH1Titles ? undefined : firstH1;
  const body = `<div class="jupyter-wrapper">\n<div class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">\n${cells.join('\n')}\n</div>\n</div>`;
  return { html: body, toc: nest(headings.filter((heading) => heading.level <= settings.tocDepth)), title, ids, links, includes, absent, messages };
}

function markdownCell(html: string, cell: NotebookCell): string {
  return [
    `<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell${tagClasses(cell)}">`,
    '<div class="jp-Cell-inputWrapper">',
    '<div class="jp-InputArea jp-Cell-inputArea">',
    '<div class="jp-InputPrompt jp-InputArea-prompt"></div>',
    '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">',
    html,
    '</div>',
    '</div>',
    '</div>',
    '</div>',
  ].join('\n');
}

function codeCell(cell: NotebookCell, language: string, conversion: NotebookConversion, markdown: (source: string) => string): string {
  const { settings } = conversion;
  const showInput = settings.showInput && !settings.noInput && !hasTag(cell, settings.removeTags.input);
  const outputs = hasTag(cell, settings.removeTags.allOutputs) ? [] : cell.outputs.filter((output) => !output.tags.some((tag) => settings.removeTags.singleOutput.includes(tag)));
  const prompts = !settings.noInput;
  const classes = ['jp-Cell', 'jp-CodeCell', 'jp-Notebook-cell', ...(outputs.length === 0 ? ['jp-mod-noOutputs'] : []), ...(showInput ? [] : ['jp-mod-noInput'])];
  const parts = [`<div class="${classes.join(' ')}${tagClasses(cell)}">`];
  if (showInput) {
    // Our `highlight` class beside the plugin's own: the theme's code block look and token colours apply.
    const code = conversion.highlight(cell.source, language, ['highlight-ipynb', `hl-${language}`, 'highlight']);
    const count = cell.executionCount === null ? '&nbsp;' : String(cell.executionCount);
    parts.push(
      '<div class="jp-Cell-inputWrapper">',
      '<div class="jp-InputArea jp-Cell-inputArea">',
      prompts ? `<div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[${count}]:</div>` : '',
      '<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline">',
      cellToolbar(cell),
      '<div class="CodeMirror cm-s-jupyter">',
      code.html,
      '</div>',
      '</div>',
      '</div>',
      '</div>',
    );
  }
  if (outputs.length > 0) {
    const context = { markdown, prompts, extraClasses: settings.highlightExtraClasses };
    parts.push('<div class="jp-Cell-outputWrapper">', '<div class="jp-OutputArea jp-Cell-outputArea">', ...outputs.map((output) => outputHtml(output, context)), '</div>', '</div>');
  }
  parts.push('</div>');
  return parts.filter((part) => part !== '').join('\n');
}

/** The plugin's cell toolbar: a code cell's tags shown above its code. */
function cellToolbar(cell: NotebookCell): string {
  if (cell.tags.length === 0) return '';
  const tags = cell.tags.map((tag) => `<div class="button_container tags_button_container"><span class="tag-container"><span class="cell-tag">${escapeAttribute(tag)}</span></span></div>`);
  return `<div class="celltoolbar">${tags.join('')}</div>`;
}

/** nbconvert's `celltags` filter: ` celltag_<tag>` for each tag. */
function tagClasses(cell: NotebookCell): string {
  return cell.tags.map((tag) => ` celltag_${escapeAttribute(tag.replace(/\s+/g, '-'))}`).join('');
}

function hasTag(cell: NotebookCell, tags: readonly string[]): boolean {
  return cell.tags.some((tag) => tags.includes(tag));
}

/** `![x](attachment:plot.png)`: the cell's attachment, inlined as a data URL as nbconvert does. */
function withAttachments(html: string, cell: NotebookCell): string {
  let out = html;
  for (const [name, bundle] of Object.entries(cell.attachments)) {
    const mime = Object.keys(bundle).find((type) => type.startsWith('image/'));
    const data = mime === undefined ? undefined : bundle[mime];
    if (mime === undefined || data === undefined) continue;
    const base64 = mime === 'image/svg+xml' ? Buffer.from(data).toString('base64') : base64Data(data);
    if (base64 === undefined) continue;
    const url = escapeAttribute(`data:${mime};base64,${base64}`);
    for (const written of new Set([name, encodeURI(name)])) out = out.split(`src="attachment:${escapeAttribute(written)}"`).join(`src="${url}"`);
  }
  return out;
}

/**
 * Each cell is rendered alone, so two cells may both have a `#intro`: later ones are renamed as
 * Python-Markdown's toc `unique()` renames within a page (`intro_1`, `intro_2`), in the HTML
 * (ids and the `#` links to them) and the ToC.
 */
function uniqueIds(result: RenderResult, used: Set<string>): { html: string; ids: string[]; toc: TocEntry[] } {
  const renames = new Map<string, string>();
  for (const id of result.ids) {
    const next = uniqueId(id, used);
    if (next !== id) renames.set(id, next);
  }
  if (renames.size === 0) return { html: result.html, ids: result.ids, toc: result.toc };
  const tree = fromHtml(result.html, { fragment: true });
  const visit = (node: (typeof tree)['children'][number]): void => {
    if (node.type !== 'element') return;
    const id = node.properties['id'];
    if (typeof id === 'string' && renames.has(id)) node.properties['id'] = renames.get(id);
    const href = node.properties['href'];
    if (typeof href === 'string' && href.startsWith('#') && renames.has(href.slice(1))) node.properties['href'] = `#${renames.get(href.slice(1)) ?? ''}`;
    node.children.forEach(visit);
  };
  tree.children.forEach(visit);
  const rename = (entries: readonly TocEntry[]): TocEntry[] => entries.map((entry) => ({ ...entry, id: renames.get(entry.id) ?? entry.id, children: rename(entry.children) }));
  return { html: toHtml(tree), ids: result.ids.map((id) => renames.get(id) ?? id), toc: rename(result.toc) };
}

function flatten(entries: readonly TocEntry[]): Array<{ level: number; id: string; name: string }> {
  return entries.flatMap((entry) => [{ level: entry.level, id: entry.id, name: entry.name }, ...flatten(entry.children)]);
}

/** Python-Markdown's nest_toc_tokens: each heading under the last one of a lower level. */
function nest(headings: ReadonlyArray<{ level: number; id: string; name: string }>): TocEntry[] {
  const roots: TocEntry[] = [];
  const stack: TocEntry[] = [];
  for (const heading of headings) {
    const entry: TocEntry = { ...heading, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= heading.level) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.children.push(entry);
    else roots.push(entry);
    stack.push(entry);
  }
  return roots;
}
