/**
 * md_in_html's element splitting (frames.ts), which decides what is Markdown and what stays HTML,
 * and the line break span mode puts before an indented nested block (transform.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markdownState, readFrames, wantsMarkdown } from '../../src/markdown/extensions/md-in-html/frames.ts';
import { ext, renderHtml } from '../helpers/render.ts';

const attributes = (markdown?: string): Map<string, string> => new Map(markdown === undefined ? [] : [['markdown', markdown]]);

describe('md_in_html state', () => {
  test('markdown on a block tag should mean block Markdown', () => {
    assert.equal(markdownState('div', attributes(''), undefined), 'block');
    assert.equal(markdownState('div', attributes('1'), undefined), 'block');
    assert.equal(markdownState('section', attributes('block'), undefined), 'block');
  });
  test('markdown on a span tag, or markdown="span", should mean inline Markdown', () => {
    assert.equal(markdownState('p', attributes('1'), undefined), 'span');
    assert.equal(markdownState('figure', attributes('span'), undefined), 'span');
  });
  test('a tag without markdown, or a raw tag, should stay HTML', () => {
    assert.equal(markdownState('div', attributes(), undefined), 'off');
    assert.equal(markdownState('pre', attributes('1'), undefined), 'off');
    assert.equal(markdownState('div', attributes('1'), 'off'), 'off');
  });
  test('an inline tag should not want Markdown, even with the attribute', () => {
    assert.equal(wantsMarkdown('<span markdown>x</span>'), false);
    assert.equal(wantsMarkdown('<div markdown>x</div>'), true);
  });
});

describe('md_in_html frames', () => {
  test('a nested block tag at a line start should be a child frame', () => {
    const value = '<details markdown>\n<summary>S</summary>\n\n- a\n</details>';
    const frame = readFrames(value);
    assert.equal(frame?.parts.length, 3);
    const child = frame?.parts[1];
    assert.equal(child?.kind === 'frame' ? `${child.frame.name}:${child.frame.state}` : '', 'summary:off');
  });
  test('a block tag in the middle of a line should not be a frame', () => {
    const frame = readFrames('<div markdown>\ntext <p>inline</p> more\n</div>');
    assert.deepEqual(frame?.parts.map((part) => part.kind), ['text']);
  });
  test('a tag inside fenced code should not be a frame', () => {
    const frame = readFrames('<div markdown>\n```\n<div>\n```\n</div>');
    assert.deepEqual(frame?.parts.map((part) => part.kind), ['text']);
    assert.equal(frame?.end, '<div markdown>\n```\n<div>\n```\n</div>'.length);
  });
});

describe('md_in_html nested blocks in span mode', () => {
  const render = (value: string): string => renderHtml(value, [ext('md_in_html')], { projectDir: '/' });

  test('should put a line break before a nested block indented by two spaces or more', () => {
    assert.match(render('<figure markdown="span">\n  ![A](a.png)\n  <figcaption>C</figcaption>\n</figure>'), /<img[^>]*><br>\s*<figcaption>/);
    assert.match(render('<figure markdown="span">\n   <figcaption>C</figcaption>\n</figure>'), /<figure><br>\s*<figcaption>/);
  });

  test('should not put a line break before a nested block indented by one space or none', () => {
    assert.doesNotMatch(render('<figure markdown="span">\n ![A](a.png)\n <figcaption>C</figcaption>\n</figure>'), /<br>/);
    assert.doesNotMatch(render('<figure markdown="span">\n![A](a.png)\n<figcaption>C</figcaption>\n</figure>'), /<br>/);
  });

  test('should not put a line break before a nested block in block mode', () => {
    assert.doesNotMatch(render('<figure markdown>\n  ![A](a.png)\n  <figcaption>C</figcaption>\n</figure>'), /<br>/);
  });
});
