/**
 * A long string used as UTF-8 in slices (src/shared/text-slices.ts): the bytes the whole
 * string makes, wherever a slice ends.
 */
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { textSlices, writeBytes, writeText } from '../../src/shared/text-slices.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-text-slices-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function written(text: string, sliceChars?: number): Buffer {
  const file = path.join(dir, 'out.html');
  const fd = openSync(file, 'w');
  try {
    writeText(fd, text, sliceChars);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file);
}

describe('writeText', () => {
  test('writes the UTF-8 of the whole string when a slice edge falls inside a surrogate pair', () => {
    // Pairs at every offset: some slice of 2, 3 and 4 characters ends after a high surrogate.
    const text = `a${'😄é'.repeat(50)}b😄`;
    for (const sliceChars of [1, 2, 3, 4, 1 << 20]) assert.deepEqual(written(text, sliceChars), Buffer.from(text, 'utf8'), `slices of ${sliceChars}`);
  });

  test('writes a lone surrogate as UTF-8 writes it whole, and nothing for an empty string', () => {
    assert.deepEqual(written('x\uD800', 1), Buffer.from('x\uD800', 'utf8'));
    assert.equal(written('').length, 0);
  });
});

describe('writeBytes', () => {
  test('writes every byte given, a view into a larger buffer as its own bytes', () => {
    const file = path.join(dir, 'bytes.bin');
    const whole = Buffer.from(Array.from({ length: 300 }, (_, n) => n % 256));
    const fd = openSync(file, 'w');
    try {
      writeBytes(fd, whole.subarray(10, 250));
      writeBytes(fd, new Uint8Array(0));
    } finally {
      closeSync(fd);
    }
    assert.deepEqual(readFileSync(file), whole.subarray(10, 250));
  });
});

describe('textSlices', () => {
  test('cuts every sliceChars characters, one more where that would split a surrogate pair, and joins back to the string', () => {
    assert.deepEqual([...textSlices('abcdefg', 3)], ['abc', 'def', 'g']);
    assert.deepEqual([...textSlices('ab😄cd', 3)], ['ab😄', 'cd']);
    assert.deepEqual([...textSlices('', 3)], []);
  });
});
