import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assetAliases, checkLinks, createLinkResolver, relativeUrl, type LinkIndex } from '../../src/site/links.ts';

const directoryIndex: LinkIndex = {
  pages: new Map([
    ['index.md', { url: '' }],
    ['vpn.md', { url: 'vpn/' }],
    ['basics/threat-modeling.md', { url: 'basics/threat-modeling/' }],
    ['os/index.md', { url: 'os/' }],
  ]),
  docsFiles: new Set(['basics/diagram.png']),
  files: new Set(['assets/img/logo.svg', 'basics/diagram.png']),
};

describe('relativeUrl', () => {
  test('should climb out of a directory URL to a sibling page', () => {
    assert.equal(relativeUrl('basics/threat-modeling/', 'vpn/'), '../../vpn/');
  });
  test('should link the home page from a nested page as ../', () => {
    assert.equal(relativeUrl('vpn/', ''), '../');
  });
  test('should link a page from the home page without ./', () => {
    assert.equal(relativeUrl('', 'vpn/'), 'vpn/');
  });
  test('should work for .html URLs (use_directory_urls: false)', () => {
    assert.equal(relativeUrl('basics/threat-modeling.html', 'vpn.html'), '../vpn.html');
  });
});

describe('createLinkResolver', () => {
  const resolve = createLinkResolver(directoryIndex);
  test('should rewrite a relative .md link to the page URL, keeping the anchor', () => {
    assert.equal(resolve('../vpn.md#setup', 'basics/threat-modeling.md'), '../../vpn/#setup');
  });
  test('should rewrite page.md/#anchor like page.md#anchor (MkDocs normalises the trailing slash away)', () => {
    assert.equal(resolve('../vpn.md/#setup', 'basics/threat-modeling.md'), '../../vpn/#setup');
    assert.equal(resolve('vpn.md/', 'index.md'), 'vpn/');
  });
  test('should not rewrite a trailing-slash link to a page that does not exist, or to a folder', () => {
    assert.equal(resolve('missing.md/#setup', 'index.md'), undefined);
    assert.equal(resolve('os/#x', 'index.md'), undefined);
  });
  test("should rewrite a link to a page whose source is not Markdown (a notebook of mkdocs-jupyter), and check its anchors", () => {
    const index: LinkIndex = { ...directoryIndex, pages: new Map([...directoryIndex.pages, ['guide/intro.ipynb', { url: 'guide/intro/' }]]) };
    assert.equal(createLinkResolver(index)('guide/intro.ipynb#setup', 'index.md'), 'guide/intro/#setup');
    assert.equal(createLinkResolver(directoryIndex)('guide/intro.ipynb', 'index.md'), undefined, 'a notebook that is no page stays a file link');
    const problems = checkLinks({ src: 'index.md', links: [{ href: 'guide/intro.ipynb#nowhere' }] }, index, () => new Set(['setup']));
    assert.deepEqual(problems.map((problem) => problem.message), ['link to "guide/intro.ipynb#nowhere": guide/intro.ipynb has no anchor "#nowhere"']);
  });
  test('should rewrite a link to a folder index page', () => {
    assert.equal(resolve('os/index.md', 'index.md'), 'os/');
  });
  test('should leave a theme or project asset link as written, as MkDocs does', () => {
    assert.equal(resolve('assets/img/logo.svg', 'basics/threat-modeling.md'), undefined);
  });
  test('should make a page-relative static file relative to the page URL', () => {
    assert.equal(resolve('diagram.png', 'basics/threat-modeling.md'), '../diagram.png');
  });
  test('should not touch external links, anchors, absolute paths or unknown pages', () => {
    for (const href of ['https://example.org/a.md', 'mailto:a@b.c', '#top', '/vpn/', 'missing.md']) {
      assert.equal(resolve(href, 'index.md'), undefined, href);
    }
  });
});

