/**
 * ONE regular expression for all of a page's abbreviations, so a 113-term glossary appended to
 * every page costs one scan per text node instead of one per term (Python-Markdown registers
 * one inline pattern per term).
 *
 * Each term is matched as Python-Markdown's `\b[H][T][M][L]\b` does: `\b` is a boundary between a
 * word character (Unicode letter, digit, `_`) and anything else, so a term that starts (or ends)
 * with punctuation needs a word character on the other side.
 *
 * Shape, for speed on long pages: a lookahead on the terms' first characters rejects most
 * positions at once; terms are grouped by their boundary kinds, and each group is a trie
 * (`D(?:NS(?:SEC)?|oH)`) whose optional tails are greedy, so the longest term wins at a position
 * (`DNS over HTTPS` over `DNS`) and a shorter one is tried when the longer one's boundary fails.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const IS_WORD = new RegExp(`^${WORD}$`, 'u');

interface Trie {
  end: boolean;
  readonly next: Map<string, Trie>;
}

export function compileAbbreviations(terms: Iterable<string>): RegExp | undefined {
  const groups = new Map<string, Trie>();
  const firsts = new Set<string>();
  for (const term of new Set(terms)) {
    const chars = [...term];
    const first = chars[0];
    const last = chars[chars.length - 1];
    if (first === undefined || last === undefined) continue;
    firsts.add(first);
    const before = IS_WORD.test(first) ? `(?<!${WORD})` : `(?<=${WORD})`;
    const after = IS_WORD.test(last) ? `(?!${WORD})` : `(?=${WORD})`;
    const key = `${before}\u0000${after}`;
    let node: Trie = groups.get(key) ?? { end: false, next: new Map() };
    groups.set(key, node);
    for (const char of chars) {
      const child: Trie = node.next.get(char) ?? { end: false, next: new Map() };
      node.next.set(char, child);
      node = child;
    }
    node.end = true;
  }
  if (groups.size === 0) return undefined;
  const alternatives = [...groups].map(([key, trie]) => {
    const [before = '', after = ''] = key.split('\u0000');
    return `${before}${trieSource(trie)}${after}`;
  });
  const lookahead = `(?=[${[...firsts].map(escapeClass).join('')}])`;
  return new RegExp(`${lookahead}(?:${alternatives.join('|')})`, 'gu');
}

/** The trie below a node as a regex; a node that ends a term makes its subtree optional. */
function trieSource(node: Trie): string {
  const branches = [...node.next].map(([char, child]) => {
    const rest = child.next.size === 0 ? '' : child.end ? `(?:${trieSource(child)})?` : trieSource(child);
    return escape(char) + rest;
  });
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

function escape(text: string): string {
  // Only syntax characters: with the `u` flag, escaping anything else (`\-`) is an error.
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, String.raw`\$&`);
}

function escapeClass(char: string): string {
  return /[\\\]^-]/.test(char) ? `\\${char}` : char;
}
