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

/** The `<pre>` content of the table's number cell; `anchor` links each number to its line. */
export function tableNumbers(count: number, linenums: Linenums, anchor: string): ElementContent[] {
  const { start, step, special } = linenums;
  const width = String(start + count - 1).length;
  const out: ElementContent[] = [];
  for (let number = start; number < start + count; number++) {
    const shown = number % step === 0;
    const value = label(number, width, step);
    const inner: ElementContent = shown && anchor ? element('a', { href: `#${anchor}-${number}` }, [text(value)]) : text(value);
    if (number > start) out.push(text('\n'));
    out.push(element('span', { className: [isSpecial(number, special) ? 'special' : 'normal'] }, [inner]));
  }
  return out;
}

/** The number in front of one line (inline styles), wrapped in a link when `anchor` is set. */
export function inlineNumber(number: number, count: number, linenums: Linenums, style: Exclude<LinenumsStyle, 'table'>, anchor: string): ElementContent {
  const width = String(linenums.start + count - 1).length;
  const value = label(number, width, linenums.step);
  const className = isSpecial(number, linenums.special) ? ['linenos', 'special'] : ['linenos'];
  const span = style === 'inline' ? element('span', { className }, [text(value)]) : element('span', { className, dataLinenos: `${value} ` }, []);
  return anchor ? element('a', { href: `#${anchor}-${number}` }, [span]) : span;
}
