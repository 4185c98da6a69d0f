/**
 * CodeHilite.hilite as hast: Pygments' HtmlFormatter markup for codehilite (`cssclass`
 * `codehilite`, `wrapcode`, the `table` line-number layout), or without Pygments
 * `<pre class="codehilite"><code class="language-x">`.
 *
 * ```html
 * <div class="codehilite"><pre><span></span><code><span class="c1"># hi</span>
 * </code></pre></div>
 * ```
 * With numbers: `<table class="codehilitetable">` holding `td.linenos` (`span.normal` per line,
 * right-aligned) and `td.code`.
 */
import type { Element, ElementContent } from 'hast';
import { guessLanguage } from '../superfences/pygments/guess-on-demand.ts';
import { lexerFor, type LexerLookup } from '../superfences/pygments/lexers/index.ts';
import { tokenLines } from '../superfences/pygments/token-lines.ts';
import { parseHeader } from './header.ts';
import type { CodehiliteOptions } from './options.ts';
import { joinText, restyle, STYLES, type PygmentsStyle } from '../superfences/pygments/styles.ts';

export interface HiliteRequest {
  readonly source: string;
  /** The fence's language; undefined lets an indented block's `:::lang` / `#!lang` line name it. */
  readonly lang: string | undefined;
  readonly hlLines: readonly number[];
  /** Indented blocks only: read a `:::lang` / `#!lang` first line (fences never do). */
  readonly shebang: boolean;
}

export function hilite(request: HiliteRequest, options: CodehiliteOptions, lexers: LexerLookup): Element {
  let source = request.source.replace(/^\n+|\n+$/g, '');
  let lang = request.lang;
  let linenums = options.linenums;
  let hlLines = request.hlLines;
  if (lang === undefined && request.shebang) {
    const header = parseHeader(source);
    if (header.lang !== undefined) {
      ({ source, lang } = header);
      hlLines = header.hlLines;
      if (linenums === undefined && header.shebang) linenums = true;
    }
  }
  if (!options.usePygments) return plain(source, lang, linenums === true, options);
  const lines = tokenLines(source, lexerFor(lexers, lexerName(source, lang, options, lexers)));
  const highlighted = new Set(hlLines);
  const code: ElementContent[] = [];
  lines.forEach((line, index) => {
    const content: ElementContent[] = [...line, text('\n')];
    if (highlighted.has(index + 1)) code.push(element('span', { className: ['hll'] }, content));
    else code.push(...content);
  });
  // noclasses: Pygments' inline styles instead of classes, when we have the style's table.
  const style = options.noclasses ? STYLES[options.pygmentsStyle] : undefined;
  const content = style ? restyle(joinText(code), style) : joinText(code);
  const pre = element('pre', style ? { style: 'line-height: 125%;' } : {}, [element('span', {}, []), element('code', {}, content)]);
  const classes = options.cssClass.split(/\s+/).filter(Boolean);
  const divProperties: Element['properties'] = style ? { className: classes, style: `background: ${style.background}` } : { className: classes };
  if (linenums !== true) return element('div', divProperties, [pre]);
  // Pygments appends `table` to the last class: `foo codehilite` -> `foo codehilitetable`.
  const tableClasses = classes.map((name, index) => (index === classes.length - 1 ? `${name}table` : name));
  const numbers = element('pre', style ? { style: 'line-height: 125%;' } : {}, lineNumbers(lines.length, options, style));
  const row = element('tr', {}, [
    element('td', { className: ['linenos'] }, [element('div', { className: ['linenodiv'] }, [numbers])]),
    element('td', { className: ['code'] }, [element('div', {}, [pre])]),
  ]);
  return element('div', divProperties, [element('table', { className: tableClasses }, [row])]);
}

/**
 * CodeHilite.hilite's lexer: the named one; where Pygments has no lexer by that name (or none
 * is named), with `guess_lang` the one guess_lexer picks, else `text`.
 */
function lexerName(source: string, lang: string | undefined, options: CodehiliteOptions, lexers: LexerLookup): string {
  const known = (name: string): boolean => lexers(name) !== undefined || lexers.pygmentsName(name) !== undefined;
  if (lang !== undefined && lang !== '' && known(lang)) return lang;
  return (options.guessLang ? guessLanguage(source, known) : undefined) ?? 'text';
}

/** Table numbers: padded to the widest, blank off-step, `special` every N lines. */
function lineNumbers(count: number, options: CodehiliteOptions, style: PygmentsStyle | undefined): ElementContent[] {
  const { linenostart: start, linenostep: step, linenospecial: special } = options;
  const width = String(start + count - 1).length;
  const out: ElementContent[] = [];
  for (let number = start; number < start + count; number++) {
    const label = number % step === 0 ? String(number).padStart(width, ' ') : ' '.repeat(width);
    if (number > start) out.push(text('\n'));
    const isSpecial = special > 0 && number % special === 0;
    const colours = style && (isSpecial ? style.lineNumberSpecial : style.lineNumber);
    const properties: Element['properties'] = colours
      ? { style: `color: ${colours.color}; background-color: ${colours.background}; padding-left: 5px; padding-right: 5px;` }
      : { className: [isSpecial ? 'special' : 'normal'] };
    out.push(element('span', properties, [text(label)]));
  }
  return out;
}

/** `use_pygments: false`: the code as is, for a JavaScript highlighter. */
function plain(source: string, lang: string | undefined, linenums: boolean, options: CodehiliteOptions): Element {
  const classes = [...(lang ? [`${options.langPrefix}${lang}`] : []), ...(linenums ? ['linenums'] : [])];
  return element('pre', { className: [options.cssClass] }, [element('code', classes.length > 0 ? { className: classes } : {}, [text(`${source}\n`)])]);
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
