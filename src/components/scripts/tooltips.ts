/**
 * content.tooltips: Material-style tooltips instead of the browser's title bubbles for links
 * and abbreviations in the article. The title moves to `data-md-tooltip` (CSS draws it on
 * hover and keyboard focus); an icon-only link keeps its name through aria-label. Without
 * script the native title tooltip remains.
 */
export function initTooltips(): void {
  for (const element of document.querySelectorAll<HTMLElement>('.md-typeset a[title], .md-typeset abbr[title]')) {
    const title = element.getAttribute('title');
    if (!title) continue;
    element.dataset['mdTooltip'] = title;
    if (element.tagName === 'A' && !element.textContent?.trim() && !element.hasAttribute('aria-label')) element.setAttribute('aria-label', title);
    if (element.tagName === 'ABBR') {
      // Keyboard users reach the explanation too.
      element.tabIndex = 0;
    }
    element.removeAttribute('title');
  }
}

/**
 * content.footnote.tooltips: a footnote reference shows its footnote in Material's tooltip
 * (tooltip2.ts) while it is hovered or focused.
 */
export function initFootnoteTooltips(signal: AbortSignal): void {
  const refs = [...document.querySelectorAll<HTMLAnchorElement>('.md-typeset a.footnote-ref[href^="#"]')];
  if (refs.length === 0) return;
  // The tooltip's code is fetched only by a page that has a footnote.
  void import('./tooltip2.ts').then(({ mountTooltip2 }) => {
    if (signal.aborted) return;
    for (const ref of refs) {
      mountTooltip2(ref, () => {
        const note = document.getElementById(fragmentId(ref.hash));
        return note ? [...note.cloneNode(true).childNodes] : undefined;
      }, signal);
    }
  });
}

/**
 * The id a `#fragment` names: percent-decoded, or as written when it is no valid escape (a
 * footnote `[^100%]` has the id `fn:100%`, which decodeURIComponent refuses).
 *
 * @example fragmentId('#fn:caf%C3%A9') // 'fn:café'
 */
export function fragmentId(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
