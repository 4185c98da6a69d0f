/**
 * smarty's substitution patterns, in the order Python-Markdown's smarty InlineProcessor tries
 * them (registry priority: em dash 50, en dash 45, angled quotes 40/35, quotes 30 down to 16,
 * ellipses 10). Each replacement is a list of parts: a capture group to keep, or the name of a
 * substitution to insert as raw HTML.
 *
 * Python's `\w`, `\b` and `\B` are Unicode-aware; JavaScript's are not, so they are spelled with
 * `\p{L}\p{N}_` here.
 */
import type { SmartyOptions, SubstitutionName } from './options.ts';

export interface SmartyPattern {
  readonly regex: RegExp;
  readonly replace: ReadonlyArray<number | SubstitutionName>;
}

const W = '[\\p{L}\\p{N}_]';
const PUNCT = `[!"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_\`{|}~]`;
// A character that may come right before a closing quote: not space, not an opening bracket,
// not a dash, not the edge of an earlier substitution (\x02 and \x03 delimit placeholders).
const CLOSE = '[^ \\t\\r\\n\\[{(\\-\\x02\\x03]';
const OPENING_BASE = '(\\s|&nbsp;|--|–|—|&[mn]dash;|&#8211;|&#8212;)';

function re(source: string): RegExp {
  return new RegExp(source, 'gu');
}

const QUOTES: SmartyPattern[] = [
  // A quote that starts the text, followed by punctuation at a non-word-break, closes.
  { regex: re(`^'(?=${PUNCT}(?!${W}))`), replace: ['right-single-quote'] },
  { regex: re(`^"(?=${PUNCT}(?!${W}))`), replace: ['right-double-quote'] },
  // Nested sets: "'Quoted' words"
  { regex: re(`"'(?=${W})`), replace: ['left-double-quote', 'left-single-quote'] },
  { regex: re(`'"(?=${W})`), replace: ['left-single-quote', 'left-double-quote'] },
  { regex: re(`(?<=${CLOSE})'"`), replace: ['right-single-quote', 'right-double-quote'] },
  { regex: re(`(?<=${CLOSE})"'`), replace: ['right-double-quote', 'right-single-quote'] },
  // Decade abbreviations: the '80s
  { regex: re(`(?<!${W})'(?=\\d{2}s)`), replace: ['right-single-quote'] },
  { regex: re(`${OPENING_BASE}'(?=${W})`), replace: [1, 'left-single-quote'] },
  { regex: re(`(?<=${CLOSE})'(?!\\s|s(?!${W})|\\d)`), replace: ['right-single-quote'] },
  { regex: re(`'(\\s|s(?!${W}))`), replace: ['right-single-quote', 1] },
  { regex: re(`'`), replace: ['left-single-quote'] },
  { regex: re(`${OPENING_BASE}"(?=${W})`), replace: [1, 'left-double-quote'] },
  { regex: re(`"(?=\\s)`), replace: ['right-double-quote'] },
  { regex: re(`(?<=${CLOSE})"`), replace: ['right-double-quote'] },
  { regex: re(`"`), replace: ['left-double-quote'] },
];

/** The patterns the options turn on, in the order they are tried. */
export function smartyPatterns(options: SmartyOptions): SmartyPattern[] {
  const patterns: SmartyPattern[] = [];
  if (options.dashes) {
    patterns.push({ regex: re('(?<!-)---(?!-)'), replace: ['mdash'] }, { regex: re('(?<!-)--(?!-)'), replace: ['ndash'] });
  }
  if (options.angledQuotes) patterns.push({ regex: re('<<'), replace: ['left-angle-quote'] }, { regex: re('>>'), replace: ['right-angle-quote'] });
  if (options.quotes) patterns.push(...QUOTES);
  if (options.ellipses) patterns.push({ regex: re('(?<!\\.)\\.{3}(?!\\.)'), replace: ['ellipsis'] });
  return patterns;
}
