/**
 * Content annotations (`{ .annotate }`): Material's markers. In a block marked `annotate`,
 * each `(n)` in the text becomes a numbered button that opens the n-th item of the ordered
 * list right after the block, and that list is then hidden. Without script the markers and
 * the list stay as they are: readable, just not inline. Code blocks: code-annotations.ts.
 *
 * ```html
 * <p class="annotate">Text (1)</p><ol><li>Note</li></ol>
 * <!-- becomes -->
 * <p class="annotate">Text <span class="md-annotation"><button class="md-annotation__index" aria-expanded="false">1</button>
 *   <span class="md-annotation__inner" role="note" hidden>Note</span></span></p><ol hidden>…</ol>
 * ```
 */
import { fill, parseClientLabels } from '../../shared/languages/client-labels.ts';

function markers(host: HTMLElement): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('code, pre, kbd, .md-annotation') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && /\(\d+\)/.test(node.data)) found.push(node);
  }
  return found;
}

/**
 * One marker: a numbered button and the note it opens, holding a copy of the list item's content.
 * Code blocks build theirs here too (code-annotations.ts).
 *
 * @example annotation(1, li, '__annotation_1', 'Annotation #') // <span class="md-annotation"><button …>1</button><span role="note" hidden>…</span></span>
 */
export function annotation(index: number, item: Element, id: string, label: string): HTMLElement {
  const wrapper = document.createElement('span');
  wrapper.className = 'md-annotation';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'md-annotation__index';
  button.textContent = String(index);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', id);
  button.setAttribute('aria-label', fill(label, index));
  const inner = document.createElement('span');
  inner.className = 'md-annotation__inner md-typeset';
  inner.id = id;
  inner.setAttribute('role', 'note');
  inner.hidden = true;
  for (const child of item.childNodes) inner.append(child.cloneNode(true));
  const toggle = (open: boolean) => {
    inner.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => toggle(inner.hidden !== false));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') toggle(false);
  });
  wrapper.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && wrapper.contains(event.relatedTarget))) toggle(false);
  });
  wrapper.append(button, inner);
  return wrapper;
}

export function initAnnotations(): void {
  let count = 0;
  const label = parseClientLabels(document.body.dataset['mdTranslations'])['annotation'];
  for (const host of document.querySelectorAll<HTMLElement>('.md-typeset .annotate')) {
    const list = host.nextElementSibling;
    if (!(list instanceof HTMLOListElement)) continue;
    const items = [...list.children].filter((child) => child.tagName === 'LI');
    let used = false;
    for (const text of markers(host)) {
      const parts = text.data.split(/\((\d+)\)/);
      const fragment = document.createDocumentFragment();
      parts.forEach((part, i) => {
        if (i % 2 === 0) {
          if (part) fragment.append(part);
          return;
        }
        const item = items[Number(part) - 1];
        if (item) {
          fragment.append(annotation(Number(part), item, `__annotation_${++count}`, label));
          used = true;
        } else fragment.append(`(${part})`);
      });
      text.replaceWith(fragment);
    }
    if (used) list.hidden = true;
  }
}
