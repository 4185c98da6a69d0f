/**
 * What kind of list an item's marker makes, PyMdown's `get_fancy_type`: `dot-decimal`,
 * `paren-alpha`, `dot-ROMAN`…, or `''` for a bullet. A letter that is also a numeral (`i`, `c`,
 * `V`) is read in the light of the list so far, and of whether the item starts a block.
 */
import type { FancyStyles } from './markers.ts';

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function romanToInt(numeral: string): number {
  const s = numeral.toUpperCase();
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = ROMAN_VALUES[s[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    if (value < next) {
      total += next - value;
      i++;
    } else total += value;
  }
  return total;
}

/**
 * @param marker the marker as written (`b.`, `iv)`, `-`)
 * @param first the item starts a block (first of the list, or after a blank line)
 * @param current the type of the list so far (`''` when none)
 */
export function fancyType(marker: string, first: boolean, current: string, styles: FancyStyles): string {
  const value = marker.slice(0, -1);
  const separator = marker.slice(-1);
  let type: string;
  if (separator === '.') type = 'dot-';
  else if (separator === ')') type = 'paren-';
  else return '';
  if (value === '#') return type + (current ? current.split('-').slice(1).join('-') : 'decimal');
  if (/^\d+$/.test(value)) return `${type}decimal`;
  if (value.length === 1 && /[a-zA-Z]/.test(value)) {
    const lower = value === value.toLowerCase();
    const [alpha, roman, numerals, one] = lower ? ['alpha', 'roman', 'ivxlcdm', 'i'] : ['ALPHA', 'ROMAN', 'IVXLCDM', 'I'];
    const inRoman = numerals.includes(value);
    if (styles.alpha && (!styles.roman || (first && (!inRoman || (type + roman !== current && value !== one))))) return type + alpha;
    if (styles.alpha && !first && (type + alpha === current || !inRoman)) return type + alpha;
    return type + roman;
  }
  return type + (value === value.toUpperCase() ? 'ROMAN' : 'roman');
}

/**
 * The first marker of a list that a `/// fancylists` block forces to `kind` (`alpha`, `ROMAN`…):
 * the forced type when the marker can be one (`#`, digits for decimal, a numeral-looking word
 * for roman, one letter for alpha), else undefined and the marker is read as usual.
 * `forcedType('i.', 'alpha', styles)` -> `dot-alpha`.
 */
export function forcedType(marker: string, kind: string, styles: FancyStyles): string | undefined {
  const value = marker.slice(0, -1);
  const separator = marker.slice(-1);
  const prefix = separator === '.' ? 'dot-' : separator === ')' ? 'paren-' : undefined;
  if (prefix === undefined) return undefined;
  const letters = /^[a-zA-Z]+$/.test(value);
  const kindLower = kind.toLowerCase();
  const fits =
    value === '#' ||
    (kindLower === 'decimal' && /^\d+$/.test(value)) ||
    // PyMdown's test is a substring one: `iv` and `xl` pass, `ii` does not (two letters).
    (kindLower === 'roman' && styles.roman && letters && (value.length > 2 || 'ivxlcdm'.includes(value.toLowerCase()))) ||
    (kindLower === 'alpha' && styles.alpha && letters && value.length === 1);
  return fits ? prefix + kind : undefined;
}

/**
 * The `start` a list gets from its first marker, as PyMdown writes it: a number as written
 * (`01.` -> `01`), a numeral's or letter's value (`iv.` -> `4`, `c)` -> `3`), `1` for `#`.
 */
export function fancyStart(type: string, marker: string): string {
  const value = marker.slice(0, -1);
  if (value.startsWith('#')) return '1';
  const kind = type.split('-')[1]?.toLowerCase();
  if (kind === 'roman') return String(romanToInt(value));
  if (kind === 'alpha') return String(value.toUpperCase().charCodeAt(0) - 64);
  return value;
}

/** The `type` attribute of an `<ol>` of this fancy type. */
export function olType(type: string): string {
  const kind = type.split('-')[1] ?? 'decimal';
  return kind === 'decimal' ? '1' : kind === 'roman' ? 'i' : kind === 'ROMAN' ? 'I' : kind === 'alpha' ? 'a' : 'A';
}

const STYLES: Readonly<Record<string, string>> = { '1': 'decimal', a: 'lower-alpha', A: 'upper-alpha', i: 'lower-roman', I: 'upper-roman' };

export function listStyle(olTypeValue: string): string {
  return STYLES[olTypeValue] ?? 'decimal';
}
