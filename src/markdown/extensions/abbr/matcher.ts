/**
 * ONE regular expression for all of a page's abbreviations, so a 113-term glossary appended to
 * every page costs one scan per text node instead of one per term (Python-Markdown registers
 * one inline pattern per term and runs each over the whole page).
 *
 * Each term is matched as Python-Markdown's `\b[H][T][M][L]\b` does: `\b` is a boundary between a
 * word character (Unicode letter, digit, `_`) and anything else, so a term that starts (or ends)
 * with punctuation needs a word character on the other side.
 *
 * Which term wins where two overlap: Python-Markdown applies the patterns in definition order,
 * so a term defined earlier claims its text first. The alternation keeps that order, so at one
 * position the first-defined term wins (`NAT` before `NAT-PMP` in an alphabetical glossary, as in
 * the reference). Not reproduced: a later-defined term starting *before* an earlier one it overlaps
 * wins here, where Python-Markdown would give the text to the earlier one.
 *
 * Speed: a lookahead on the terms' first characters rejects most positions before any
 * alternative (with its lookbehind) is tried.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const IS_WORD = new RegExp(`^${WORD}$`, 'u');

/** `terms` in definition order (a redefined term counts at its last definition). */
export function compileAbbreviations(terms: Iterable<string>): RegExp | undefined {
  const firsts = new Set<string>();
  const alternatives: string[] = [];
  for (const term of terms) {
    const chars = [...term];
    const first = chars[0];
    const last = chars[chars.length - 1];
    if (first === undefined || last === undefined) continue;
    firsts.add(first);
    const before = IS_WORD.test(first) ? `(?<!${WORD})` : `(?<=${WORD})`;
    const after = IS_WORD.test(last) ? `(?!${WORD})` : `(?=${WORD})`;
    alternatives.push(`${before}${escape(term)}${after}`);
  }
  if (alternatives.length === 0) return undefined;
  const lookahead = `(?=[${[...firsts].map(escapeClass).join('')}])`;
  return new RegExp(`${lookahead}(?:${alternatives.join('|')})`, 'gu');
}

function escape(text: string): string {
  // Only syntax characters: with the `u` flag, escaping anything else (`\-`) is an error.
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, String.raw`\$&`);
}

function escapeClass(char: string): string {
  return /[\\\]^-]/.test(char) ? `\\${char}` : char;
}
