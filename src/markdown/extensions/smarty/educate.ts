/**
 * Applies smarty's patterns to one run of text the way Python-Markdown's InlineProcessor does:
 * each pattern in turn, searched again from the start after every match, and every match
 * replaced by a placeholder (`\x02klzzwxh:0000\x03`). The placeholders matter: a quote right
 * after an earlier substitution sees `\x03`, which is not a closing-quote context, so
 * `"'Quoted'"` educates exactly as in Python.
 *
 * ```
 * He said "hi" -- 'twas the '80s...   ->  He said &ldquo;hi&rdquo; &ndash; &rsquo;twas the &rsquo;80s&hellip;
 * ```
 */
import type { SmartyOptions } from './options.ts';
import type { SmartyPattern } from './patterns.ts';

/** A piece of the educated text: plain text, a substitution (raw HTML), or an opaque input part. */
export type EducatedPart =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'html'; readonly value: string }
  | { readonly kind: 'opaque'; readonly index: number };

const PLACEHOLDER = /\x02klzzwxh:(\d{4})\x03|\x02wzxhzdk:(\d+)\x03|\x02(\d+)\x03/g;

/**
 * `parts` is the run: strings for text, numbers for opaque siblings (inline HTML), which stand
 * in the text as Python's HTML-stash placeholders do.
 */
export function educate(parts: ReadonlyArray<string | number>, patterns: readonly SmartyPattern[], options: SmartyOptions): EducatedPart[] {
  let data = parts.map((part) => (typeof part === 'number' ? `\x02wzxhzdk:${part}\x03` : part)).join('');
  const stash: EducatedPart[][] = [];
  for (const pattern of patterns) {
    for (;;) {
      pattern.regex.lastIndex = 0;
      const match = pattern.regex.exec(data);
      if (!match) break;
      const replacement: EducatedPart[] = pattern.replace.map((part) =>
        typeof part === 'number' ? { kind: 'text', value: match[part] ?? '' } : { kind: 'html', value: options.substitutions[part] },
      );
      const placeholder = `\x02klzzwxh:${String(stash.length).padStart(4, '0')}\x03`;
      stash.push(replacement);
      data = data.slice(0, match.index) + placeholder + data.slice(match.index + match[0].length);
    }
  }
  return merge(expand(data, stash));
}

function expand(data: string, stash: readonly EducatedPart[][]): EducatedPart[] {
  const out: EducatedPart[] = [];
  let last = 0;
  for (const match of data.matchAll(PLACEHOLDER)) {
    if (match.index > last) out.push({ kind: 'text', value: data.slice(last, match.index) });
    last = match.index + match[0].length;
    if (match[1] !== undefined) out.push(...(stash[Number(match[1])] ?? []));
    else if (match[2] !== undefined) out.push({ kind: 'opaque', index: Number(match[2]) });
    // An escaped character (see escapes.ts) is plain text again.
    else out.push({ kind: 'text', value: String.fromCodePoint(Number(match[3])) });
  }
  if (last < data.length) out.push({ kind: 'text', value: data.slice(last) });
  return out;
}

/** Adjacent text parts as one. */
function merge(parts: EducatedPart[]): EducatedPart[] {
  const out: EducatedPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (part.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', value: last.value + part.value };
    else if (part.kind !== 'text' || part.value !== '') out.push(part);
  }
  return out;
}
