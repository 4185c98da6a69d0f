/**
 * content.code.annotate (or a code block marked `annotate`): Material's code annotations. A
 * `(n)` in a comment of a code block followed by an ordered list becomes a numbered button
 * that opens the n-th list item; with `(n)!` the marker replaces the whole comment, so the
 * comment sign goes too. The list is hidden once one of its items is used. Without script the
 * comments and the list stay as written.
 *
 * ```html
 * <div class="highlight"><pre><code>x: 1 <span class="c1"># (1)!</span></code></pre></div><ol><li>Note</li></ol>
 * <!-- becomes -->
 * …x: 1 <span class="c1"><span class="md-annotation"><button …>1</button><span role="note" hidden>Note</span></span></span>…<ol hidden>…</ol>
 * ```
 */
import { parseClientLabels } from '../../shared/languages/client-labels.ts';
import { annotation } from './annotations.ts';

/** Pygments' comment tokens, where Material looks for markers. */
const COMMENTS = ['.c', '.c1', '.cm', '.ch', '.cs', '.cp', '.cpf'];

/**
 * `extra.annotate` (the page's `__config.annotate`): more token selectors per language, where
 * markers may also stand (`json: [.s2]`: JSON's double-quoted strings). A block's language is
 * its `language-<name>` class (pymdownx.highlight's `pygments_lang_class`).
 */
export type AnnotateSelectors = Readonly<Record<string, readonly string[]>>;

/** The selectors of the tokens that may hold markers in `block`. */
export function markerHosts(block: Element, annotate: AnnotateSelectors): string {
  const selectors = [...COMMENTS];
  for (const name of block.closest('[class*="language-"]')?.classList ?? []) {
    const extra = name.startsWith('language-') ? annotate[name.slice('language-'.length)] : undefined;
    if (Array.isArray(extra)) selectors.push(...extra.filter((selector): selector is string => typeof selector === 'string'));
  }
  return selectors.map((selector) => `code ${selector}`).join(', ');
}

/** `__config.annotate` when it is a mapping of languages to lists of selectors; else none. */
export function annotateSelectors(value: unknown): AnnotateSelectors {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, selectors]) => Array.isArray(selectors)));
}

/** A marker in a comment: `(3)`, or `(3)!` that stands for the whole comment. */
const MARKER = /\((\d+)\)(!)?/;

/** The ordered list right after a code block; empty paragraphs in between are skipped. */
function listAfter(block: Element): HTMLOListElement | undefined {
  const next = block.nextElementSibling;
  if (next instanceof HTMLOListElement) return next;
  if (next instanceof HTMLParagraphElement && next.children.length === 0 && next.textContent.trim() === '') return listAfter(next);
  return undefined;
}

/** Replaces the markers of one comment span; returns how many became annotations. */
function annotateComment(comment: Element, items: readonly Element[], make: (index: number, item: Element) => HTMLElement): number {
  let made = 0;
  const texts: Text[] = [];
  const walker = document.createTreeWalker(comment, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) texts.push(node);
  for (const start of texts) {
    let text = start;
    for (let match = MARKER.exec(text.data); match; match = MARKER.exec(text.data)) {
      const index = Number(match[1]);
      const item = items[index - 1];
      if (!item) break;
      made++;
      if (match[2] === '!') {
        // The marker stands for the whole comment: `# (1)!` shows only the button.
        comment.replaceChildren(make(index, item));
        return made;
      }
      const marker = text.splitText(match.index);
      text = marker.splitText(match[0].length);
      marker.replaceWith(make(index, item));
    }
  }
  return made;
}

export function initCodeAnnotations(all: boolean, annotate: AnnotateSelectors = {}): void {
  const label = parseClientLabels(document.body.dataset['mdTranslations'])['annotation'];
  let count = 0;
  for (const block of document.querySelectorAll<HTMLElement>('.md-typeset div.highlight')) {
    if (!all && !block.classList.contains('annotate')) continue;
    const list = listAfter(block);
    if (!list) continue;
    const items = [...list.children].filter((child) => child.tagName === 'LI');
    const make = (index: number, item: Element) => annotation(index, item, `__code_annotation_${++count}`, label);
    let used = 0;
    for (const comment of block.querySelectorAll(markerHosts(block, annotate))) used += annotateComment(comment, items, make);
    if (used > 0) list.hidden = true;
  }
}