describe('checkLinks', () => {
  const ids = new Map([['vpn.md', new Set(['setup'])], ['index.md', new Set(['intro'])]]);
  const idsOf = (src: string) => ids.get(src);
  test('should report a missing page with its position', () => {
    const problems = checkLinks({ src: 'index.md', links: [{ href: 'nope.md', line: 3, column: 7 }] }, directoryIndex, idsOf);
    assert.deepEqual(problems, [{ kind: 'not_found', message: 'link to "nope.md": the page nope.md does not exist', line: 3, column: 7 }]);
  });
  test('should check the anchor of a page.md/#anchor link on that page', () => {
    assert.deepEqual(checkLinks({ src: 'index.md', links: [{ href: 'vpn.md/#setup' }] }, directoryIndex, idsOf), []);
    assert.equal(checkLinks({ src: 'index.md', links: [{ href: 'vpn.md/#nope' }] }, directoryIndex, idsOf)[0]?.kind, 'anchors');
  });
  test('should report a missing anchor on another page', () => {
    const problems = checkLinks({ src: 'index.md', links: [{ href: 'vpn.md#nope', line: 1, column: 1 }] }, directoryIndex, idsOf);
    assert.equal(problems[0]?.message, 'link to "vpn.md#nope": vpn.md has no anchor "#nope"');
  });
  test('should report a missing anchor on the same page', () => {
    const problems = checkLinks({ src: 'index.md', links: [{ href: '#gone' }] }, directoryIndex, idsOf);
    assert.equal(problems.length, 1);
  });
  test('should not report existing pages, anchors, assets or external links', () => {
    const links = ['vpn.md#setup', '#intro', 'assets/img/logo.svg', 'https://example.org'].map((href) => ({ href }));
    assert.deepEqual(checkLinks({ src: 'index.md', links }, directoryIndex, idsOf), []);
  });

  test('should count a hand-written directory URL as MkDocs does: unrecognized (info by default), naming the page it means', () => {
    const problems = checkLinks({ src: 'index.md', links: [{ href: 'vpn/' }, { href: 'nowhere/' }] }, directoryIndex, idsOf);
    assert.deepEqual(problems.map((p) => p.kind), ['unrecognized_links', 'unrecognized_links']);
    assert.match(problems[0]?.message ?? '', /the URL of vpn\.md/);
    assert.doesNotMatch(problems[1]?.message ?? '', /the URL of/);
  });

  test('should judge the extension on the link as written, as posixpath.splitext does: ../ and .. are unrecognized, a. is not found', () => {
    const links = ['../', '..', './', '../.config', '../notes.'].map((href) => ({ href }));
    const problems = checkLinks({ src: 'guide/page.md', links }, directoryIndex, idsOf);
    assert.deepEqual(problems.map((p) => p.kind), ['unrecognized_links', 'unrecognized_links', 'unrecognized_links', 'unrecognized_links', 'not_found']);
  });

  test('should count an absolute link at validation.links.absolute_links and a missing file at not_found', () => {
    const problems = checkLinks({ src: 'index.md', links: [{ href: '/blog/' }, { href: 'missing.png' }, { href: '//cdn.example.org/x.js' }] }, directoryIndex, idsOf);
    assert.deepEqual(problems.map((p) => p.kind), ['absolute_links', 'not_found']);
  });
});

describe('assetAliases', () => {
  test('should place a copy where the browser looks for a site-root asset written relative to a page', () => {
    const links = [{ href: 'assets/img/logo.svg' }, { href: '../assets/img/logo.svg' }];
    assert.deepEqual(assetAliases({ src: 'basics/threat-modeling.md', links }, directoryIndex), [
      { file: 'assets/img/logo.svg', at: 'basics/threat-modeling/assets/img/logo.svg' },
      { file: 'assets/img/logo.svg', at: 'basics/assets/img/logo.svg' },
    ]);
  });
  test('should not alias docs files, pages, external links, or links that already resolve', () => {
    const links = ['diagram.png', '../vpn.md', 'https://example.org/x.png', '../../assets/img/logo.svg'].map((href) => ({ href }));
    assert.deepEqual(assetAliases({ src: 'basics/threat-modeling.md', links }, directoryIndex), []);
  });
});

describe("links of a multilingual site (the i18n plugin's index)", () => {
  const index: LinkIndex = {
    pages: new Map([['index.md', { url: '' }], ['a.md', { url: 'a/' }], ['index.fr.md', { url: 'fr/' }], ['a.fr.md', { url: 'fr/a/' }]]),
    docsFiles: new Set(),
    files: new Set(),
    i18n: {
      languageOf: { 'index.md': 'en', 'a.md': 'en', 'index.fr.md': 'fr', 'a.fr.md': 'fr' },
      variants: { 'a.md': { en: 'a.md', fr: 'a.fr.md' }, 'a.fr.md': { en: 'a.md', fr: 'a.fr.md' }, 'index.md': { en: 'index.md', fr: 'index.fr.md' } },
      assets: { 'logo.png': { en: 'logo.png', fr: 'fr/logo.png' } },
    },
  };
  const resolve = createLinkResolver(index);

  test("should send a link to a page to that page in the linking page's language", () => {
    assert.equal(resolve('a.md#x', 'index.fr.md'), 'a/#x');
    assert.equal(resolve('a.md', 'index.md'), 'a/');
    assert.equal(resolve('index.md', 'a.fr.md'), '../');
  });

  test('should send a link written to a translation to the page of the language too', () => {
    assert.equal(resolve('a.fr.md', 'index.md'), 'a/');
  });

  test("should send a link to an asset to the linking page's language's version, where it is written", () => {
    assert.equal(resolve('logo.png', 'index.fr.md'), 'logo.png', 'fr/logo.png from fr/');
    assert.equal(resolve('logo.png', 'a.fr.md'), '../logo.png', 'fr/logo.png from fr/a/');
    assert.equal(resolve('logo.png', 'index.md'), 'logo.png', 'logo.png from the root');
    assert.deepEqual(checkLinks({ src: 'a.fr.md', links: [{ href: 'logo.png', line: 1, column: 1 }] }, index, () => undefined), [], 'no "not found": fr/logo.png is written');
    assert.deepEqual(assetAliases({ src: 'a.fr.md', links: [{ href: 'logo.png', line: 1, column: 1 }] }, index), []);
  });

  test("should check a link's anchor on the page of the linking page's language", () => {
    const ids = new Map([['a.md', new Set(['setup'])], ['a.fr.md', new Set(['installation'])]]);
    assert.deepEqual(checkLinks({ src: 'index.fr.md', links: [{ href: 'a.md#setup', line: 1, column: 1 }] }, index, (src) => ids.get(src)).map((problem) => problem.message), ['link to "a.md#setup": a.fr.md has no anchor "#setup"']);
  });
});
