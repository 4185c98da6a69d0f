/**
 * mkdocs-autorefs' resolution over the rendered site (src/site/autorefs.ts): markers become the
 * plugin's links to headings of any page, with relative URLs; unresolved ones are counted.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RenderResult } from '../../src/markdown/index.ts';
import { applyAutorefs, relativeUrl } from '../../src/site/autorefs.ts';
import { ext, renderPage } from '../helpers/render.ts';

function page(html: string, toc: RenderResult['toc'] = []): RenderResult {
  return { html, toc, title: undefined, meta: {}, includes: [], ids: [], links: [], messages: [] };
}

const PAGES = [
  { src: 'index.md', url: '' },
  { src: 'guide/setup.md', url: 'guide/setup/' },
];

describe('relativeUrl', () => {
  test('should go from one MkDocs page URL to another as autorefs does', () => {
    assert.equal(relativeUrl('guide/setup/', 'guide/setup/#x'), '#x');
    assert.equal(relativeUrl('', 'guide/setup/#x'), 'guide/setup/#x');
    assert.equal(relativeUrl('guide/setup/', '#top'), '../../#top');
    assert.equal(relativeUrl('a/b.html', 'c.html#d'), '../c.html#d');
  });
});

describe('applyAutorefs', () => {
  test('should link a reference to the heading of that id on another page, titled by the heading', () => {
    const rendered = new Map([
      ['index.md', page('<p>See <autoref identifier="installation" lineno="3">Install</autoref>.</p>')],
      ['guide/setup.md', page('<h2 id="installation">Installation</h2>', [{ level: 2, id: 'installation', name: 'Installation', children: [] }])],
    ]);
    assert.deepEqual(applyAutorefs(rendered, PAGES, '/docs'), []);
    assert.equal(rendered.get('index.md')?.html, '<p>See <a class="autorefs autorefs-internal" title="Installation" href="guide/setup/#installation">Install</a>.</p>');
  });

  test('should try the slug of a plain label, and leave out a title the link text already shows', () => {
    const rendered = new Map([
      ['index.md', page('<h1 id="home">Home</h1>', [{ level: 1, id: 'home', name: 'Home', children: [] }])],
      ['guide/setup.md', page('<autoref identifier="Home" slug="home">Home</autoref>')],
    ]);
    applyAutorefs(rendered, PAGES, '/docs');
    assert.equal(rendered.get('guide/setup.md')?.html, '<a class="autorefs autorefs-internal" href="../../#home">Home</a>');
  });

  test('should show an unresolved dotted name as code and keep any other as written, in one warning per page at the first', () => {
    const rendered = new Map([
      ['index.md', page('<autoref identifier="typer.Typer" lineno="4">the app</autoref> <autoref identifier="typer.run" lineno="6"><code>typer.run</code></autoref> <autoref identifier="y" lineno="7">x</autoref> <autoref identifier="z" lineno="8">z</autoref>')],
    ]);
    const messages = applyAutorefs(rendered, PAGES, '/docs');
    assert.equal(rendered.get('index.md')?.html, '<code>the app</code> <code>typer.run</code> [x][y] [z][]');
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.file, '/docs/index.md');
    assert.equal(messages[0]?.line, 4);
    assert.match(messages[0]?.message ?? '', /^autorefs: 4 cross-references found no heading of that id on any page \('typer\.Typer', 'typer\.run', 'y', 'z'\); 2 Python names shown as code, the others kept as written/);
  });

  test("should draw an unresolved optional reference (mkdocstrings' annotations) as its text titled by its id, without a warning", () => {
    const rendered = new Map([['index.md', page('<code><autoref identifier="typing.Optional" optional="" hover="">Optional</autoref>[<autoref identifier="int" optional="">int</autoref>]</code>')]]);
    assert.deepEqual(applyAutorefs(rendered, PAGES, '/docs'), []);
    assert.equal(rendered.get('index.md')?.html, '<code><span title="typing.Optional">Optional</span>[<span title="int">int</span>]</code>');
  });

  test("should title a resolved optional reference by the heading with its id after it, unless the heading or the link's code holds it", () => {
    const toc: RenderResult['toc'] = [
      { level: 2, id: 'pkg.User', name: 'User', children: [] },
      { level: 2, id: 'pkg', name: 'pkg', children: [] },
    ];
    const rendered = new Map([
      ['index.md', page('<autoref identifier="pkg.User" optional="" hover="">User</autoref> <autoref identifier="pkg" optional="">pkg</autoref>')],
      ['guide/setup.md', page('', toc)],
    ]);
    assert.deepEqual(applyAutorefs(rendered, PAGES, '/docs'), []);
    assert.equal(rendered.get('index.md')?.html, '<a class="autorefs autorefs-internal" title="User (pkg.User)" href="guide/setup/#pkg.User">User</a> <a class="autorefs autorefs-internal" href="guide/setup/#pkg">pkg</a>');
  });

  test('should leave a page without markers as it is', () => {
    const result = page('<p>[a][b]</p>');
    const rendered = new Map([['index.md', result]]);
    assert.deepEqual(applyAutorefs(rendered, PAGES, '/docs'), []);
    assert.equal(rendered.get('index.md'), result);
  });
});

describe('autorefs from Markdown to the resolved page', () => {
  // The renderer writes the markers and the site reads them back out of the serialized page:
  // ids are page text, so markup in them must stay text all the way.
  const resolve = (markdown: string, toc: RenderResult['toc'] = []) => {
    const rendered = new Map([['index.md', { ...renderPage(markdown, [ext('autorefs')]), toc }]]);
    const messages = applyAutorefs(rendered, [{ src: 'index.md', url: '' }], '/docs');
    return { html: rendered.get('index.md')?.html ?? '', messages };
  };

  test('should keep escaped markup in a reference id as text, never as an element', () => {
    const { html } = resolve('see [x][a&gt;&lt;img src=x onerror=alert(1)&gt;] and [y][1 > 0]');
    assert.doesNotMatch(html, /<img/);
    assert.equal(html, '<p>see [x][a&gt;&lt;img src=x onerror=alert(1)&gt;] and [y][1 &gt; 0]</p>');
  });

  test('should read an id holding & or a quote as written, and resolve it', () => {
    const { html, messages } = resolve('[see][a&b] [q][say"hi"]');
    assert.equal(html, '<p>[see][a&amp;b] [q][say&quot;hi&quot;]</p>');
    assert.match(messages[0]?.message ?? '', /'a&b', 'say"hi"'/);
    const linked = resolve('[see][a&b]', [{ level: 2, id: 'a&b', name: 'A &amp; B', children: [] }]);
    assert.equal(linked.html, '<p><a class="autorefs autorefs-internal" title="A &amp; B" href="#a&amp;b">see</a></p>');
  });
});
