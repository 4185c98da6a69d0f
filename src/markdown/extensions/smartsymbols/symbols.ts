/**
 * PyMdown's symbol table, in its registration order (all at one priority, so this is the order
 * in which the patterns scan the text): an earlier symbol's output is never rescanned.
 */

/** Python's `\b` next to a word character, Unicode-aware as `re` is on `str`. */
const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;

const FRACTIONS: Readonly<Record<string, string>> = {
  '1/4': '&frac14;', '1/2': '&frac12;', '3/4': '&frac34;', '1/3': '&#8531;', '2/3': '&#8532;',
  '1/5': '&#8533;', '2/5': '&#8534;', '3/5': '&#8535;', '4/5': '&#8536;', '1/6': '&#8537;',
  '5/6': '&#8538;', '1/8': '&#8539;', '3/8': '&#8540;', '5/8': '&#8541;', '7/8': '&#8542;',
};

const ARROWS: Readonly<Record<string, string>> = { '-->': '&rarr;', '<--': '&larr;', '<-->': '&harr;' };

export interface SmartSymbol {
  /** The option that switches it. */
  readonly option: string;
  readonly pattern: RegExp;
  /** The HTML that replaces a match. */
  readonly html: (match: RegExpExecArray) => string;
}

export const SYMBOLS: readonly SmartSymbol[] = [
  { option: 'trademark', pattern: /\(tm\)/gu, html: () => '&trade;' },
  { option: 'copyright', pattern: /\(c\)/gu, html: () => '&copy;' },
  { option: 'registered', pattern: /\(r\)/gu, html: () => '&reg;' },
  { option: 'plusminus', pattern: /\+\/-/gu, html: () => '&plusmn;' },
  { option: 'arrows', pattern: /<-{2}>|(?<!-)-{2}>|<-{2}(?!-)/gu, html: (m) => ARROWS[m[0]] ?? m[0] },
  { option: 'notequal', pattern: /=\/=/gu, html: () => '&ne;' },
  {
    option: 'fractions',
    pattern: /(?<!\d)(?:1\/4|1\/2|3\/4|1\/3|2\/3|1\/5|2\/5|3\/5|4\/5|1\/6|5\/6|1\/8|3\/8|5\/8|7\/8)(?!\d)/gu,
    html: (m) => FRACTIONS[m[0]] ?? m[0],
  },
  {
    option: 'ordinal_numbers',
    // `11th`, `12th`, `13th` take `th`; otherwise the last digit decides (`21st`, `102nd`).
    pattern: new RegExp(String.raw`${WORD_BEFORE}((?:[1-9][0-9]*)?)((?<=1)(?:1|2|3)th|1st|2nd|3rd|[04-9]th)${WORD_AFTER}`, 'gu'),
    html: (m) => `${m[1] ?? ''}${(m[2] ?? '').slice(0, -2)}<sup>${(m[2] ?? '').slice(1)}</sup>`,
  },
  { option: 'care_of', pattern: new RegExp(String.raw`${WORD_BEFORE}c/o${WORD_AFTER}`, 'gu'), html: () => '&#8453;' },
];
