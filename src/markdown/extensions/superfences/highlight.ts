/**
 * The block markup pymdownx.highlight + Pygments' HtmlFormatter produce, with Pygments' token
 * spans from our port of its lexers (pygments/); unknown languages are plain text, as in PyMdown.
 *
 * ```html
 * <div class="highlight"><span class="filename">a.sh</span><pre><span></span><code>ls<span class="w"> </span>-l
 * <span class="hll"><span class="nb">echo</span><span class="w"> </span><span class="nv">$x</span>
 * </span></code></pre></div>
 * ```
 * Line numbers (line-numbers.ts) go in a table or in front of each line; `line_spans` /
 * `line_anchors` wrap each line in `<span id>` / prefix it with `<a id name>`, named after the
 * block's id or its index on the page (Pygments' `code_block_count`).
 */
import type { Element, ElementContent } from 'hast';
import { element, text } from './hast.ts';
import type { HighlightOptions } from './highlight-options.ts';
import { inlineNumber, tableNumbers, type Linenums } from './line-numbers.ts';
import { plainBlock } from './plain.ts';
import { lexerFor, type LexerLookup } from './pygments/lexers/index.ts';
import type { Lexer } from './pygments/regex-lexer.ts';
import { guessLanguage } from './pygments/guess-on-demand.ts';
import { tokenLines } from './pygments/token-lines.ts';
import { restyle, STYLES } from './pygments/styles.ts';

export interface HighlightRequest {
  readonly source: string;
  readonly lang: string;
  readonly classes: readonly string[];
  readonly id: string | undefined;
  /** The fence's `title`; undefined when none was written (auto_title may give one). */
  readonly title: string | undefined;
  /** 1-based line numbers (relative to the code, not to linenums) to wrap in `span.hll`. */
  readonly highlighted: ReadonlySet<number>;
  readonly linenums: Linenums | undefined;
  /** Index of this highlighted block on the page, from 0. */
  readonly count: number;
  /** Attributes from the `{...}` header (only `data-*` ones are written on highlighted blocks). */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** An indented code block: pymdownx.highlight's treeprocessor gives those no line anchors or spans. */
  readonly indented?: boolean | undefined;
}

/** Pygments' display name for an alias (lowercase), undefined when Pygments has no such lexer. */
export interface LexerNames {
  get(alias: string): string | undefined;
}

export function highlightBlock(request: HighlightRequest, options: HighlightOptions, lexers: LexerLookup, names: LexerNames): Element {
  const language = request.lang || options.defaultLang;
  if (!options.usePygments) return plainBlock({ ...request, lang: language }, options);
  const { lexer, name, title: lexerTitle } = resolveLexer(request.lang, request.source, options, lexers, names);
  const classes = [...(options.pygmentsLangClass ? [`${options.languagePrefix}${name}`] : []), ...request.classes];
  const lines = tokenLines(request.source, lexer, options.stripnl);
  const linenums = request.linenums;
  const blockId = request.id ?? String(request.count);
  const lineIds = request.indented !== true;
  const anchors = options.lineAnchors && lineIds ? `${options.lineAnchors}-${blockId}` : '';
  const spans = options.lineSpans && lineIds ? `${options.lineSpans}-${blockId}` : '';
  // Pygments links numbers to the line anchors, or to the line spans when there are none.
  const numberLinks = options.anchorLinenums && lineIds ? anchors || spans : '';
  const start = linenums?.start ?? 1;
  // noclasses: each token's inline style (a style we have not ported keeps the classes: its notes say so).
  const style = options.noclasses ? STYLES[options.pygmentsStyle] : undefined;
  const content = merge(
    lines.map((line, index) => {
      let parts: ElementContent[] = [...(style ? restyle(line, style) : line), text('\n')];
      if (linenums && options.linenumsStyle !== 'table') parts = [inlineNumber(start + index, lines.length, linenums, options.linenumsStyle, numberLinks, style), ...parts];
      if (request.highlighted.has(index + 1)) parts = [style ? element('span', { style: `background-color: ${style.highlight}` }, parts) : element('span', { className: ['hll'] }, parts)];
      if (anchors) {
        const id = `${anchors}-${start + index}`;
        // Without line numbers to click, the anchor links to itself (Pygments' lineanchors).
        parts = [element('a', linenums ? { id, name: id } : { id, name: id, href: `#${id}` }, []), ...parts];
      }
      if (spans) parts = [element('span', { id: `${spans}-${start + index}` }, parts)];
      return parts;
    }),
  );
  const pre = element('pre', style ? { style: 'line-height: 125%;' } : {}, [element('span', {}, []), element('code', {}, content)]);
  const properties: Element['properties'] = {};
  if (request.id !== undefined) properties['id'] = request.id;
  properties['className'] = [...classes, options.cssClass].filter((className) => className !== '');
  if (style) properties['style'] = `background: ${style.background}`;
  for (const [key, value] of request.attributes) if (key.startsWith('data-')) properties[key] = value;
  const title = blockTitle(request.title, lexerTitle, options);
  const filename = title ? [element('span', { className: ['filename'] }, [text(title)])] : [];
  if (!linenums || options.linenumsStyle !== 'table') return element('div', properties, [...filename, pre]);
  const rows: Element[] = [];
  if (title) rows.push(element('tr', {}, [element('th', { colSpan: 2, className: ['filename'] }, filename)]));
  const numbers = element('pre', {}, [element('span', {}, []), ...tableNumbers(lines.length, linenums, numberLinks, style)]);
  rows.push(element('tr', {}, [
    element('td', { className: ['linenos'] }, [element('div', { className: ['linenodiv'] }, [numbers])]),
    element('td', { className: ['code'] }, [element('div', {}, [pre])]),
  ]));
  return element('div', properties, [element('table', { className: [`${options.cssClass}table`] }, rows)]);
}

