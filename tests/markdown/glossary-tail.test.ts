/**
 * A glossary at the end of every page (pymdownx.snippets auto_append) is cut off and parsed once
 * per renderer (core/glossary-tail.ts). Whether the cut changes nothing is checked against
 * Python-Markdown by the fixtures in fixtures/abbr-glossary-tail; here: where the cut falls, and
 * that the parsed tail is shared without being shared by mutation.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { glossaryTailStart, memoizedTailParse } from '../../src/markdown/core/glossary-tail.ts';
import { createRenderer } from '../../src/markdown/index.ts';
import { ext, renderHtml } from '../helpers/render.ts';

const glossary = (count: number) => Array.from({ length: count }, (_, n) => `*[T${n}]: Term ${n}`).join('\n');

describe('glossaryTailStart', () => {
  test('the tail starts at the first definition after the last blank line above the run', () => {
    const document = `Text\n\n${glossary(3)}\n`;
    assert.equal(glossaryTailStart(document, 3), 'Text\n\n'.length);
  });

  test('blank lines inside the run keep it one tail; trailing blank lines are part of it', () => {
    const document = `Text\n\n\n${glossary(2)}\n\n${glossary(2)}\n\n\n`;
    assert.equal(glossaryTailStart(document, 4), 'Text\n\n\n'.length);
  });

  test('a definition right below page text (no blank line) stays with the page', () => {
    const document = `Text\n*[A]: a\n\n${glossary(3)}\n`;
    assert.equal(glossaryTailStart(document, 3), 'Text\n*[A]: a\n\n'.length);
    assert.equal(glossaryTailStart(`Text\n${glossary(5)}\n`, 3), undefined);
  });

  test('an indented line, a line of other text or a `<` ends the run (going up)', () => {
    assert.equal(glossaryTailStart(`Text\n\n${glossary(3)}\n    continued\n`, 3), undefined);
    assert.equal(glossaryTailStart(`Text\n\n${glossary(3)}\nmore text\n`, 3), undefined);
    assert.equal(glossaryTailStart(`Text\n\n*[HTML]: <b>x</b>\n${glossary(3)}\n`, 3), undefined);
  });

  test('too few definitions, or a page that is only definitions, is not cut', () => {
    assert.equal(glossaryTailStart(`Text\n\n${glossary(2)}\n`, 3), undefined);
    assert.equal(glossaryTailStart(`${glossary(10)}\n`, 3), undefined);
    assert.equal(glossaryTailStart(`Text\n\n${glossary(7)}\n`), undefined);
    assert.equal(glossaryTailStart(`Text\n\n${glossary(8)}\n`), 6);
  });
});

describe('memoizedTailParse', () => {
  test('the same text is parsed once, and each caller gets its own copy', () => {
    const memo = new Map<string, Root>();
    let parses = 0;
    const parse = (text: string) => {
      parses++;
      return fromMarkdown(text);
    };
    const first = memoizedTailParse(memo, 'a *b*', parse);
    const second = memoizedTailParse(memo, 'a *b*', parse);
    assert.equal(parses, 1);
    assert.deepEqual(second, first);
    // Positions are moved by the caller: a copy moved must not move the next one.
    if (second?.position) second.position.start.line = 99;
    assert.equal(memoizedTailParse(memo, 'a *b*', parse)?.position?.start.line, 1);
    memoizedTailParse(memo, 'other', parse);
    assert.equal(parses, 2);
  });
});

describe('a glossary appended to every page', () => {
  const extensions = ['abbr', 'admonition', 'pymdownx.superfences'].map((name) => ext(name));
  const tail = `\n\n${glossary(9)}\n*[HTML]: Hyper Text Markup Language\n`;

  test('one renderer gives each page what a fresh renderer gives it', () => {
    const shared = createRenderer({ extensions, projectDir: '/nonexistent', docsDir: '/nonexistent' });
    // The third page defines a term of its own and redefines one: its pattern and titles are its own.
    const pages = ['HTML first.\n', '# Title\n\nSecond page: HTML.\n\n- a list\n', '*[PAGE]: Own term\n*[T3]: Redefined\n\nA T3, a PAGE and an HTML.\n'];
    for (const page of [...pages, ...pages]) {
      const html = shared.render({ path: 'a.md', value: page + tail }).html;
      assert.match(html, /<abbr title="Hyper Text Markup Language">HTML<\/abbr>/);
      assert.doesNotMatch(html, /\*\[/);
      assert.equal(html, renderHtml(page + tail, extensions));
    }
    const own = shared.render({ path: 'a.md', value: pages[2] + tail }).html;
    assert.match(own, /<abbr title="Own term">PAGE<\/abbr>/);
    assert.match(shared.render({ path: 'a.md', value: `A PAGE.${tail}` }).html, /A PAGE\./);
  });
});
