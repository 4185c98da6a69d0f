import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitFrontMatter } from '../../src/markdown/core/front-matter.ts';

describe('splitFrontMatter', () => {
  test('should read a YAML block and blank its lines so positions stay true', () => {
    const result = splitFrontMatter('---\ntitle: Hi\nhide:\n  - toc\n---\n# Body\n');
    assert.deepEqual(result.meta, { title: 'Hi', hide: ['toc'] });
    assert.equal(result.body, '\n\n\n\n\n# Body\n');
  });
  test('should report invalid YAML with a line and keep the page whole', () => {
    const source = '---\ntitle: [x\n---\nbody';
    const result = splitFrontMatter(source);
    assert.match(result.error?.message ?? '', /^invalid YAML front matter, rendered as Markdown: /);
    assert.equal(result.body, source);
  });
  test("should read a quoted value whose next line is not indented, as MkDocs' PyYAML does", () => {
    const result = splitFrontMatter("---\ntitle: 'A long\ntitle'\nhide: [toc,\nnav]\n---\n# Body\n");
    assert.deepEqual(result.meta, { title: 'A long title', hide: ['toc', 'nav'] });
    assert.equal(result.error, undefined);
  });
  test('should keep a page whose --- block is not a mapping, as MkDocs does', () => {
    const source = '---\n- a\n---\nx';
    const result = splitFrontMatter(source);
    assert.deepEqual(result, { meta: {}, body: source });
  });
  test('should read MultiMarkdown meta whatever the extensions, as MkDocs does, up to the first blank line', () => {
    const result = splitFrontMatter('Title: Hello\nAuthors: a\n    b\n\n# Body');
    assert.deepEqual(result.meta, { title: 'Hello', authors: 'a b' });
    assert.equal(result.body, '\n\n\n\n# Body');
  });
  test('should end MultiMarkdown meta at the first line that is not meta, keeping that line', () => {
    const result = splitFrontMatter('Cycle:\nNot meta here\n');
    assert.deepEqual(result.meta, { cycle: '' });
    assert.equal(result.body, '\nNot meta here\n');
  });
  test('should not take a page without meta as meta', () => {
    for (const source of ['# Title\n\nText', 'Some text: with a colon\nand more', '---\nnot closed']) {
      const result = splitFrontMatter(source);
      assert.deepEqual(result.meta, {}, source);
      assert.equal(result.body, source);
    }
  });
  test('should keep a thematic break that is not at the top', () => {
    assert.equal(splitFrontMatter('Text\n\n---\n\nMore').body, 'Text\n\n---\n\nMore');
  });
});
