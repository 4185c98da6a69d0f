/** search.share's links (src/components/search/share.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sharedQuery, shareLink } from '../../src/components/search/share.ts';

describe('shared search links', () => {
  test('a shared link is the page\'s address with the query in q, without the page\'s own query or hash', () => {
    assert.equal(shareLink({ origin: 'https://example.org', pathname: '/guide/vpn/' }, 'tor & i2p'), 'https://example.org/guide/vpn/?q=tor+%26+i2p');
  });

  test('a page opened from a shared link gives back its query', () => {
    assert.equal(sharedQuery('?q=tor+%26+i2p'), 'tor & i2p');
    assert.equal(sharedQuery('?h=tor&q=vpn'), 'vpn');
  });

  test('a page opened without q, or with an empty one, opens no search', () => {
    assert.equal(sharedQuery(''), undefined);
    assert.equal(sharedQuery('?h=tor'), undefined);
    assert.equal(sharedQuery('?q=%20'), undefined);
  });
});
