/**
 * Which titles are HTML and which are text in the page model (src/site/stages/nav.ts): a title
 * from mkdocs.yml's nav, the front matter or the file name is HTML as written (Material writes it
 * unescaped); one from the page's first H1 is its text (`textTitle`), and so are the breadcrumbs
 * and footer links that carry it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pageOf, templateSite } from '../helpers/template-site.ts';

describe('page titles: HTML or text', () => {
  test('marks the titles taken from a first H1 as text, and nav, front matter and file name titles as HTML', async () => {
    const prepared = await templateSite(
      { 'docs/a.md': '# A &lt; b\n', 'docs/b.md': '# B <em>b</em>\n', 'docs/c.md': '---\ntitle: C &amp; c\n---\n# Not this\n', 'docs/d-e.md': 'No heading.\n' },
      `  features: [navigation.path, navigation.footer]\nnav:\n  - index.md\n  - 'S &lt;x&gt;':\n    - '.x.&lt;f&gt;': a.md\n    - b.md\n    - c.md\n    - d-e.md\n`,
    );
    const a = pageOf(prepared, 'a.md'), b = pageOf(prepared, 'b.md'), c = pageOf(prepared, 'c.md'), d = pageOf(prepared, 'd-e.md');
    assert.deepEqual([a.title, a.textTitle], ['.x.&lt;f&gt;', undefined], 'the nav\'s title');
    assert.deepEqual([b.title, b.textTitle], ['B b', true], 'the H1\'s text');
    assert.deepEqual([c.title, c.textTitle], ['C &amp; c', undefined], 'the front matter\'s');
    assert.deepEqual([d.title, d.textTitle], ['D e', undefined], 'the file name\'s');
    assert.deepEqual(pageOf(prepared, 'index.md').textTitle, true);
    assert.deepEqual(b.previous, { title: '.x.&lt;f&gt;', textTitle: undefined, url: 'a/' });
    assert.deepEqual(a.next, { title: 'B b', textTitle: true, url: 'b/' });
    assert.deepEqual(b.path, [{ title: 'Home', textTitle: true, url: '' }, { title: 'S &lt;x&gt;', url: 'a/' }]);
  });
});
