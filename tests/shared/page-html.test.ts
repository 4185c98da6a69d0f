/**
 * A page's HTML in memory or in a file (src/shared/page-html.ts): every operation gives for a
 * file what it gives for the same text as a string, wherever the file's chunks end.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { htmlBytes, htmlChars, htmlPieces, htmlSlices, htmlText, rewriteHtml, someSlice, utf16Length, writeHtml, type HtmlFile } from '../../src/shared/page-html.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-page-html-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function inFile(text: string): HtmlFile {
  const file = path.join(dir, `${files++}.html`);
  writeFileSync(file, text);
  return { file, chars: text.length };
}

// Characters of one to four UTF-8 bytes, and tags, so small chunks end inside characters and tags.
const TEXT = Array.from({ length: 40 }, (_, n) => `<h2 id="s${n}">Größe ${n} 😀</h2>\n<p class="x task-list">Über — ✓ ${n}</p>\n`).join('');

describe('htmlSlices', () => {
  test('should give a string as one slice', () => {
    assert.deepEqual([...htmlSlices(TEXT)], [TEXT]);
  });

  for (const chunkBytes of [1, 3, 7, 64, 1 << 20]) {
    test(`should give a file's text whole in slices that end after a '>', read ${chunkBytes} bytes at a time`, () => {
      const slices = [...htmlSlices(inFile(TEXT), chunkBytes)];
      assert.equal(slices.join(''), TEXT);
      for (const slice of slices.slice(0, -1)) assert.ok(slice.endsWith('>'), slice);
    });
  }

  test('should give the text after the last \'>\' as the last slice, and nothing for an empty file', () => {
    assert.deepEqual([...htmlSlices(inFile('<p>a</p>tail'), 2)], ['<p>', 'a</p>', 'tail']);
    assert.deepEqual([...htmlSlices(inFile(''))], []);
  });
});

describe('someSlice', () => {
  test('should find in a file\'s slices what a pattern with no \'>\' but its last finds in the whole text, and not what it does not', () => {
    const file = inFile(TEXT);
    for (const chunkBytes of [1, 5, 1 << 20]) {
      const some = (pattern: RegExp) => [...htmlSlices(file, chunkBytes)].some((slice) => pattern.test(slice));
      assert.equal(some(/class="[^"'>]*\btask-list/), true);
      assert.equal(some(/<h2[\s>]/), true);
      assert.equal(some(/Größe 39 😀</), true);
      assert.equal(some(/<h1[\s>]/), false);
    }
    assert.equal(someSlice(file, (slice) => slice.includes('Über — ✓ 39')), true);
    assert.equal(someSlice(file, (slice) => slice.includes('<h1')), false);
  });
});

describe('htmlChars, htmlText, htmlBytes', () => {
  test('should measure and read a file as the string it holds', () => {
    const file = inFile(TEXT);
    assert.equal(htmlChars(file), TEXT.length);
    assert.equal(htmlChars(TEXT), TEXT.length);
    assert.equal(htmlText(file), TEXT);
    assert.equal(htmlText(TEXT), TEXT);
    assert.equal(htmlBytes(file), Buffer.byteLength(TEXT));
    assert.equal(htmlBytes(TEXT), Buffer.byteLength(TEXT));
    // Read through one buffer kept for the next: a shorter file after a longer one is its own
    // text, and a file longer than that buffer is read whole all the same.
    const shorter = '<p>x</p>';
    assert.equal(htmlText(inFile(TEXT + TEXT)), TEXT + TEXT);
    assert.equal(htmlText(inFile(shorter)), shorter);
    const long = `<p>${'é😀'.repeat(200_000)}</p>`;
    assert.ok(Buffer.byteLength(long) > 1 << 20);
    assert.equal(htmlText(inFile(long)), long);
    assert.equal(htmlText(inFile('')), '');
  });
});

describe('htmlPieces and writeHtml', () => {
  test('should hash and write the same UTF-8 from a file as from the string', () => {
    const hash = (pieces: Iterable<string | Uint8Array>) => {
      const sha = createHash('sha256');
      for (const piece of pieces) sha.update(piece);
      return sha.digest('hex');
    };
    const expected = createHash('sha256').update(TEXT).digest('hex');
    assert.equal(hash(htmlPieces(TEXT)), expected);
    assert.equal(hash(htmlPieces(inFile(TEXT), 3)), expected);
    for (const html of [TEXT, inFile(TEXT)]) {
      const out = path.join(dir, 'written.html');
      const fd = openSync(out, 'w');
      try {
        writeHtml(fd, html);
      } finally {
        closeSync(fd);
      }
      assert.deepEqual(readFileSync(out), Buffer.from(TEXT));
    }
  });

  test('should give each of several files read at once its own bytes, a file read after others too', () => {
    // Files of more than one default chunk: their reads take turns, each with a buffer of its own.
    const texts = ['a', 'b', 'c'].map((letter) => `<p>${letter.repeat(80_000)} 😀</p>`);
    const readers = texts.map((text) => htmlPieces(inFile(text))[Symbol.iterator]());
    const got: Buffer[][] = texts.map(() => []);
    for (let open = readers.length; open > 0; ) {
      // A chunk stays as read until its own reader reads the next, whatever the others read.
      const chunks = readers.map((reader) => reader.next());
      open = 0;
      chunks.forEach((next, n) => {
        if (next.done) return;
        open++;
        got[n]?.push(Buffer.from(next.value));
      });
    }
    texts.forEach((text, n) => assert.deepEqual(Buffer.concat(got[n] ?? []), Buffer.from(text)));
    // The buffers those reads are done with serve the next: one read after another, each whole.
    for (const text of texts) {
      const parts: Buffer[] = [];
      for (const piece of htmlPieces(inFile(text))) parts.push(Buffer.from(piece));
      assert.deepEqual(Buffer.concat(parts), Buffer.from(text));
    }
  });
});

describe('rewriteHtml', () => {
  const upper = (text: string) => text.replace(/Größe/g, 'GRÖSSE');
  test('should rewrite a string', () => {
    assert.equal(rewriteHtml(TEXT, () => false, upper), upper(TEXT));
  });

  test('should rewrite a file\'s text when a slice may change, into a string', () => {
    assert.equal(rewriteHtml(inFile(TEXT), (slice) => slice.includes('Größe'), upper), upper(TEXT));
  });

  test('should keep a file when no slice may change or the rewrite changes nothing', () => {
    const file = inFile(TEXT);
    assert.equal(rewriteHtml(file, () => false, upper), file);
    assert.equal(rewriteHtml(file, () => true, (text) => text), file);
  });
});

describe('utf16Length', () => {
  test('should count the UTF-16 units of UTF-8 pieces as the joined string has them, a character cut between pieces too', () => {
    const text = 'aé✓😀\u{10FFFF}z';
    const bytes = new TextEncoder().encode(text);
    for (const cut of [0, 2, 3, 7, 9, bytes.length]) assert.equal(utf16Length([bytes.subarray(0, cut), bytes.subarray(cut)]), text.length, `cut at ${cut}`);
  });

});

describe('a page\'s HTML at a range of a file another page shares', () => {
  test('is read, sliced, copied and measured as its own bytes only', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-range-'));
    const file = path.join(dir, 'pages.html');
    const first = '<p>first é</p>';
    const second = `<h1 id="x">Größe 😀</h1>${'<p>row</p>'.repeat(5000)}`;
    writeFileSync(file, first + second + '<p>third</p>');
    const html = { file, chars: second.length, at: { offset: Buffer.byteLength(first), bytes: Buffer.byteLength(second) } };
    assert.equal(htmlText(html), second);
    assert.equal([...htmlSlices(html, 64)].join(''), second);
    // Each piece is valid until the next is asked for: copied as it comes.
    const copied: Buffer[] = [];
    for (const piece of htmlPieces(html, 64)) copied.push(Buffer.from(piece));
    assert.deepEqual(Buffer.concat(copied), Buffer.from(second));
    assert.equal(htmlBytes(html), Buffer.byteLength(second));
    assert.equal(someSlice(html, (slice) => slice.includes('third')), false);
    rmSync(dir, { recursive: true, force: true });
  });
});
