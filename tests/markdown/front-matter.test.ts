import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitFrontMatter } from '../../src/markdown/core/front-matter.ts';

describe('splitFrontMatter', () => {
  test('should read a YAML block and blank its lines so positions stay true', () => {
    const result = splitFrontMatter('---\ntitle: Hi\nhide:\n  - toc\n---\n# Body\n');
    assert.deepEqual(result.meta, { title: 'Hi', hide: ['toc'] });
    assert.equal(result.body, '\n\n\n\n\n# Body\n');
  });
  test('should report invalid YAML with a line and keep the body', () => {
    const result = splitFrontMatter('---\ntitle: [x\n---\nbody');
    assert.match(result.error?.message ?? '', /^invalid YAML front matter: /);
    assert.equal(result.body.trim(), 'body');
  });
  test('should reject front matter that is not a mapping', () => {
    assert.equal(splitFrontMatter('---\n- a\n---\nx').error?.message, 'front matter is not a mapping of keys to values');
  });
  test('should read MultiMarkdown meta up to the first blank line, with continuation lines', () => {
    const result = splitFrontMatter('Title: Hello\nAuthors: a\n    b\n\n# Body');
    assert.deepEqual(result.meta, { title: 'Hello', authors: 'a\nb' });
    assert.equal(result.body, '\n\n\n\n# Body');
  });
  test('should not take a page without meta as meta', () => {
    for (const source of ['# Title\n\nText', 'Some text: with a colon\nand a second line that is not meta', '---\nnot closed']) {
      const result = splitFrontMatter(source);
      assert.deepEqual(result.meta, {}, source);
    }
  });
  test('should keep a thematic break that is not at the top', () => {
    assert.equal(splitFrontMatter('Text\n\n---\n\nMore').body, 'Text\n\n---\n\nMore');
  });
});
