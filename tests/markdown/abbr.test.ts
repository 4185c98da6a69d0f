import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileAbbreviations } from '../../src/markdown/extensions/abbr/matcher.ts';
import { createRenderer } from '../../src/markdown/index.ts';

function matches(terms: string[], text: string): string[] {
  const matcher = compileAbbreviations(terms);
  return matcher ? [...text.matchAll(matcher)].map((m) => m[0]) : [];
}

function render(value: string): string {
  const renderer = createRenderer({ extensions: [{ name: 'abbr', options: {} }], projectDir: '/nonexistent', docsDir: '/nonexistent' });
  return renderer.render({ path: 'page.md', value }).html;
}

describe('abbr: the single matcher', () => {
  test('should give overlapping text to the longest term, as Python-Markdown 3.10 does', () => {
    assert.deepEqual(matches(['NAT', 'NAT-PMP'], 'NAT-PMP and NAT'), ['NAT-PMP', 'NAT']);
    assert.deepEqual(matches(['DNS over HTTPS', 'DNS'], 'DNS over HTTPS, DNS over UDP'), ['DNS over HTTPS', 'DNS']);
  });

  test('should not prefer a longer term that starts later over a shorter one already matched', () => {
    assert.deepEqual(matches(['NAT-PMP', 'A'], 'A NAT-PMP'), ['A', 'NAT-PMP']);
  });

  test('should not let a word-boundary failure hide a shorter term', () => {
    assert.deepEqual(matches(['DNSSEC', 'DNS'], 'DNSSECx DNS'), ['DNS']);
  });

  test('matches whole words only, with Unicode letters as word characters', () => {
    assert.deepEqual(matches(['VPN'], 'VPN VPNs ÄVPN VPN_x VPN-based (VPN)'), ['VPN', 'VPN', 'VPN']);
  });

  test('needs a word character before a term that starts with punctuation, as `\\b` does', () => {
    assert.deepEqual(matches(['.NET'], 'a .NET b my.NET'), ['.NET']);
  });

  test('treats regular expression characters in terms literally', () => {
    assert.deepEqual(matches(['C++', 'a.b', '[x]'], 'aXb a.b'), ['a.b']);
  });

  test('should not compile anything for no terms or only empty ones', () => {
    assert.equal(compileAbbreviations([]), undefined);
    assert.equal(compileAbbreviations(['']), undefined);
  });
});

describe('abbr: definitions and where they apply', () => {
  test('applies a definition to the whole page, before and after it, and removes the definition', () => {
    assert.equal(
      render('HTML first\n\n*[HTML]: Hyper Text\n\nthen HTML'),
      '<p><abbr title="Hyper Text">HTML</abbr> first</p>\n<p>then <abbr title="Hyper Text">HTML</abbr></p>',
    );
  });

  test('should not mark up code, link URLs or autolinks', () => {
    const html = render('`HTML` [HTML](https://x.org/HTML) <https://x.org/HTML>\n\n*[HTML]: H');
    assert.equal(html.match(/<abbr/g)?.length, 1);
    assert.match(html, /href="https:\/\/x.org\/HTML"/);
  });

  test('should not take an indented line for a definition', () => {
    assert.match(render('text\n  *[X]: not one\n\nX'), /\*\[X\]: not one/);
  });
});

describe('abbr: Python-Markdown 3.10 definitions and glossary', () => {
  const html = (value: string, options: Record<string, unknown> = {}) =>
    createRenderer({ extensions: [{ name: 'abbr', options }], projectDir: '/p', docsDir: '/p/docs' }).render({ path: 'a.md', value }).html;
  test('should apply the glossary option to every page', () => {
    assert.equal(html('HTML', { glossary: { HTML: 'Hyper Text' } }), '<p><abbr title="Hyper Text">HTML</abbr></p>');
  });
  test('should let a page definition replace a glossary title', () => {
    assert.equal(html('HTML\n\n*[HTML]: Page', { glossary: { HTML: 'Glossary' } }), '<p><abbr title="Page">HTML</abbr></p>');
  });
  test('should remove a term defined with "" as title', () => {
    assert.equal(html('HTML\n\n*[HTML]: ""', { glossary: { HTML: 'Glossary' } }), '<p>HTML</p>');
  });
  test('should read a term holding ] and a title on the next line', () => {
    assert.equal(html('A]B\n\n*[A]B]:\n    Title'), '<p><abbr title="Title">A]B</abbr></p>');
  });
  test('should not take a definition without a title, or with a backslash in the term', () => {
    assert.equal(html('*[A]:\n\n*[\\\\B]: t'), '<p>*[A]:</p>\n<p>*[\\B]: t</p>');
  });
});
