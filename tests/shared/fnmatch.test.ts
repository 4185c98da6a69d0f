/**
 * The one glob matcher (Python's fnmatch.translate, case-sensitive): the exclude, revision-date
 * and mkdocs-jupyter plugins and literate-nav all match with it. The expected results are
 * CPython 3.11's `fnmatch.fnmatchcase`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fnmatch } from '../../src/shared/fnmatch.ts';

const matches = (pattern: string, text: string): boolean => {
  const glob = fnmatch(pattern);
  assert.ok('regex' in glob, pattern);
  return glob.regex.test(text);
};

describe('fnmatch', () => {
  test('should match as Python\'s fnmatchcase: * across folders, ? one character, [seq] and [!seq]', () => {
    assert.equal(matches('drafts/*', 'drafts/a/b.md'), true);
    assert.equal(matches('*.md', 'a/b.md'), true);
    assert.equal(matches('a?.md', 'ab.md'), true);
    assert.equal(matches('a?.md', 'a/.md'), true);
    assert.equal(matches('[ab].md', 'b.md'), true);
    assert.equal(matches('[!ab].md', 'b.md'), false);
    assert.equal(matches('[a-c].md', 'b.md'), true);
  });

  test('should not match a partial path, another case, or regex characters as regex', () => {
    assert.equal(matches('drafts/*', 'old/drafts/a.md'), false);
    assert.equal(matches('index.md', 'Index.md'), false);
    assert.equal(matches('a.md', 'abmd'), false);
    assert.equal(matches('(x)+.md', '(x)+.md'), true);
    assert.equal(matches('^$.md', '^$.md'), true);
  });

  test('should read a set\'s brackets, hyphens and carets as Python does', () => {
    assert.equal(matches('[]a].md', '].md'), true);
    assert.equal(matches('[!]a].md', '].md'), false);
    assert.equal(matches('[!]a].md', 'b.md'), true);
    assert.equal(matches('[-a].md', '-.md'), true);
    assert.equal(matches('[a-].md', '-.md'), true);
    assert.equal(matches('[a-c-e].md', '-.md'), true);
    assert.equal(matches('[a-c-e].md', 'd.md'), false);
    assert.equal(matches('[^a].md', '^.md'), true);
    assert.equal(matches('[\\].md', '\\.md'), true);
    assert.equal(matches('[a.md', '[a.md'), true);
  });

  test('should drop a reversed range, as Python 3.9+ does: [z-a] matches nothing, [!z-a] any character', () => {
    assert.equal(matches('[z-a].md', 'z.md'), false);
    assert.equal(matches('[z-a].md', 'a.md'), false);
    assert.equal(matches('[!z-a].md', 'q.md'), true);
    assert.equal(matches('[az-by].md', 'y.md'), true);
    assert.equal(matches('[az-by].md', 'z.md'), false);
  });

  test('should never throw, whatever the pattern', () => {
    for (const pattern of ['[z-a]', '[', ']', '[!]', '[]', '[\\', '[a-\\]', '(?', '\\', '[&&]', '[~~]', '[\u{1F600}-a]']) {
      assert.ok('regex' in fnmatch(pattern), pattern);
    }
  });

  test('should not backtrack on many stars that cannot match', () => {
    const start = performance.now();
    assert.equal(matches('*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000)), false);
    assert.ok(performance.now() - start < 1000);
  });
});
