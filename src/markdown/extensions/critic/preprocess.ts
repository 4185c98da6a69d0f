/**
 * CriticMarkup as PyMdown defines it: a source pre-pass (it even applies inside code), run
 * after snippets. In `view` mode each mark becomes placeholders for the HTML tags around its
 * text, so the text is still parsed as Markdown; `rehype.ts` puts the tags back.
 *
 * ```
 * {++add++}  {--remove--}  {~~old~>new~~}  {==highlight==}  {>>comment<<}
 * ```
 * `accept` / `reject` modes just keep one side of each mark.
 */
export type CriticMode = 'view' | 'accept' | 'reject';

const CRITIC = /\{(?:\+\+(.*?)\+\+|--(.*?)--|==(.*?)==|>>(.*?)<<|~~(.*?)~>(.*?)~~)\}/gs;
/** A placeholder: private-use delimiters around the stash index (Python uses STX/ETX). */
export const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const BLOCK_SEPARATOR = /^(?:\r?\n){2,}$/;

export interface CriticResult {
  readonly source: string;
  /** HTML fragments, by placeholder index. */
  readonly stash: readonly string[];
}

export function preprocessCritic(source: string, mode: CriticMode): CriticResult {
  const stash: string[] = [];
  const store = (html: string): string => `\uE000${stash.push(html) - 1}\uE001`;
  const ins = (text: string): string =>
    BLOCK_SEPARATOR.test(text) ? `\n\n${store('<ins class="critic break">&nbsp;</ins>')}\n\n` : `${store('<ins class="critic">')}${text}${store('</ins>')}`;
  const del = (text: string): string =>
    BLOCK_SEPARATOR.test(text) ? store('<del class="critic break">&nbsp;</del>') : `${store('<del class="critic">')}${text}${store('</del>')}`;

  const replaced = source.replace(CRITIC, (_match, added?: string, removed?: string, marked?: string, comment?: string, before?: string, after?: string) => {
    if (mode === 'view') {
      if (added !== undefined) return ins(added);
      if (removed !== undefined) return del(removed);
      if (marked !== undefined) return `${store('<mark class="critic">')}${marked}${store('</mark>')}`;
      if (comment !== undefined) return store(`<span class="critic comment">${escapeHtml(comment)}</span>`);
      return del(before ?? '') + ins(after ?? '');
    }
    const accept = mode === 'accept';
    if (added !== undefined) return accept ? added : '';
    if (removed !== undefined) return accept ? '' : removed;
    if (marked !== undefined) return marked;
    if (comment !== undefined) return '';
    return (accept ? after : before) ?? '';
  });
  return { source: replaced, stash };
}

/** PyMdown's `html_escape(strip_nl=True)`. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, ' ');
}
