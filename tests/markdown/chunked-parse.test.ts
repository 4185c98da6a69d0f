/**
 * Big pages are parsed in pieces (core/chunked-parse.ts): the cuts fall only where no block can
 * be open, and the joined tree is the tree of the whole page.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { STRESS_CASES, STRESS_EXTENSIONS } from '../../bench/stress-cases.ts';
import { leavesTagsOpen, parseInPieces, PIECE_CHARS, pieceStarts } from '../../src/markdown/core/chunked-parse.ts';
import { createRenderer } from '../../src/markdown/index.ts';
import { remarkPythonMarkdown } from '../../src/markdown/core/python-markdown.ts';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';

const section = (n: number) => `## Part ${n}\n\nSome *text* with a [link](https://example.org).\n\n- item\n- item\n\n`;
const sections = (count: number) => Array.from({ length: count }, (_, n) => section(n)).join('');

describe('pieceStarts', () => {
  test('it cuts before a heading that follows a blank line, once a piece is long enough', () => {
    const document = sections(6);
    const starts = pieceStarts(document, section(0).length * 2);
    assert.deepEqual(starts.map((at) => document.slice(at, at + 10)), ['## Part 2\n', '## Part 4\n']);
  });

  test('a page shorter than two pieces is not cut', () => {
    assert.deepEqual(pieceStarts(sections(6)), []);
    assert.ok(sections(6).length < 2 * PIECE_CHARS);
  });

  test('it does not cut inside a fenced code block, even one in a list', () => {
    const document = `${sections(2)}- item\n\n    \`\`\`\n    x\n\n## not a heading\n\n    \`\`\`\n\n${sections(2)}`;
    const starts = pieceStarts(document, 1).map((at) => document.slice(at, at + 12));
    assert.ok(!starts.includes('## not a hea'));
    assert.ok(starts.includes('## Part 1\n\nS'));
  });

  test('it does not cut before fancylists’ `#.` item, nor after raw HTML, a comment, a `///` block or a `:::` container', () => {
    assert.deepEqual(pieceStarts(`${sections(1)}#. item\n\n#. item\n`, 1), []);
    for (const opener of ['<div>', '<!-- note', '/// details | x', ':::note']) {
      const document = `${section(0)}${opener}\n\n${sections(3)}`;
      assert.deepEqual(pieceStarts(document, 1), [], opener);
    }
  });

  test('a page with a footnote call is parsed whole (calls resolve only against their own parse)', () => {
    assert.deepEqual(pieceStarts(`${sections(4)}A note[^1].\n`, 1), []);
  });
});

describe('parseInPieces', () => {
  const whole = (text: string): Root => fromMarkdown(text);

  test('the joined tree is the tree of the whole page, positions included', () => {
    const document = `${sections(5)}> quote\n`;
    const starts = pieceStarts(document, 1);
    assert.ok(starts.length >= 3);
    assert.deepEqual(parseInPieces(document, starts, whole), whole(document));
  });

  test('a piece whose last block runs into the cut gives up, for a whole parse', () => {
    // The indented ``` line is code, not a fence, so the scanner pairs the fences wrongly.
    const document = `${section(0)}    \`\`\`\n\ntext\n\n\`\`\`\n\n## inside the fence\n\n${section(1)}`;
    const starts = pieceStarts(document, 1);
    assert.ok(starts.some((at) => document.startsWith('## inside', at)));
    assert.equal(parseInPieces(document, starts, whole), undefined);
  });
});

describe('a big page', () => {
  const big = STRESS_CASES.find((candidate) => candidate.name.startsWith('10 MB'));
  // Pieces of 4 KiB instead of 64: the same cuts on a page 16 times smaller (and faster to render).
  const pieceChars = 4 * 1024;
  const renderer = createRenderer({ extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs', pieceChars });
  const body = () => {
    assert.ok(big);
    return big.make((2.2 * pieceChars) / (10 * 1024 * 1024));
  };

  /** The page rendered in pieces, and whole: a footnote call (in a code span, so it stays text) keeps it whole. */
  function bothWays(source: string): { pieces: string; whole: string } {
    assert.ok(pieceStarts(source, pieceChars).length > 0);
    const pieces = renderer.render({ path: 'big.md', value: source }).html;
    const whole = renderer.render({ path: 'big.md', value: `${source}\n\`[^x]\`\n` }).html;
    return { pieces: `${pieces}\n<p><code>[^x]</code></p>`, whole };
  }

  test('it renders the same HTML in pieces as whole', () => {
    const { pieces, whole } = bothWays(body());
    assert.equal(pieces, whole);
  });

  test('a reference resolves against a definition in another piece, also one in a list item', () => {
    for (const definition of ['[ref]: https://example.org/ref', '- [ref]: https://example.org/ref']) {
      const { pieces, whole } = bothWays(`See [the reference][ref].\n\n${body()}${definition}\n`);
      if (!definition.startsWith('-')) assert.ok(whole.includes('<a href="https://example.org/ref">the reference</a>'));
      assert.equal(pieces, whole, definition);
    }
  });

  test('the piece size reaches the parser: the page is parsed in pieces, not whole', () => {
    const parsed: number[] = [];
    const counting = unified()
      .use(function countingParser(this: Processor) {
        this.parser = (document) => { parsed.push(document.length); return fromMarkdown(document); };
      })
      .use(remarkPythonMarkdown, { pieceChars });
    const page = body();
    counting.parse(new VFile({ path: 'big.md', value: page }));
    assert.ok(parsed.length >= 2, `parsed as ${parsed.length} piece(s)`);
    assert.ok(parsed.every((length) => length < page.length));
  });
});

describe('leavesTagsOpen: a piece whose raw HTML leaves an element open is not rendered on its own', () => {
  test('an element left open, inline or in a heading, is found', () => {
    assert.equal(leavesTagsOpen('## Install <name>\n'), true);
    assert.equal(leavesTagsOpen('a <b> b\n\nc </i>\n'), true);
    assert.equal(leavesTagsOpen('<div markdown>\n\ntext\n'), true);
  });

  test('closed and void elements, autolinks, code spans and fenced code leave nothing open', () => {
    assert.equal(leavesTagsOpen('a <b>b</b> <br> <img src="x"> <hr/>\n'), false);
    assert.equal(leavesTagsOpen('<https://example.org> and <me@example.org>\n'), false);
    assert.equal(leavesTagsOpen('`std::vector<T>` and ``<b>``\n'), false);
    assert.equal(leavesTagsOpen('```cpp\ntemplate <typename T>\n```\n\n~~~\n<div>\n~~~\n'), false);
  });
});
