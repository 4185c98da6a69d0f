/**
 * Python's ways with strings that the site layer copies: its string order (by code point, not
 * UTF-16 unit) and json.dump's output with its defaults (keys in their own order, no HTML escapes).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareCodePoints } from '../../src/shared/code-points.ts';
import { jinjaJson, pythonJson } from '../../src/shared/jinja-json.ts';

describe('Python\'s string order', () => {
  test('should put an astral character after U+E000-U+FFFF, as Python\'s sorted() does, and shorter prefixes first', () => {
    assert.deepEqual(['😀', 'ﬀ', 'a', 'ab', 'B', ''].sort(compareCodePoints), ['', 'B', 'a', 'ab', 'ﬀ', '😀']);
    assert.equal(compareCodePoints('x', 'x'), 0);
  });

  test('should agree with sorting by code points on strings mixing every plane', () => {
    const samples = ['', 'a', 'a/b.md', 'ä', 'z', '\uD7FF', '\uE000', 'ﬀ', '\uFFFF', '😀', '😀a', '𝔸', 'a😀', 'aﬀ', 'über.md', '日本', 'Ω'];
    const byCodePoints = (x: string, y: string) => {
      const a = [...x].map((c) => c.codePointAt(0) ?? 0);
      const b = [...y].map((c) => c.codePointAt(0) ?? 0);
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
      return a.length - b.length;
    };
    for (const x of samples) for (const y of samples) assert.equal(Math.sign(compareCodePoints(x, y)), Math.sign(byCodePoints(x, y)), `${x} vs ${y}`);
  });
});

describe('Python\'s json.dump', () => {
  test('should keep the keys\' order and leave <, >, & and \' as they are, unlike tojson', () => {
    assert.equal(pythonJson({ url: '<a>', title: "it's & é" }), '{"url": "<a>", "title": "it\'s & \\u00e9"}');
    assert.equal(jinjaJson({ url: '<a>', title: 'x' }), '{"title": "x", "url": "\\u003ca\\u003e"}');
  });
});
