/**
 * The block markup pymdownx.highlight + Pygments' HtmlFormatter produce, with Pygments' token
 * spans from our port of its lexers (pygments/); unknown languages are plain text, as in PyMdown.
 *
 * ```html
 * <div class="highlight"><span class="filename">a.sh</span><pre><span></span><code>ls<span class="w"> </span>-l
 * <span class="hll"><span class="nb">echo</span><span class="w"> </span><span class="nv">$x</span>
 * </span></code></pre></div>
 * ```
 * With line numbers, Pygments' table layout: numbers in `td.linenos`, code in `td.code`.
 * `line_spans` / `line_anchors` wrap each line in `<span id>` / prefix it with `<a id name>`,
 * numbered per page by `count` (Pygments' `code_block_count`).
 */
import type { Element, ElementContent } from 'hast';
import type { HighlightOptions } from './highlight-options.ts';
import { lexerFor, type LexerLookup } from './pygments/lexers/index.ts';
import { tokenLines } from './pygments/token-lines.ts';

export interface HighlightRequest {
  readonly source: string;
  readonly lang: string;
  readonly classes: readonly string[];
  readonly id: string | undefined;
  readonly title: string | undefined;
  /** 1-based line numbers (relative to the code, not to linenums) to wrap in `span.hll`. */
  readonly highlighted: ReadonlySet<number>;
  readonly linenums: { readonly start: number; readonly step: number; readonly special: number } | undefined;
  /** Index of this highlighted block on the page, from 0. */
  readonly count: number;
}

export function highlightBlock(request: HighlightRequest, options: HighlightOptions, lexers: LexerLookup): Element {
  if (!options.usePygments) return plainBlock(request, options);
  const lines = tokenLines(request.source, lexerFor(lexers, request.lang));
  const start = request.linenums?.start ?? 1;
  const anchors = options.lineAnchors ? `${options.lineAnchors}-${request.count}` : '';
  const spans = options.lineSpans ? `${options.lineSpans}-${request.count}` : '';
  const content = merge(lines.map((line, index) => codeLine(line, index, start + index, request, anchors, spans)));
  const pre = element('pre', {}, [element('span', {}, []), element('code', {}, content)]);
  const properties: Element['properties'] = { className: [...request.classes, options.cssClass].filter((name) => name !== '') };
  if (request.id !== undefined) properties['id'] = request.id;
  const title = request.title ? [element('span', { className: ['filename'] }, [text(request.title)])] : [];
  if (!request.linenums) return element('div', properties, [...title, pre]);
  const rows: Element[] = [];
  if (title.length > 0) rows.push(element('tr', {}, [element('th', { colSpan: 2, className: ['filename'] }, title)]));
  const numbers = element('pre', {}, [element('span', {}, []), ...lineNumbers(lines.length, request.linenums, options.anchorLinenums ? anchors : '')]);
  rows.push(element('tr', {}, [
    element('td', { className: ['linenos'] }, [element('div', { className: ['linenodiv'] }, [numbers])]),
    element('td', { className: ['code'] }, [element('div', {}, [pre])]),
  ]));
  return element('div', properties, [element('table', { className: ['highlighttable'] }, rows)]);
}

/** One line: `[<span id>][<a id name>][<span class="hll">]tokens\n`. */
function codeLine(line: ElementContent[], index: number, number: number, request: HighlightRequest, anchors: string, spans: string): ElementContent[] {
  let content: ElementContent[] = [...line, text('\n')];
  if (request.highlighted.has(index + 1)) content = [element('span', { className: ['hll'] }, content)];
  if (anchors) {
    const id = `${anchors}-${number}`;
    // Without a number column to click, the anchor links to itself (Pygments' lineanchors).
    const properties: Element['properties'] = request.linenums ? { id, name: id } : { id, name: id, href: `#${id}` };
    content = [element('a', properties, []), ...content];
  }
  if (spans) content = [element('span', { id: `${spans}-${number}` }, content)];
  return content;
}

/** Pygments' table line numbers: right-aligned, blank off-step, `special` every N lines. */
function lineNumbers(count: number, linenums: NonNullable<HighlightRequest['linenums']>, anchors: string): ElementContent[] {
  const { start, step, special } = linenums;
  const width = String(start + count - 1).length;
  const out: ElementContent[] = [];
  for (let number = start; number < start + count; number++) {
    const shown = number % step === 0;
    const label = shown ? String(number).padStart(width, ' ') : ' '.repeat(width);
    const className = special > 0 && number % special === 0 ? 'special' : 'normal';
    const inner: ElementContent = shown && anchors ? element('a', { href: `#${anchors}-${number}` }, [text(label)]) : text(label);
    if (number > start) out.push(text('\n'));
    out.push(element('span', { className: [className] }, [inner]));
  }
  return out;
}

/** `use_pygments: false`: `<pre class="highlight"><code class="language-x">` for a JavaScript highlighter, source as is. */
function plainBlock(request: HighlightRequest, options: HighlightOptions): Element {
  const classes = [...(request.lang ? [`language-${request.lang}`] : []), ...request.classes];
  const code: Element['properties'] = classes.length > 0 ? { className: classes } : {};
  if (request.id !== undefined) code['id'] = request.id;
  return element('pre', options.cssClass ? { className: [options.cssClass] } : {}, [element('code', code, [text(request.source)])]);
}

/** Joins neighbouring text nodes, so the code is one text node where nothing is highlighted. */
function merge(lines: ElementContent[][]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of lines.flat()) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else out.push(node);
  }
  return out;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
