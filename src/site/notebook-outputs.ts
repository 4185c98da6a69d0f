/**
 * A code cell's saved outputs as nbconvert's `lab` template draws them (mkdocs-jupyter's
 * notebook.html.j2 extends it), so JupyterLab's class names and a site's CSS apply:
 *
 *   <div class="jp-OutputArea-child">
 *     <div class="jp-OutputPrompt jp-OutputArea-prompt">Out[2]:</div>
 *     <div class="jp-RenderedText jp-OutputArea-output jp-OutputArea-executeResult" data-mime-type="text/plain" tabindex="0"><pre>3</pre></div>
 *   </div>
 *
 * A rich output shows the first type of nbconvert's HTML priority it holds. Widgets and
 * JavaScript outputs need a kernel or the notebook's scripts: their text/plain fallback is shown.
 */
import { ansiToHtml } from './notebook-ansi.ts';
import { escapeAttribute } from './html-escape.ts';
import type { MimeBundle, NotebookOutput } from './notebook-read.ts';

/** nbconvert's HTMLExporter `display_data_priority`, without the two types that need a runtime here. */
const PRIORITY = ['text/html', 'text/markdown', 'image/svg+xml', 'text/latex', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'text/plain', 'application/json'] as const;

export interface OutputContext {
  /** Renders Markdown (a `text/markdown` output) with the site's renderer. */
  readonly markdown: (source: string) => string;
  /** `no_input`: nbconvert then leaves the output prompts out too. */
  readonly prompts: boolean;
  /** `highlight_extra_classes`, added to each output's classes as the plugin does. */
  readonly extraClasses: string;
}

export function outputHtml(output: NotebookOutput, context: OutputContext): string {
  const prompt = !context.prompts ? '' : `<div class="jp-OutputPrompt jp-OutputArea-prompt">${output.type === 'execute_result' && output.count !== null ? `Out[${output.count}]:` : ''}</div>`;
  return `<div class="jp-OutputArea-child${output.type === 'execute_result' ? ' jp-OutputArea-executeResult' : ''}">\n${prompt}${body(output, context)}\n</div>`;
}

function body(output: NotebookOutput, context: OutputContext): string {
  const classes = (own: string, extra = '') => escapeAttribute([own, 'jp-OutputArea-output', extra, context.extraClasses].filter((name) => name !== '').join(' '));
  if (output.type === 'stream') {
    const mime = output.name === 'stderr' ? 'application/vnd.jupyter.stderr' : 'text/plain';
    return `<div class="${classes('jp-RenderedText')}" data-mime-type="${mime}" tabindex="0">\n<pre>${ansiToHtml(output.text)}</pre>\n</div>`;
  }
  if (output.type === 'error') {
    const text = output.traceback.length > 0 ? output.traceback.join('\n') : `${output.ename}: ${output.evalue}`;
    return `<div class="${classes('jp-RenderedText')}" data-mime-type="application/vnd.jupyter.stderr" tabindex="0">\n<pre>${ansiToHtml(text)}</pre>\n</div>`;
  }
  const extra = output.type === 'execute_result' ? 'jp-OutputArea-executeResult' : '';
  const mime = PRIORITY.find((type) => output.data[type] !== undefined);
  if (mime === undefined) return `<div class="${classes('jp-RenderedText', extra)}" data-mime-type="text/plain"></div>`;
  return rich(mime, output.data, (own) => classes(own, extra), context);
}

function rich(mime: (typeof PRIORITY)[number], data: MimeBundle, classes: (own: string) => string, context: OutputContext): string {
  const value = data[mime] ?? '';
  switch (mime) {
    case 'text/html':
      // As nbconvert: the notebook's HTML as it is (its author's, like raw HTML in a page).
      return `<div class="${classes('jp-RenderedHTMLCommon jp-RenderedHTML')}" data-mime-type="text/html">\n${value}\n</div>`;
    case 'text/markdown':
      return `<div class="${classes('jp-RenderedHTMLCommon jp-RenderedMarkdown')}" data-mime-type="text/markdown">\n${context.markdown(value)}\n</div>`;
    case 'image/svg+xml':
      return `<div class="${classes('jp-RenderedSVG')}" data-mime-type="image/svg+xml">\n${value}\n</div>`;
    case 'text/latex':
      // Shown as written: arithmatex or a site's MathJax picks `$...$` up as on any page.
      return `<div class="${classes('jp-RenderedLatex')}" data-mime-type="text/latex">\n${escapeAttribute(value)}\n</div>`;
    case 'image/png':
    case 'image/jpeg':
    case 'image/gif':
    case 'image/webp': {
      const alt = data['text/plain']?.trim() || 'No description has been provided for this image';
      const base64 = base64Data(value);
      // Data that is not base64 would only make a broken image: its description is shown instead.
      if (base64 === undefined) return `<div class="${classes('jp-RenderedText')}" data-mime-type="text/plain" tabindex="0">\n<pre>${ansiToHtml(alt)}</pre>\n</div>`;
      return `<div class="${classes('jp-RenderedImage')}">\n<img alt="${escapeAttribute(alt)}" src="data:${mime};base64,${base64}">\n</div>`;
    }
    case 'text/plain':
    case 'application/json':
      return `<div class="${classes('jp-RenderedText')}" data-mime-type="${mime}" tabindex="0">\n<pre>${ansiToHtml(value)}</pre>\n</div>`;
  }
}

/** A notebook's base64 image data without its line breaks, or undefined when it is not base64 (so it never reaches an attribute). */
export function base64Data(value: string): string | undefined {
  return /^[A-Za-z0-9+/=\s]*$/.test(value) ? value.replace(/\s+/g, '') : undefined;
}
