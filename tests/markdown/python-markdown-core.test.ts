/**
 * Unit tests of core's Python-Markdown rules that fixtures show less directly: the raw HTML
 * block scanner, the escapable set, and the fixture normalizer's whitespace handling.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { opensBlock, rawBlockEnd } from '../../src/markdown/core/html-scan.ts';
import { escapableCharacters } from '../../src/markdown/core/escape.ts';
import { normalizeHtml } from '../helpers/normalize-html.ts';
import { ext, renderHtml } from '../helpers/render.ts';

const render = (value: string, names: string[] = []): string => renderHtml(value, names.map((name) => ext(name)), { path: 'x.md' });

describe('raw HTML block scanner', () => {
  test('a block-level start tag should open a block', () => {
    assert.equal(opensBlock('<div class="x">'), true);
    assert.equal(opensBlock('<details markdown>'), true);
    assert.equal(opensBlock('<!-- comment'), true);
  });
  test('an inline tag should not open a block', () => {
    assert.equal(opensBlock('<span>x</span>'), false);
    assert.equal(opensBlock('<a href="x">'), false);
    assert.equal(opensBlock('< div>'), false);
  });
  test('the block should end at the end tag that empties the stack, past blank lines', () => {
    const value = '<div>\n<div>\n\ninner\n</div>\n\nstill\n</div> tail';
    assert.equal(rawBlockEnd(value), value.indexOf(' tail'));
  });
  test('an unclosed inner tag should not keep the block open', () => {
    assert.equal(rawBlockEnd('<div><p>a<br></div>'), '<div><p>a<br></div>'.length);
  });
  test('a tag inside an attribute value or a script should not count', () => {
    assert.equal(rawBlockEnd('<div title="</div>">x'), undefined);
    assert.equal(rawBlockEnd('<script>x = "<div>";</script>'), '<script>x = "<div>";</script>'.length);
  });
  test('a still-open block should have no end', () => {
    assert.equal(rawBlockEnd('<div>\n\ntext'), undefined);
  });
  test('a block-level tag right after the end tag should keep the block going to its own end', () => {
    const value = '<div></div><div>\n*x*\n</div> tail';
    assert.equal(rawBlockEnd(value), value.indexOf(' tail'));
  });
  test('an inline tag after the end tag should not keep the block going', () => {
    assert.equal(rawBlockEnd('<div></div> <span>\nx'), '<div></div>'.length);
  });
  test('a bogus comment should not open a block, a doctype should', () => {
    assert.equal(opensBlock('<!invalid>'), false);
    assert.equal(opensBlock('<!DOCTYPE html>'), true);
  });
});

describe('fences without a fence extension', () => {
  const bare = (value: string, names: string[]): string => renderHtml(value, names.map((name) => ext(name)), { bare: true, path: 'page.md' });
  test('should leave ``` and ~~~ lines as text when neither fenced_code nor superfences is on', () => {
    assert.equal(normalizeHtml(bare('~~~\nx\n~~~', [])), '<p>~~~ x ~~~</p>');
  });
  test('should still make code blocks of fences with fenced_code', () => {
    assert.equal(normalizeHtml(bare('~~~\nx\n~~~', ['fenced_code'])), '<pre><code>x</code></pre>');
  });
});

describe('escapable characters', () => {
  test('should be Python-Markdown\'s set plus the pipe of tables', () => {
    assert.equal(escapableCharacters([]), '\\`*_{}[]()>#+-.!|');
  });
  test('should grow with the extensions that add characters', () => {
    assert.ok(escapableCharacters(['pymdownx.arithmatex']).includes('$'));
    assert.ok(!escapableCharacters(['pymdownx.details']).includes('$'));
  });
  test('a dollar should stay escaped without arithmatex', () => {
    assert.equal(normalizeHtml(render('\\$5')), '<p>\\$5</p>');
  });
  test('a backslash at the end of a line should not make a hard break', () => {
    assert.equal(normalizeHtml(render('a\\\nb')), '<p>a\\ b</p>');
  });
});

describe('fixture normalizer', () => {
  test('should trim text where a block child starts inside an element', () => {
    assert.equal(normalizeHtml('<ul><li>a <ul><li>b</li></ul></li></ul>'), normalizeHtml('<ul><li>a<ul><li>b</li></ul></li></ul>'));
  });
  test('should not trim a space between inline elements', () => {
    assert.equal(normalizeHtml('<p><em>a</em> b</p>'), '<p><em>a</em> b</p>');
  });
  test('should keep whitespace inside pre but one trailing newline', () => {
    assert.equal(normalizeHtml('<pre><code>a\n  b\n</code></pre>'), '<pre><code>a\n  b</code></pre>');
  });
});

describe('code spans over several lines', () => {
  // Byte for byte: the fixture comparison collapses whitespace, which would hide this.
  test('keep their line endings as written (CommonMark would make them spaces)', () => {
    assert.equal(renderHtml('A `two\nlines` span.\n', []), '<p>A <code>two\nlines</code> span.</p>');
    assert.equal(renderHtml('- a `code\n  across` item\n', []), '<ul>\n<li>a <code>code\n  across</code> item</li>\n</ul>');
  });
});
