import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findMatches, highlightTerms, queryTerms, queryWords, withHighlight, withoutHighlight } from '../../src/components/search/terms.ts';

describe('queryTerms', () => {
  test('should lowercase, split on spaces and punctuation, and drop repeats', () => {
    assert.deepEqual(queryWords('Sealed  Sender, sealed'), ['sealed', 'sender']);
  });
  test('should put longer terms first so they win over their prefixes', () => {
    assert.deepEqual(queryTerms('tor torrent'), ['torrent', 'tor']);
  });
  test('should keep letters outside ASCII', () => {
    assert.deepEqual(queryWords('Übersicht café'), ['übersicht', 'café']);
  });
  test('should give no terms for a query of punctuation only', () => {
    assert.deepEqual(queryTerms(' -- ! '), []);
  });
});

describe('findMatches', () => {
  test('should find a term case-insensitively at the start of words', () => {
    assert.deepEqual(findMatches('Tor and tor', ['tor']), [[0, 3], [8, 11]]);
  });
  test('should mark the start of a longer word (plurals, stems)', () => {
    assert.deepEqual(findMatches('Senders', ['sender']), [[0, 6]]);
  });
  test('should not match inside a word', () => {
    assert.deepEqual(findMatches('motorbike, Factor', ['tor']), []);
  });
  test('should match after punctuation and apostrophes', () => {
    assert.deepEqual(findMatches("(Tor's)", ['tor']), [[1, 4]]);
  });
  test('should prefer the longer of two terms at the same place', () => {
    assert.deepEqual(findMatches('torrent', ['tor', 'torrent']), [[0, 7]]);
  });
  test('should treat regular expression characters in terms as text', () => {
    assert.deepEqual(findMatches('a c++ b', ['c++']), [[2, 5]]);
  });
  test('should find nothing without terms or text', () => {
    assert.deepEqual(findMatches('Tor', []), []);
    assert.deepEqual(findMatches('', ['tor']), []);
  });
});

describe('withHighlight', () => {
  test('should put the terms before the fragment', () => {
    assert.equal(withHighlight('/guide/rtc/#sealed-sender', 'Sealed Sender'), '/guide/rtc/?h=sealed+sender#sealed-sender');
  });
  test('should keep an existing query string', () => {
    assert.equal(withHighlight('/rtc/?v=2', 'tor'), '/rtc/?v=2&h=tor');
  });
  test('should leave the URL alone for an empty query', () => {
    assert.equal(withHighlight('/rtc/#a', '  '), '/rtc/#a');
  });
  test('should encode characters that are not URL-safe', () => {
    assert.equal(withHighlight('/x/', 'a&b'), '/x/?h=a+b');
    assert.equal(withHighlight('/x/', 'café'), '/x/?h=caf%C3%A9');
  });
});

describe('highlightTerms and withoutHighlight', () => {
  test('should read the terms back from location.search', () => {
    assert.deepEqual(highlightTerms('?h=sealed+sender'), ['sealed', 'sender']);
  });
  test('should give no terms when the parameter is missing or empty', () => {
    assert.deepEqual(highlightTerms('?v=1'), []);
    assert.deepEqual(highlightTerms('?h='), []);
  });
  test('should drop only the highlight parameter', () => {
    assert.equal(withoutHighlight('?h=tor&v=1'), '?v=1');
    assert.equal(withoutHighlight('?h=tor'), '');
  });
});
