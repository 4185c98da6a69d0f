/**
 * Draws shaped results into the result list, Material's classes (`md-search-result__item`,
 * `__link`, `__teaser`) so a site's extra CSS applies. Text goes in with textContent and marks
 * are real <mark> elements: page text never becomes markup.
 */
import type { Segment, ShapedResult } from './shape.ts';

/** Replaces the list's content; returns the links in order, for arrow-key navigation. */
export function renderResults(list: HTMLElement, results: readonly ShapedResult[]): HTMLAnchorElement[] {
  const doc = list.ownerDocument;
  const links: HTMLAnchorElement[] = [];
  const items = results.map((result) => {
    const item = doc.createElement('li');
    item.className = 'md-search-result__item';
    result.sections.forEach((section, index) => {
      const link = doc.createElement('a');
      link.className = index === 0 ? 'md-search-result__link' : 'md-search-result__link md-search-result__link--section';
      link.href = section.url;
      if (index === 0) link.append(element(doc, 'span', 'md-search-result__title', result.title));
      if (section.heading) link.append(element(doc, 'span', 'md-search-result__section', section.heading));
      const teaser = element(doc, 'span', 'md-search-result__teaser', '');
      teaser.append(...marked(doc, section.excerpt));
      link.append(teaser);
      item.append(link);
      links.push(link);
    });
    return item;
  });
  list.replaceChildren(...items);
  return links;
}

function element(doc: Document, tag: string, className: string, text: string): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function marked(doc: Document, segments: readonly Segment[]): Node[] {
  return segments.map((segment) => {
    if (!segment.marked) return doc.createTextNode(segment.text);
    const mark = doc.createElement('mark');
    mark.textContent = segment.text;
    return mark;
  });
}
