import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Paragraph } from 'mdast';
import { assignAttributes, parseAttributes, parseWithRemainder } from '../../src/markdown/extensions/attr-list/attributes.ts';
import { ext, renderHtml } from '../helpers/render.ts';

const render = (value: string): string => renderHtml(value, [ext('attr_list')], { path: 'page.md' });

describe('attr_list: the attribute language', () => {
  test('reads classes, ids, quoted and unquoted values and bare words as Python-Markdown does', () => {
    assert.deepEqual(parseAttributes('.a #b c="d e" f=g h i=\'j k\''), [
      ['.', 'a'], ['id', 'b'], ['c', 'd e'], ['f', 'g'], ['h', 'h'], ['i', 'j k'],
    ]);
  });

  test('stops at a token it cannot read, keeping what came before', () => {
    assert.deepEqual(parseAttributes('.a =x .b'), [['.', 'a']]);
  });

  test('should not read past the first closing quote (a lazy match, as in Python)', () => {
    assert.deepEqual(parseAttributes('title=""Quoted""'), [['title', ''], ['Quoted""', 'Quoted""']]);
    assert.deepEqual(parseAttributes("t='it''s'"), [['t', 'it'], ["'s'", "'s'"]]);
  });
});

describe('attr_list: where a list applies', () => {
  test('puts a list after a link on the link, for several links on consecutive lines', () => {
    assert.equal(
      render('[a](x){ .one }\n[b](y){ .two title="T w" }'),
      '<p><a href="x" class="one">a</a>\n<a href="y" class="two" title="T w">b</a></p>',
    );
  });

  test('appends `.x` to the class but lets `class=` replace it', () => {
    assert.match(render('[a](x){ .one .two }'), /class="one two"/);
    assert.match(render('[a](x){ .one class="three" }'), /class="three"/);
  });

  test('sets a heading id that toc keeps', () => {
    assert.match(render('## Title { #custom }'), /<h2 id="custom">Title<\/h2>/);
  });

  test('should not read a list in inline code, fenced code or separated from its link by a space', () => {
    const html = render('`[a](x){ .c }` [b](y) { .d }\n\n```\n[c](z){ .e }\n```');
    assert.doesNotMatch(html, /class="[cde]"/);
    assert.match(html, /\{ \.c \}/);
    assert.match(html, /\{ \.d \}/);
  });

  test('should not read a block list that is not on the last line', () => {
    assert.equal(render('text\n{: .x }\nmore'), '<p>text\n{: .x }\nmore</p>');
  });
});

describe('attr_list braces (Python-Markdown 3.10)', () => {
  test('should read braces inside a quoted value', () => {
    assert.deepEqual(parseWithRemainder('data-test="{}"'), { attributes: [['data-test', '{}']], remainder: '' });
  });
  test('should give back what follows an unquoted closing brace', () => {
    assert.deepEqual(parseWithRemainder('.x} b {c'), { attributes: [['.', 'x']], remainder: '} b {c' });
  });
  test('should not assign a block list that leaves a remainder', () => {
    const node: Paragraph = { type: 'paragraph', children: [] };
    assert.equal(assignAttributes(node, '.z } ', true), '} ');
    assert.equal(node.data, undefined);
  });
});

describe('attr_list over inline HTML', () => {
  const html = (value: string) => renderHtml(value, [ext('attr_list')], { projectDir: '/p' });
  test('should read a list whose value holds inline HTML at the end of a heading', () => {
    assert.equal(html('# H { title="a <b>b</b>" }'), '<h1 title="a <b>b</b>" id="h">H</h1>');
  });
  test('should not read a list that starts after the inline HTML', () => {
    assert.match(html('# H <b>b</b> c'), /<h1 id="h-b-c">H <b>b<\/b> c<\/h1>/);
  });
});
