/**
 * The table of contents drawn as one string (src/theme/toc-html.ts): Material's toc-item.html
 * markup, escaped as Astro escapes a component's expressions (its own functions say what that is).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import type { TocEntry } from '../../src/markdown/index.ts';
import { tocItemPieces, tocItemsHtml } from '../../src/theme/toc-html.ts';

const entry = (id: string, name: string, children: TocEntry[] = [], html?: string): TocEntry => ({ level: 2, id, name, children, ...(html === undefined ? {} : { html }) });

describe('tocItemsHtml', () => {
  test('draws each entry as a list item, and its sub-headings in a nav named after it', () => {
    const html = tocItemsHtml([entry('a', 'A', [entry('b', 'B', [entry('c', 'C')])]), entry('d', 'D')]);
    const item = (id: string, name: string, inner = '') => `<li class="md-nav__item"><a href="#${id}" class="md-nav__link"><span class="md-ellipsis">${name}</span></a>${inner}</li>`;
    const nested = (name: string, items: string) => `<nav class="md-nav" aria-label="${name}"><ul class="md-nav__list">${items}</ul></nav>`;
    assert.equal(html, item('a', 'A', nested('A', item('b', 'B', nested('B', item('c', 'C'))))) + item('d', 'D'));
    assert.equal(tocItemsHtml([]), '');
  });

  test('escapes names and ids as Astro escapes a text expression and an attribute, and writes an empty label bare', () => {
    for (const name of [`A & "B" <'c'>`, 'plain', '']) {
      const html = tocItemsHtml([entry(`x&"y`, name, [entry('c', 'C')])]);
      assert.ok(html.includes(`<span class="md-ellipsis">${String(escapeHTML(name))}</span>`), html);
      assert.ok(html.includes(`<nav class="md-nav"${String(addAttribute(name, 'aria-label'))}>`), html);
      assert.ok(html.includes(`<a${String(addAttribute(`#x&"y`, 'href'))} class="md-nav__link">`), html);
    }
  });

  test('shows a typeset heading\'s HTML as it is, and keeps the plain name for the nested list\'s label', () => {
    const html = tocItemsHtml([entry('a', 'A b', [entry('c', 'C')], 'A <code>b</code>')]);
    assert.ok(html.startsWith('<li class="md-nav__item"><a href="#a" class="md-nav__link"><span class="md-ellipsis"><span class="md-typeset">A <code>b</code></span></span></a><nav class="md-nav" aria-label="A b">'));
  });
});

describe('tocItemPieces', () => {
  test('gives the markup tocItemsHtml draws, in pieces of one entry at a time', () => {
    const entries = [entry('a', 'A & b', [entry('b', 'B', [entry('c', 'C', [], '<em>C</em>')]), entry('e', 'E')]), entry('d', 'D')];
    const pieces = [...tocItemPieces(entries)];
    assert.equal(pieces.join(''), tocItemsHtml(entries));
    // Each entry's markup before its children's and after them: two pieces an entry.
    assert.equal(pieces.length, 2 * 5);
    assert.deepEqual([...tocItemPieces([])], []);
  });
});
