/**
 * Python-Markdown's `toc.slugify` and `toc.unique`, character for character:
 * `Ça va? Oui!` -> `ca-va-oui`; a second `Intro` becomes `intro_1`, then `intro_2`.
 */

// Python's `\s` on ASCII text also matches the information separators \x1c-\x1f.
const NOT_WORD = /[^\w\t\n\v\f\r \x1c-\x1f-]/g;
const NOT_WORD_UNICODE = /[^\p{L}\p{N}_\s\x1c-\x1f-]/gu;
const EDGE_SPACE = /^[\s\x1c-\x1f]+|[\s\x1c-\x1f]+$/g;

/** `unicode: false` drops accents and every non-ASCII character (NFKD, then ASCII only). */
export function slugify(value: string, separator = '-', unicode = false): string {
  const text = unicode ? value : value.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  const cleaned = text.replace(unicode ? NOT_WORD_UNICODE : NOT_WORD, '').replace(EDGE_SPACE, '').toLowerCase();
  const runs = new RegExp(`[${escapeClass(separator)}\\s\\x1c-\\x1f]+`, 'g');
  return cleaned.replace(runs, separator);
}

const COUNTED = /^(.*)_([0-9]+)$/;

/** Makes `id` unique among `ids` (and non-empty) the way Python-Markdown does, and records it. */
export function unique(id: string, ids: Set<string>): string {
  let candidate = id;
  while (candidate === '' || ids.has(candidate)) {
    const match = COUNTED.exec(candidate);
    candidate = match ? `${match[1] ?? ''}_${Number(match[2]) + 1}` : `${candidate}_1`;
  }
  ids.add(candidate);
  return candidate;
}

function escapeClass(text: string): string {
  return text.replace(/[\\\]^-]/g, '\\$&');
}
