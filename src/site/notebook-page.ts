/**
 * One notebook page of the render stage (mkdocs-jupyter): the `.ipynb` read, converted
 * (notebook-html.ts) and reported. What is wrong with a notebook is a warning at its file and
 * line where one is known (invalid JSON at its line, a cell's problem at the line its
 * `"cell_type"` is written on); a notebook that cannot be read at all is still a page, with a
 * notice, so the nav and links to it keep working.
 *
 *   renderNotebookPage(notebooks, 'guide/intro.ipynb', '/p/docs').result.title // 'Intro' (its first `#` heading)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCodeHighlighter, type CodeHighlighter, type Renderer, type RenderResult } from '../markdown/index.ts';
import type { JupyterSettings } from './jupyter.ts';
import type { SiteMessage } from './messages.ts';
import { convertNotebook } from './notebook-html.ts';
import { readNotebook } from './notebook-read.ts';
import { readPageSource } from './page-source.ts';
import { escapeText } from './html-escape.ts';

/** What a render thread keeps for its notebook pages: the settings, the renderer of Markdown cells and one highlighter. */
export interface NotebookPages {
  readonly settings: JupyterSettings;
  readonly renderer: Renderer;
  readonly highlight: CodeHighlighter;
}

export function notebookPages(settings: JupyterSettings, renderer: Renderer): NotebookPages {
  return { settings, renderer, highlight: createCodeHighlighter() };
}

export function renderNotebookPage(notebooks: NotebookPages, src: string, docsDir: string): { result: RenderResult; messages: SiteMessage[] } {
  const file = path.join(docsDir, src);
  const messages: SiteMessage[] = [];
  let text: string;
  try {
    const source = readPageSource(readFileSync(file));
    text = source.value;
    if (source.invalid) messages.push({ severity: 'warning', message: `invalid UTF-8 at byte ${source.invalid.offset}: the notebook is decoded with U+FFFD replacement characters`, file, line: source.invalid.line });
  } catch (cause) {
    const reason = `cannot read this notebook: ${cause instanceof Error ? cause.message : String(cause)}`;
    messages.push({ severity: 'warning', message: `${reason}; it is written with a notice instead`, file });
    return { result: noticePage(reason), messages };
  }
  const read = readNotebook(text);
  const cellLines = cellLineNumbers(text);
  for (const problem of read.problems) {
    const cell = /^cell (\d+)/.exec(problem.message)?.[1];
    messages.push({ severity: 'warning', message: problem.message, file, line: problem.line ?? (cell === undefined ? undefined : cellLines[Number(cell) - 1]), column: problem.column });
  }
  if (!read.notebook) {
    const reason = read.problems[0]?.message ?? 'not a notebook';
    messages[messages.length - 1] = { ...(messages.at(-1) ?? { severity: 'warning', file }), message: `${reason}; the page is written with a notice instead` };
    return { result: noticePage(reason), messages };
  }
  const converted = convertNotebook(read.notebook, {
    settings: notebooks.settings,
    highlight: notebooks.highlight,
    renderMarkdown: (source) => notebooks.renderer.render({ path: src, value: source }),
  });
  for (const message of converted.messages) {
    // A snippet's own file keeps its place; the cell's text has no line of its own in the JSON.
    const own = path.resolve(docsDir, message.file) !== file && message.file !== src;
    const where = own ? { file: path.resolve(docsDir, message.file), line: message.line, column: message.column } : { file, line: cellLines[message.cell - 1] };
    messages.push({ severity: message.severity, message: own ? message.message : `cell ${message.cell}${message.line === undefined ? '' : `, line ${message.line}`}: ${message.message}`, ...where });
  }
  return { result: { html: converted.html, toc: converted.toc, title: converted.title, meta: {}, includes: [...new Set(converted.includes)], absent: [...new Set(converted.absent)], ids: converted.ids, links: converted.links, messages: [] }, messages };
}

/**
 * The line each cell starts on: the n-th `"cell_type"` key of the file is cell n's (Jupyter writes
 * one key per line). Output data is JSON text inside strings, so its quotes are escaped and never match.
 */
function cellLineNumbers(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const match of text.matchAll(/"cell_type"\s*:/g)) {
    for (let i = from; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    from = match.index;
    lines.push(line);
  }
  return lines;
}

function noticePage(reason: string): RenderResult {
  const escaped = escapeText(reason);
  const html = `<div class="admonition failure"><p class="admonition-title">This notebook could not be shown</p><p>${escaped}</p></div>`;
  return { html, toc: [], title: undefined, meta: {}, includes: [], ids: [], links: [], messages: [] };
}
