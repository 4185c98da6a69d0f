import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from '../../src/markdown/extensions/superfences/pygments/guess.ts';

const known = (alias: string): boolean => ['python', 'bash', 'html'].includes(alias);

describe('Pygments guess_lexer over the ported lexers', () => {
  test('a shebang names the shell before any import line counts', () => {
    assert.equal(guessLanguage('#!/usr/bin/env bash\nimport x', known), 'bash');
  });

  test('an HTML doctype scores above the XML tags', () => {
    assert.equal(guessLanguage('<!DOCTYPE html>\n<p>x</p>', known), 'html');
  });

  test('a vim modeline names the language when Pygments knows it', () => {
    assert.equal(guessLanguage('x = 1\n# vim: ft=python', known), 'python');
  });

  test('a ruby shebang, versioned or not, is Ruby', () => {
    assert.equal(guessLanguage('#!/usr/bin/env ruby\nputs 1', known), 'ruby');
    assert.equal(guessLanguage('#!/usr/local/bin/ruby1.9 -w\nputs 1', known), 'ruby');
  });

  test('should not take a rubyist shebang or Ruby code without one for Ruby', () => {
    assert.equal(guessLanguage('#!/usr/bin/rubyist\nputs 1', known), 'text');
    assert.equal(guessLanguage('puts "hi"', known), 'text');
  });

  test('should not take a modeline naming no lexer, and should fall back to text', () => {
    assert.equal(guessLanguage('words\n# vim: ft=nosuchlang', known), 'text');
  });
});
