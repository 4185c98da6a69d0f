/**
 * Pygments' line numbers, as HtmlFormatter writes them (pymdownx.highlight's `linenums_style`):
 * `table` puts them in their own cell (`td.linenos`), `inline` in front of each line
 * (`<span class="linenos"> 9</span>`), and `pymdownx-inline` moves the number into an attribute
 * so copying the code leaves it out (`<span class="linenos" data-linenos=" 9 "></span>`).
 * Numbers are right-aligned to the widest, blank off-step, `special` every N lines.
 */
import type { ElementContent } from 'hast';
import { element, text } from './hast.ts';
import type { LinenumsStyle } from './highlight-options.ts';
import type { PygmentsStyle } from './pygments/styles.ts';

export interface Linenums {
  readonly start: number;
  readonly step: number;
  readonly special: number;
}

function label(number: number, width: number, step: number): string {
  return number % step === 0 ? String(number).padStart(width, ' ') : ' '.repeat(width);
}

function isSpecial(number: number, special: number): boolean {
  return special > 0 && number % special === 0;
}

/** HtmlFormatter's number span with noclasses: the style's line-number colours, inline. */
export function numberStyle(style: PygmentsStyle, special: boolean): string {
  const colours = special ? style.lineNumberSpecial : style.lineNumber;
  return `color: ${colours.color}; background-color: ${colours.background}; padding-left: 5px; padding-right: 5px;`;
}

/** The `<pre>` content of the table's number cell; `anchor` links each number to its line; `style`: noclasses. */
export function tableNumbers(count: number, linenums: Linenums, anchor: string, style?: PygmentsStyle): ElementContent[] {
  const { start, step, special } = linenums;
  const width = String(start + count - 1).length;
  const out: ElementContent[] = [];
  for (let number = start; number < start + count; number++) {
    const shown = number % step === 0;
    const value = label(number, width, step);
    const inner: ElementContent = shown && anchor ? element('a', { href: `#${anchor}-${number}` }, [text(value)]) : text(value);
    if (number > start) out.push(text('\n'));
    const properties = style ? { style: numberStyle(style, isSpecial(number, special)) } : { className: [isSpecial(number, special) ? 'special' : 'normal'] };
    out.push(element('span', properties, [inner]));
  }
  return out;
}

/**
 * The number in front of one line (inline styles), wrapped in a link when `anchor` is set. With
 * noclasses (`colours`), both inline styles are Pygments' own span, its colours inline.
 */
export function inlineNumber(number: number, count: number, linenums: Linenums, style: Exclude<LinenumsStyle, 'table'>, anchor: string, colours?: PygmentsStyle): ElementContent {
  const width = String(linenums.start + count - 1).length;
  const value = label(number, width, linenums.step);
  const className = isSpecial(number, linenums.special) ? ['linenos', 'special'] : ['linenos'];
  const span = colours
    ? element('span', { style: numberStyle(colours, isSpecial(number, linenums.special)) }, [text(value)])
    : style === 'inline' ? element('span', { className }, [text(value)]) : element('span', { className, dataLinenos: `${value} ` }, []);
  return anchor ? element('a', { href: `#${anchor}-${number}` }, [span]) : span;
}
