import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { excerptSegments } from '../../src/components/search/shape.ts';
import { acceptsSuggestion, suggestCompletion } from '../../src/components/search/suggest.ts';

describe('suggestCompletion', () => {
  test('completes the last word from the first marked word that extends it, keeping what was typed', () => {
    const excerpts = [excerptSegments('<mark>Transport</mark> <mark>encryption</mark> protects'), excerptSegments('<mark>encrypted</mark> backups')];
    assert.equal(suggestCompletion('transport encr', excerpts), 'transport encryption');
    assert.equal(suggestCompletion('Encr', excerpts), 'Encryption', 'the typed letters keep their case');
    assert.equal(suggestCompletion('end-to-end encr', excerpts), 'end-to-end encryption', 'a hyphen separates words');
  });

  test('looks past results whose marks do not extend the word', () => {
    assert.equal(suggestCompletion('back', [excerptSegments('<mark>Transport</mark> only'), excerptSegments('encrypted <mark>backups</mark>')]), 'backups');
  });

  test('unmarked text, a word already whole, an empty last word and no results suggest nothing', () => {
    assert.equal(suggestCompletion('encr', [excerptSegments('encryption, not marked')]), '');
    assert.equal(suggestCompletion('encryption', [excerptSegments('<mark>encryption</mark>')]), '');
    assert.equal(suggestCompletion('encr ', [excerptSegments('<mark>encryption</mark>')]), '');
    assert.equal(suggestCompletion('encr', []), '');
  });

  test('a marked run is cut at its first word\'s end', () => {
    assert.equal(suggestCompletion('sig', [excerptSegments('<mark>Signal\'s</mark> app')]), 'signal');
  });
});

describe('acceptsSuggestion', () => {
  test('Tab always, the right arrow only with the caret at the end, other keys never', () => {
    assert.equal(acceptsSuggestion('Tab', 0, 4), true);
    assert.equal(acceptsSuggestion('ArrowRight', 4, 4), true);
    assert.equal(acceptsSuggestion('ArrowRight', 2, 4), false);
    assert.equal(acceptsSuggestion('Enter', 4, 4), false);
  });
});
