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
