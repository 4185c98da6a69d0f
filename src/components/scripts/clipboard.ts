/**
 * content.code.copy: a copy button in every code block. Added by script because it only
 * works with script; the text copied is the code without line numbers or annotations.
 * Its labels come from the body's data-md-translations (the site's language). A Mermaid block
 * (`pre.mermaid`) is a diagram to be drawn, not code: it gets none, as with Material.
 */
import { parseClientLabels } from '../../shared/languages/client-labels.ts';

export function initClipboard(): void {
  if (!navigator.clipboard) return;
  const labels = parseClientLabels(document.body.dataset['mdTranslations']);
  const copy = labels['clipboard.copy'];
  for (const pre of document.querySelectorAll<HTMLElement>('.md-typeset div.highlight pre, .md-typeset pre:not(.mermaid):has(> code)')) {
    if (pre.querySelector('.md-clipboard') || pre.closest('.no-copy')) continue;
    const code = pre.querySelector('code');
    if (!code) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'md-clipboard md-icon';
    button.title = copy;
    button.setAttribute('aria-label', copy);
    button.addEventListener('click', () => {
      // A copy without line numbers and annotations, wherever they sit (code annotations are inside comment spans).
      const clone = code.cloneNode(true);
      if (clone instanceof HTMLElement) for (const extra of clone.querySelectorAll('.linenos, .md-annotation')) extra.remove();
      const text = clone.textContent ?? '';
      void navigator.clipboard.writeText(text.replace(/\n$/, '')).then(() => {
        button.classList.add('md-clipboard--done');
        button.title = labels['clipboard.copied'];
        setTimeout(() => {
          button.classList.remove('md-clipboard--done');
          button.title = copy;
        }, 2000);
      });
    });
    pre.prepend(button);
  }
}
