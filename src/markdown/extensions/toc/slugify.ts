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

/**
 * Where the last walk from each id ended, per set of ids. The walk from an id is always the same
 * (`a`, `a_1`, `a_2`...) and a set of ids only grows, so the next walk from that id resumes
 * where the last one stopped: walking from the start, a page of n equal headings cost n² (8,000:
 * 5.6 s), as Python-Markdown's loop does.
 */
const walks = new WeakMap<Set<string>, Map<string, string>>();

/** Makes `id` unique among `ids` (and non-empty) the way Python-Markdown does, and records it. */
export function unique(id: string, ids: Set<string>): string {
  let walked = walks.get(ids);
  if (!walked) walks.set(ids, (walked = new Map()));
  let candidate = walked.get(id) ?? id;
  while (candidate === '' || ids.has(candidate)) {
    const match = COUNTED.exec(candidate);
    candidate = match ? `${match[1] ?? ''}_${Number(match[2]) + 1}` : `${candidate}_1`;
  }
  ids.add(candidate);
  walked.set(id, candidate);
  return candidate;
}

function escapeClass(text: string): string {
  return text.replace(/[\\\]^-]/g, '\\$&');
}
