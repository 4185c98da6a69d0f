/**
 * Unit tests of the pure readers behind core's Python-Markdown rules (fixtures in
 * tests/markdown/fixtures/core/ show them end to end): ATX heading lines, NormalizeWhitespace,
 * table rows, a link's `(...)` and reference definitions.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchDefinition } from '../../src/markdown/core/definition-match.ts';
import { splitHeadingLine } from '../../src/markdown/core/heading-atx.ts';
import { readLinkResource } from '../../src/markdown/core/link-resource.ts';
import { pythonStrip } from '../../src/markdown/core/python-space.ts';
import { normalizeWhitespace } from '../../src/markdown/core/whitespace.ts';
import { borderOf, splitRow } from '../../src/markdown/extensions/tables/split-row.ts';

const codes = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));
const cells = (line: string): string[] => {
  const trimmed = line.replace(/^ +| +$/g, '');
  return splitRow(line, borderOf(trimmed)).map((cell) => line.slice(cell.from, cell.to));
};

describe('ATX heading line', () => {
  test('closing hashes at the end of the line should be dropped', () => {
    assert.deepEqual(splitHeadingLine(codes(' Title ##')), { lead: 1, text: 5, trail: 1 });
    assert.deepEqual(splitHeadingLine(codes('Title#')), { lead: 0, text: 5, trail: 0 });
  });
  test('hashes followed by a space should not be dropped', () => {
    assert.deepEqual(splitHeadingLine(codes(' Title # ')), { lead: 1, text: 7, trail: 1 });
  });
  test('an escaped hash should stay text, and the hashes after it should close', () => {
    assert.deepEqual(splitHeadingLine(codes(' a \\###')), { lead: 1, text: 4, trail: 0 });
  });
  test('a no-break space should be stripped like a space', () => {
    assert.deepEqual(splitHeadingLine(codes('\u00a0Title')), { lead: 1, text: 5, trail: 0 });
  });
  test('a line ending in an unpaired backslash should not be a heading', () => {
    assert.equal(splitHeadingLine(codes(' a \\')), undefined);
  });
});

describe('NormalizeWhitespace', () => {
  test('tabs should expand to the next 4-column stop', () => {
    assert.equal(normalizeWhitespace('a\tb\n\tc\nab\td'), 'a   b\n    c\nab  d');
  });
  test('a line of spaces only should become blank', () => {
    assert.equal(normalizeWhitespace('a\n    \nb'), 'a\n\nb');
  });
  test('spaces on the first line or a last line without a line ending should not be removed', () => {
    assert.equal(normalizeWhitespace('  \na\n  '), '  \na\n  ');
  });
  test('Python\'s strip should take the no-break space and not the byte order mark', () => {
    assert.equal(pythonStrip('\u00a0 a \u3000'), 'a');
    assert.equal(pythonStrip('\ufeffa'), '\ufeffa');
  });
});

describe('table row', () => {
  test('a pipe inside a code span should not split the cell', () => {
    assert.deepEqual(cells('| `a|b` | c |'), ['`a|b`', 'c']);
    assert.deepEqual(cells('| ``a | b`` | c |'), ['``a | b``', 'c']);
  });
  test('an escaped pipe should not split, an unmatched backtick should not protect', () => {
    assert.deepEqual(cells('| a \\| b | c |'), ['a \\| b', 'c']);
    assert.deepEqual(cells('| `a | b |'), ['`a', 'b']);
  });
  test('a row without outer pipes should split at inner ones only', () => {
    assert.deepEqual(cells('a | b'), ['a', 'b']);
    assert.deepEqual(cells(' :-: | --- '), [':-:', '---']);
  });
  test('an escaped trailing pipe should not be a border', () => {
    assert.deepEqual(cells('| a | b \\|'), ['a', 'b \\|']);
  });
});

describe('link resource', () => {
  const read = (data: string): { href: string; title: string | undefined } | undefined => {
    const found = readLinkResource(data);
    return found && { href: data.slice(found.hrefFrom, found.hrefTo).trim(), title: found.title && data.slice(found.title.from, found.title.to) };
  };
  test('a URL with spaces should be one URL', () => {
    assert.deepEqual(read('(http://x.org/a b) tail'), { href: 'http://x.org/a b', title: undefined });
  });
  test('quotes inside a title should not end it', () => {
    assert.deepEqual(read('(/u "a "b" c") tail'), { href: '/u', title: 'a "b" c' });
  });
  test('an unclosed title should fall back to the last balanced parenthesis', () => {
    assert.deepEqual(read('(link"notitle) tail'), { href: 'link"notitle', title: undefined });
  });
  test('nested parentheses should be kept in the URL', () => {
    assert.deepEqual(read('(http://x.org/(a)) tail'), { href: 'http://x.org/(a)', title: undefined });
  });
  test('an unclosed parenthesis should not be a link', () => {
    assert.equal(read('(http://x.org'), undefined);
  });
});

describe('reference definition', () => {
  test('a greedy quoted title should take the inner quotes', () => {
    const found = matchDefinition(['[a]: /u "x "y" z"']);
    assert.equal(found?.title && '[a]: /u "x "y" z"'.slice(found.title.from, found.title.to), 'x "y" z');
  });
  test('the URL and the title may be on the next lines', () => {
    assert.equal(matchDefinition(['[a]:', '   /u', '   "t"'])?.lines, 3);
  });
  test('text after the URL that is no title should not make a definition', () => {
    assert.equal(matchDefinition(['[a]: /u not a title']), undefined);
  });
  test('an empty label should not make a definition', () => {
    assert.equal(matchDefinition(['[]: /u']), undefined);
  });
});
