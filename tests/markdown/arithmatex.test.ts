import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { matchMathBlock } from '../../src/markdown/extensions/arithmatex/block-match.ts';
import type { ExtensionSpec } from '../../src/markdown/types.ts';
import { renderHtml } from '../helpers/render.ts';

const GENERIC: ExtensionSpec[] = [{ name: 'pymdownx.arithmatex', options: { generic: true } }];
const ALL = new Set(['dollar', 'square', 'begin'] as const);

describe('arithmatex block test', () => {
  test('a dollar block gives the TeX between the dollars, line endings included', () => {
    assert.equal(matchMathBlock('$$\nx\n$$  ', ALL), '\nx\n');
  });

  test('a begin block keeps its environment', () => {
    assert.equal(matchMathBlock('\\begin{align*}x\\end{align*}', ALL), '\\begin{align*}x\\end{align*}');
  });

  test('should not match when text follows the closing delimiter or the environments differ', () => {
    assert.equal(matchMathBlock('$$x$$ y', ALL), undefined);
    assert.equal(matchMathBlock('\\begin{a}x\\end{b}', ALL), undefined);
  });

  test('an escaped dollar should not close the block', () => {
    assert.equal(matchMathBlock('$$a\\$$', ALL), undefined);
    assert.equal(matchMathBlock('$$a\\$$$', ALL), 'a\\$');
  });

  test('should not match a form that block_syntax leaves out', () => {
    assert.equal(matchMathBlock('\\[x\\]', new Set(['dollar'] as const)), undefined);
  });
});

describe('arithmatex on odd input', () => {
  test('unclosed delimiters at the end of the page stay text', () => {
    assert.equal(renderHtml('a $x and \\(y', GENERIC, { path: 'page.md' }), '<p>a $x and (y</p>');
    assert.equal(renderHtml('$$\nx', GENERIC, { path: 'page.md' }), '<p>$$\nx</p>');
  });

  test('a backslash at the very end inside math does not close or throw', () => {
    assert.equal(renderHtml('$x\\', GENERIC, { path: 'page.md' }), '<p>$x\\</p>');
  });
});