/**
 * pymdownx.highlight's get_lexer: `extend_pygments_lang` aliases first, then the named lexer,
 * then (with guess_lang) a guessed one, else default_lang or `text`. `name` is what
 * `pygments_lang_class` shows, `title` the lexer's display name. A lexer Pygments has but we
 * have not ported keeps its name and title; only its tokens are plain text.
 */
function resolveLexer(language: string, source: string, options: HighlightOptions, lexers: LexerLookup, names: LexerNames): { lexer: Lexer; name: string; title: string } {
  const extended = options.extendedLanguages.get(language.toLowerCase());
  const alias = (extended?.lang ?? language).toLowerCase();
  const named = language ? lexers(alias) : undefined;
  // `extend_pygments_lang` options are Pygments lexer options (`startinline` for PHP).
  const found = extended && named?.withOptions ? named.withOptions(extended.options) : named;
  if (found) return { lexer: found, name: language, title: found.name };
  const known = language ? names.get(alias) : undefined;
  if (known !== undefined) return { lexer: lexerFor(lexers, 'text'), name: language, title: known };
  const guessed = options.guessBlock ? guessLanguage(source, (name) => lexers(name) !== undefined || names.get(name.toLowerCase()) !== undefined) : undefined;
  if (guessed !== undefined) {
    const lexer = lexerFor(lexers, guessed);
    return { lexer, name: guessed, title: names.get(guessed.toLowerCase()) ?? lexer.name };
  }
  const fallback = (options.defaultLang || 'text').toLowerCase();
  const lexer = lexerFor(lexers, fallback);
  const knownFallback = lexers(fallback) !== undefined || names.get(fallback) !== undefined;
  return { lexer, name: knownFallback ? fallback : 'text', title: names.get(knownFallback ? fallback : 'text') ?? lexer.name };
}

/** The fence's title, or with `auto_title` the lexer's name in title case (mapped by auto_title_map). */
function blockTitle(title: string | undefined, lexerName: string, options: HighlightOptions): string {
  if (title !== undefined) return title.trim();
  if (!options.autoTitle) return '';
  const name = lexerName
    .split(/\s+/)
    // Python's `w.title() if w.islower() else w`: every run of letters capitalized (`c++`, `objective-C`).
    .map((word) => (word === word.toLowerCase() ? word.replace(/\p{L}+/gu, (run) => run.charAt(0).toUpperCase() + run.slice(1)) : word))
    .join(' ');
  return options.autoTitleMap.get(name) ?? name;
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
