import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileAbbreviations } from '../../src/markdown/extensions/abbr/matcher.ts';
import { ext, renderHtml } from '../helpers/render.ts';

function matches(terms: string[], text: string): string[] {
  const matcher = compileAbbreviations(terms);
  return matcher ? [...text.matchAll(matcher)].map((m) => m[0]) : [];
}

const render = (value: string, extensions = [ext('abbr')]): string => renderHtml(value, extensions, { bare: true, path: 'page.md' });

describe('abbr: the single matcher', () => {
  test('should give overlapping text to the longest term, whatever the definition order (Python-Markdown 3.10)', () => {
    assert.deepEqual(matches(['NAT', 'NAT-PMP'], 'NAT-PMP and NAT'), ['NAT-PMP', 'NAT']);
    assert.deepEqual(matches(['DNS over HTTPS', 'DNS'], 'DNS over HTTPS, DNS over UDP'), ['DNS over HTTPS', 'DNS']);
  });

  test('should not let a longer term win over one that starts earlier in the text', () => {
    assert.deepEqual(matches(['A B', 'B C D'], 'A B C D'), ['A B']);
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

  test('should try a shorter term that ends otherwise when a longer one fails its end boundary', () => {
    // Python: \b(?:AB\+|AB)\b; `AB+` needs a word character after its `+`.
    assert.deepEqual(matches(['AB', 'AB+'], 'AB+x AB+ AB'), ['AB+', 'AB', 'AB']);
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

  test('should read a title written on the next line, indented or not', () => {
    assert.equal(render('X Y\n\n*[X]:\n    Ex\n*[Y]:\nWhy'), '<p><abbr title="Ex">X</abbr> <abbr title="Why">Y</abbr></p>');
  });

  test('should not take a definition without a title, or with a blank or backslashed term', () => {
    assert.equal(render('*[X]:\n\nX'), '<p>*[X]:</p>\n<p>X</p>');
    assert.equal(render('*[ ]: Blank'), '<p>*[ ]: Blank</p>');
    assert.equal(render('*[\\X]: Backslash'), '<p>*[\\X]: Backslash</p>');
  });

  test('should end the term at the first `]` followed by `:`, so a term may hold `]`', () => {
    assert.equal(render('A]b\n\n*[A]b]: Bracket'), '<p><abbr title="Bracket">A]b</abbr></p>');
  });

  test('should remove a term defined again with the title "" or \'\'', () => {
    assert.equal(render('X Y\n\n*[X]: Ex\n*[Y]: Why\n*[X]: ""\n*[Y]: \'\''), '<p>X Y</p>');
  });

  test('should not take an attribute list\'s text for a term (attr_list runs first)', () => {
    const html = render('![i](a.png){title="X"}\n\n*[X]: Ex', [{ name: 'abbr', options: {} }, { name: 'attr_list', options: {} }]);
    assert.match(html, /<img src="a.png" alt="i" title="X">/);
  });
});

describe('abbr: the glossary option', () => {
  test('should know the glossary terms on every page', () => {
    assert.equal(render('HTML', [{ name: 'abbr', options: { glossary: { HTML: 'Hyper Text' } } }]), '<p><abbr title="Hyper Text">HTML</abbr></p>');
  });

  test('should let a page redefine or remove a glossary term', () => {
    const extensions = [{ name: 'abbr', options: { glossary: { HTML: 'Hyper Text', CSS: 'Style' } } }];
    assert.equal(render('HTML CSS\n\n*[HTML]: Page title\n*[CSS]: ""', extensions), '<p><abbr title="Page title">HTML</abbr> CSS</p>');
  });
});
