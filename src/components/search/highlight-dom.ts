/**
 * `search.highlight`: on a page opened from a search result (`?h=sealed+sender`), marks the
 * terms inside the article as `<mark data-md-highlight>`, scrolls the matched section into
 * view and offers a button (and Escape) to clear the marks. Loaded only when `?h=` is present.
 */
import { findMatches, highlightTerms, withoutHighlight } from './terms.ts';

/** Text under these is not page prose (or is already marked). */
const SKIP = 'script, style, noscript, template, svg, mark, textarea, .headerlink';

export interface Highlight {
  readonly count: number;
  clear(): void;
}

export function highlightOnArrival(article: HTMLElement, location: Location, clearLabel: string, signal: AbortSignal): Highlight | undefined {
  const terms = highlightTerms(location.search);
  if (terms.length === 0) return undefined;
  const doc = article.ownerDocument;
  const marks: HTMLElement[] = [];
  const walker = doc.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && !node.parentElement?.closest(SKIP)) texts.push(node);
  }
  for (const text of texts) marks.push(...wrap(text, findMatches(text.data, terms)));
  if (marks.length === 0) return undefined;

  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'md-search-highlight__clear';
  button.textContent = clearLabel;
  button.setAttribute('aria-keyshortcuts', 'Escape');
  article.prepend(button);

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !doc.querySelector('dialog[open]')) clear();
  };
  const clear = () => {
    for (const mark of marks) mark.replaceWith(...mark.childNodes);
    article.normalize();
    button.remove();
    doc.removeEventListener('keydown', onKey);
    history.replaceState(history.state, '', `${location.pathname}${withoutHighlight(location.search)}${location.hash}`);
  };
  button.addEventListener('click', clear);
  doc.addEventListener('keydown', onKey, { signal });

  // The browser scrolled to #id before the marks existed; aim again: the section, else the
  // first mark.
  const target = location.hash ? doc.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  (target ?? marks[0])?.scrollIntoView({ block: target ? 'start' : 'center' });
  return { count: marks.length, clear };
}

/** Splits one text node around `ranges` and wraps each range in a mark. */
function wrap(text: Text, ranges: ReadonlyArray<readonly [number, number]>): HTMLElement[] {
  const marks: HTMLElement[] = [];
  // From the end, so earlier offsets stay valid while the node is split.
  for (const [start, end] of [...ranges].reverse()) {
    const middle = text.splitText(start);
    middle.splitText(end - start);
    const mark = text.ownerDocument.createElement('mark');
    mark.setAttribute('data-md-highlight', '');
    middle.replaceWith(mark);
    mark.append(middle);
    marks.unshift(mark);
  }
  return marks;
}
