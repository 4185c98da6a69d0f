import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createIgnoreMatcher } from '../../src/config/index.ts';

const ignores = (patterns: string[], file: string, isDirectory = false): boolean => createIgnoreMatcher(patterns).ignores(file, isDirectory);

describe('gitignore-style patterns', () => {
  it('should match a bare name at any depth', () => {
    assert.equal(ignores(['draft.md'], 'draft.md'), true);
    assert.equal(ignores(['draft.md'], 'a/b/draft.md'), true);
    assert.equal(ignores(['draft.md'], 'a/b/final.md'), false);
  });

  it('should anchor a pattern with a leading or inner slash to the root', () => {
    assert.equal(ignores(['/draft.md'], 'draft.md'), true);
    assert.equal(ignores(['/draft.md'], 'a/draft.md'), false);
    assert.equal(ignores(['a/draft.md'], 'a/draft.md'), true);
    assert.equal(ignores(['a/draft.md'], 'b/a/draft.md'), false);
  });

  it('should match everything inside a matched folder', () => {
    assert.equal(ignores(['drafts/'], 'drafts/x.md'), true);
    assert.equal(ignores(['drafts/'], 'a/drafts/deep/x.md'), true);
    assert.equal(ignores(['/templates/'], 'templates/main.html'), true);
    assert.equal(ignores(['/templates/'], 'guide/templates/main.html'), false);
  });

  it('should not let a folder-only pattern match a file of that name', () => {
    assert.equal(ignores(['drafts/'], 'drafts'), false);
    assert.equal(ignores(['drafts/'], 'drafts', true), true);
  });

  it('should support *, ? and character classes without crossing slashes', () => {
    assert.equal(ignores(['*.tmp'], 'a/b.tmp'), true);
    assert.equal(ignores(['a/*.md'], 'a/b/c.md'), false);
    assert.equal(ignores(['v?.md'], 'v1.md'), true);
    assert.equal(ignores(['v[0-4].md'], 'v3.md'), true);
    assert.equal(ignores(['v[!0-4].md'], 'v3.md'), false);
  });

  it('should support ** for any number of folders', () => {
    assert.equal(ignores(['**/secret.md'], 'secret.md'), true);
    assert.equal(ignores(['**/secret.md'], 'a/b/secret.md'), true);
    assert.equal(ignores(['a/**/z.md'], 'a/z.md'), true);
    assert.equal(ignores(['a/**/z.md'], 'a/b/c/z.md'), true);
    assert.equal(ignores(['a/**'], 'a/b/c.md'), true);
  });

  it('should let a later ! pattern re-include, the last match winning', () => {
    assert.equal(ignores(['*.md', '!keep.md'], 'keep.md'), false);
    assert.equal(ignores(['*.md', '!keep.md'], 'drop.md'), true);
    assert.equal(ignores(['!keep.md', '*.md'], 'keep.md'), true);
  });

  // pathspec 0.11's GitIgnoreSpec (what MkDocs uses) answers False, True; git itself would not re-include.
  it('should re-include a file inside an excluded folder, as pathspec does and git does not', () => {
    assert.equal(ignores(['drafts/', '!drafts/a.md'], 'drafts/a.md'), false);
    assert.equal(ignores(['drafts/', '!drafts/a.md'], 'drafts/b.md'), true);
  });

  it('should skip comments and blank lines, and read escaped # and !', () => {
    assert.equal(ignores(['# comment', '', '   '], 'comment'), false);
    assert.equal(ignores(['\\#notes.md'], '#notes.md'), true);
    assert.equal(ignores(['\\!bang.md'], '!bang.md'), true);
  });

  it('should match dotfiles with MkDocs\' default .* pattern, but not files with a dot inside', () => {
    assert.equal(ignores(['.*'], '.git/config'), true);
    assert.equal(ignores(['.*'], 'a/.hidden.md'), true);
    assert.equal(ignores(['.*'], 'a/visible.md'), false);
  });

  it('should take regex characters in names literally', () => {
    assert.equal(ignores(['a+b (1).md'], 'a+b (1).md'), true);
    assert.equal(ignores(['a+b (1).md'], 'aab (1).md'), false);
  });
});
