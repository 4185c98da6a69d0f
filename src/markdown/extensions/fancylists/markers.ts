/**
 * fancylists' ordered markers for core's list construct (core/list-markers.ts): `1.` and `1)`,
 * roman numerals (`iv.`, `XII)`), letters (`b.`, `C)`) and the generic `#.`, each family
 * switchable through `additional_ordered_styles`. A single capital letter needs `)` or a dot
 * and two spaces (`A. Smith` is a name, `A.  Item` an item), as in PyMdown.
 */
import { asciiAlpha, asciiDigit } from 'micromark-util-character';
import type { OrderedMarkers } from '../../core/list-markers.ts';
import { codes } from 'micromark-util-symbol';


// PyMdown's numerals: repeats are capped loosely (up to ten) to tell them from letters.
const UPPER_ROMAN = /^(?=[IVXLCDM]{2})M*(?:C[MD]|D(?:C{0,4}|C{5})|C{0,10})(?:X[CL]|L(?:X{0,4}|X{5})|X{0,10})(?:I[XV]|V(?:I{0,4}|I{5})|I{0,10})$/;
const LOWER_ROMAN = /^(?=[ivxlcdm])m*(?:c[md]|d(?:c{0,4}|c{5})|c{0,10})(?:x[cl]|l(?:x{0,4}|x{5})|x{0,10})(?:i[xv]|v(?:i{0,4}|i{5})|i{0,10})$/;

export interface FancyStyles {
  readonly roman: boolean;
  readonly alpha: boolean;
  readonly generic: boolean;
}

/**
 * The styles `additional_ordered_styles` enables (default: all three). The generic `#.` needs
 * pymdownx.saneheaders: without it `#. x` is an ATX heading (Python-Markdown tries headings first).
 */
export function fancyStyles(options: Readonly<Record<string, unknown>>, saneheaders: boolean): FancyStyles {
  const raw = options['additional_ordered_styles'];
  const styles: readonly unknown[] = Array.isArray(raw) ? raw : ['roman', 'alpha', 'generic'];
  return { roman: styles.includes('roman'), alpha: styles.includes('alpha'), generic: saneheaders && styles.includes('generic') };
}

export function fancyMarkers(styles: FancyStyles): OrderedMarkers {
  return {
    starts: (code) => asciiDigit(code) || (styles.generic && code === codes.numberSign) || ((styles.roman || styles.alpha) && asciiAlpha(code)),
    continues: (code) => asciiDigit(code) || asciiAlpha(code) || code === codes.numberSign,
    accepts: (value, terminator) => {
      if (/^\d+$/.test(value) || (styles.generic && value === '#')) return 'yes';
      if (styles.roman && (UPPER_ROMAN.test(value) || LOWER_ROMAN.test(value))) return 'yes';
      if (styles.alpha && /^[a-z]$/.test(value)) return 'yes';
      const capital = styles.alpha ? /^[A-Z]$/ : styles.roman ? /^[IVXLCDM]$/ : undefined;
      if (capital?.test(value)) return terminator === ')' ? 'yes' : 'two-spaces';
      return 'no';
    },
  };
}
