/**
 * content.tabs.link: choosing a tab switches every tab set on the page that has a tab with
 * the same label (e.g. all "Windows" tabs at once), keeping the chosen one in view.
 */
export function initLinkedTabs(): void {
  const inputs = [...document.querySelectorAll<HTMLInputElement>('.tabbed-set > input[type="radio"]')];
  const labelOf = (input: HTMLInputElement) => document.querySelector(`.tabbed-set label[for="${input.id.replace(/["\\]/g, '\\$&')}"]`)?.textContent?.trim() ?? '';
  for (const input of inputs) {
    input.addEventListener('change', () => {
      if (!input.checked) return;
      const label = labelOf(input);
      const top = input.closest('.tabbed-set')?.getBoundingClientRect().top ?? 0;
      for (const other of inputs) if (other !== input && !other.checked && labelOf(other) === label) other.checked = true;
      // Sets above may have changed height: keep the clicked set where the reader sees it.
      const after = input.closest('.tabbed-set')?.getBoundingClientRect().top ?? 0;
      window.scrollBy(0, after - top);
    });
  }
}
