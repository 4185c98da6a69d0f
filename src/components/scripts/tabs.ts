/**
 * content.tabs.link: choosing a tab switches every tab set on the page that has a tab with
 * the same label (e.g. all "Windows" tabs at once), keeping the chosen one in view. As with
 * Material, the labels chosen are remembered, most recent first (`__md_get("__tabs")`, an array
 * of labels), and each page shown opens every set on the first remembered label it has.
 */
import { storedValue, storeValue } from './globals.ts';

/** Labels remembered, most recent first; anything else stored is ignored. */
function rememberedLabels(): string[] {
  const value = storedValue('__tabs');
  return Array.isArray(value) ? value.filter((label) => typeof label === 'string') : [];
}

export function initLinkedTabs(): void {
  const inputs = [...document.querySelectorAll<HTMLInputElement>('.tabbed-set > input[type="radio"]')];
  const labelOf = (input: HTMLInputElement) => document.querySelector(`.tabbed-set label[for="${input.id.replace(/["\\]/g, '\\$&')}"]`)?.textContent?.trim() ?? '';
  const remembered = rememberedLabels();
  for (const set of document.querySelectorAll('.tabbed-set')) {
    const own = inputs.filter((input) => input.parentElement === set);
    for (const label of remembered) {
      const match = own.find((input) => labelOf(input) === label);
      if (match) {
        match.checked = true;
        break;
      }
    }
  }
  for (const input of inputs) {
    input.addEventListener('change', () => {
      if (!input.checked) return;
      const label = labelOf(input);
      const top = input.closest('.tabbed-set')?.getBoundingClientRect().top ?? 0;
      for (const other of inputs) if (other !== input && !other.checked && labelOf(other) === label) other.checked = true;
      // Sets above may have changed height: keep the clicked set where the reader sees it.
      const after = input.closest('.tabbed-set')?.getBoundingClientRect().top ?? 0;
      window.scrollBy(0, after - top);
      storeValue('__tabs', [...new Set([label, ...rememberedLabels()])]);
    });
  }
}
