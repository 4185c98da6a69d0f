/**
 * content.code.copy: a copy button in every code block. Added by script because it only
 * works with script; the text copied is the code without line numbers or annotations.
 */
export function initClipboard(): void {
  if (!navigator.clipboard) return;
  for (const pre of document.querySelectorAll<HTMLElement>('.md-typeset div.highlight pre, .md-typeset pre:has(> code)')) {
    if (pre.querySelector('.md-clipboard') || pre.closest('.no-copy')) continue;
    const code = pre.querySelector('code');
    if (!code) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'md-clipboard md-icon';
    button.title = 'Copy to clipboard';
    button.setAttribute('aria-label', 'Copy to clipboard');
    button.addEventListener('click', () => {
      const text = [...code.childNodes].filter((node) => !(node instanceof HTMLElement && node.matches('.linenos, .md-annotation'))).map((node) => node.textContent ?? '').join('');
      void navigator.clipboard.writeText(text.replace(/\n$/, '')).then(() => {
        button.classList.add('md-clipboard--done');
        button.title = 'Copied to clipboard';
        setTimeout(() => {
          button.classList.remove('md-clipboard--done');
          button.title = 'Copy to clipboard';
        }, 2000);
      });
    });
    pre.prepend(button);
  }
}
