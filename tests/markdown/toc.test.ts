/** toc: slugs, unique ids, nesting and the page ToC returned by createRenderer. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nestToc } from '../../src/markdown/extensions/toc/nest.ts';
import { tocOptions } from '../../src/markdown/extensions/toc/options.ts';
import { slugify, unique } from '../../src/markdown/extensions/toc/slugify.ts';
import { slugFunction } from '../../src/markdown/extensions/toc/slugs.ts';
import { PythonValue } from '../../src/config/yaml-tags.ts';
import { ext, renderHtml, renderPage } from '../helpers/render.ts';

describe('toc slugify', () => {
  test('should lowercase, drop punctuation and join words with dashes', () => {
    assert.equal(slugify('Hello, World!  Again'), 'hello-world-again');
  });
  test('should fold accents to ASCII and drop other scripts', () => {
    assert.equal(slugify('Ça va très bien 日本'), 'ca-va-tres-bien');
  });
  test('should keep other scripts with the unicode slugifier', () => {
    assert.equal(slugify('Ça va 日本', '-', true), 'ça-va-日本');
  });
  test('should keep underscores and collapse dashes', () => {
    assert.equal(slugify('a_b -- c'), 'a_b-c');
  });
  test('should not leave a dash at either end', () => {
    assert.equal(slugify('  (Intro)  '), 'intro');
  });
});

describe('toc unique', () => {
  test('should append _1, _2 to repeated ids and never return an empty id', () => {
    const ids = new Set<string>();
    assert.deepEqual(['a', 'a', 'a', '', ''].map((id) => unique(id, ids)), ['a', 'a_1', 'a_2', '_1', '_2']);
  });
  test('should count up an id that already ends in _N', () => {
    assert.equal(unique('x_1', new Set(['x_1'])), 'x_2');
  });
  test('should give the ids Python-Markdown gives when ids taken meanwhile sit on the walk', () => {
    const ids = new Set<string>();
    const got = ['a', 'a', 'a_2', 'a', 'a_1', 'a'].map((id) => unique(id, ids));
    assert.deepEqual(got, ['a', 'a_1', 'a_2', 'a_3', 'a_4', 'a_5']);
  });
  test('should resume each walk where the last one from the same id ended: n equal ids cost ~n lookups, not n²', () => {
    const lookups = (n: number): number => {
      let count = 0;
      const ids = new Set<string>();
      const has = ids.has.bind(ids);
      ids.has = (value: string): boolean => (count++, has(value));
      for (let index = 0; index < n; index++) unique('h', ids);
      return count;
    };
    assert.ok(lookups(600) <= 2.2 * lookups(300), `${lookups(300)} -> ${lookups(600)}`);
  });
});

describe('toc options', () => {
  test('should read toc_depth as a bottom level or a range', () => {
    assert.deepEqual(tocOptions({ toc_depth: 3 }).depth, { top: 1, bottom: 3 });
    assert.deepEqual(tocOptions({ toc_depth: '2-4' }).depth, { top: 2, bottom: 4 });
  });
  test('should read permalink true as the pilcrow and a string as its text', () => {
    assert.equal(tocOptions({ permalink: true }).permalink, '¶');
    assert.equal(tocOptions({ permalink: '#' }).permalink, '#');
    assert.equal(tocOptions({}).permalink, undefined);
    assert.equal(tocOptions({ permalink: 'no' }).permalink, undefined);
  });
});

describe('toc nesting', () => {
  const entry = (level: number, id: string) => ({ level, id, name: id });
  test('should nest deeper headings under the previous one', () => {
    const tree = nestToc([entry(1, 'a'), entry(2, 'b'), entry(3, 'c'), entry(2, 'd')]);
    assert.deepEqual(tree.map((e) => e.id), ['a']);
    assert.deepEqual(tree[0]?.children.map((e) => e.id), ['b', 'd']);
    assert.deepEqual(tree[0]?.children[0]?.children.map((e) => e.id), ['c']);
  });
  test('should not nest a shallower heading under a deeper first one', () => {
    assert.deepEqual(nestToc([entry(2, 'a'), entry(1, 'b')]).map((e) => e.id), ['a', 'b']);
  });
});

describe('toc in the renderer', () => {
  const render = (value: string, options: Record<string, unknown> = {}) => renderPage(value, [ext('toc', options)], { projectDir: '/p', docsDir: '/p/docs' });

  test('should be on even when markdown_extensions does not list it', () => {
    const result = renderPage('# Hi', [], { projectDir: '/p', docsDir: '/p/docs' });
    assert.equal(result.html, '<h1 id="hi">Hi</h1>');
  });
  test('should return the nested ToC limited to toc_depth', () => {
    const result = render('# A\n\n## B\n\n### C', { toc_depth: 2 });
    assert.deepEqual(result.toc, [{ level: 1, id: 'a', name: 'A', children: [{ level: 2, id: 'b', name: 'B', children: [] }] }]);
    assert.match(result.html, /<h3 id="c">/);
  });
  test('should wrap the heading text in a link with anchorlink', () => {
    assert.equal(render('## A *b*', { anchorlink: true }).html, '<h2 id="a-b"><a class="toclink" href="#a-b">A <em>b</em></a></h2>');
  });
  test('should shift heading levels with baselevel and cap them at h6', () => {
    assert.equal(render('# A\n\n###### B', { baselevel: 3 }).html, '<h3 id="a">A</h3>\n<h6 id="b">B</h6>');
  });
  test('should not add a permalink unless asked', () => {
    assert.doesNotMatch(render('# A').html, /headerlink/);
  });
});

describe('toc options of Python-Markdown 3.10', () => {
  const render = (value: string, options: Record<string, unknown>, more: Array<{ name: string; options: Record<string, unknown> }> = []): string =>
    renderHtml(value, [ext('toc', options), ...more], { projectDir: '/', bare: true });

  test('should read a slugify given as the config loader\'s !!python/name value', () => {
    assert.equal(tocOptions({ slugify: new PythonValue('name', 'markdown.extensions.toc.slugify_unicode') }).slugify('Ü x', '-'), 'ü-x');
    assert.match(render('# Unicode ヘッダー', { slugify: new PythonValue('name', 'markdown.extensions.toc.slugify_unicode') }), /id="unicode-ヘッダー"/);
  });

  test('should not take the default slugify for the unicode one', () => {
    assert.equal(tocOptions({ slugify: new PythonValue('name', 'markdown.extensions.toc.slugify') }).slugify('Ü x', '-'), 'u-x');
  });

  test('should put the permalink first with permalink_leading, last without', () => {
    assert.match(render('# Hd', { permalink: true, permalink_leading: true }), /<h1 id="hd"><a class="headerlink" href="#hd" title="Permanent link">¶<\/a>Hd<\/h1>/);
    assert.match(render('# Hd', { permalink: true }), /<h1 id="hd">Hd<a class="headerlink"/);
  });

  test('should give the title span title_class, or no class when it is empty', () => {
    assert.match(render('[TOC]\n# H', { title: 'ToC', title_class: 'tocname' }), /<span class="tocname">ToC<\/span>/);
    assert.match(render('[TOC]\n# H', { title: 'ToC', title_class: '' }), /<span>ToC<\/span>/);
  });

  test('should leave footnote references out of heading ids, but not other superscripts', () => {
    const footnotes = [{ name: 'footnotes', options: {} }];
    assert.match(render('# Header[^1] 2\n\n[^1]: N', {}, footnotes), /<h1 id="header-2">/);
    assert.match(render('# E = mc<sup>2</sup>', {}), /<h1 id="e-mc2">/);
  });
});

describe('toc slugify option: pymdownx.slugs', () => {
  const slug = (value: unknown, text: string, separator = '-') => slugFunction(value)?.(text, separator);
  const apply = (kwds: Record<string, unknown>) => new PythonValue('object/apply', 'pymdownx.slugs.slugify', { args: [], kwds });
  test('should call pymdownx.slugs.slugify with its kwds', () => {
    assert.equal(slug(apply({}), 'Théâtre Ωℑ'), 'Théâtre-Ωℑ');
    assert.equal(slug(apply({ case: 'lower' }), 'Théâtre Ωℑ'), 'théâtre-ωℑ');
    assert.equal(slug(apply({ case: 'lower-ascii' }), 'ÀB Ω'), 'Àb-Ω');
    assert.equal(slug(apply({ case: 'fold' }), 'Straße'), 'strasse');
    assert.equal(slug(apply({ normalize: 'NFD' }), 'Théâtre'), 'Theatre');
    assert.equal(slug(apply({ case: 'lower', percent_encode: true }), 'Ω x'), '%CF%89-x');
  });
  test('should read the deprecated pymdownx.slugs names as their slugify arguments', () => {
    assert.equal(slug(new PythonValue('name', 'pymdownx.slugs.uslugify'), 'A Ω'), 'a-ω');
    assert.equal(slug(new PythonValue('name', 'pymdownx.slugs.gfm'), 'A Ω'), 'a-Ω');
  });
  test('should not know a slugify function of the user\'s own, and say so', () => {
    assert.equal(slugFunction(new PythonValue('name', 'my.slugify')), undefined);
    const result = renderPage('# A', [ext('toc', { slugify: new PythonValue('name', 'my.slugify') })], { projectDir: '/p' });
    assert.ok(result.messages.some((m) => m.ruleId === 'toc-slugify'));
    assert.match(result.html, /id="a"/);
  });
});

describe('toc slugify given as the pymdownx.slugs.slugify factory', () => {
  test('should not take the named factory as a slug function (MkDocs fails on it), and say so', () => {
    const value = new PythonValue('name', 'pymdownx.slugs.slugify');
    assert.equal(slugFunction(value), undefined);
    const result = renderPage('# Ça', [ext('toc', { slugify: value })], { projectDir: '/p' });
    assert.ok(result.messages.some((m) => m.ruleId === 'toc-slugify' && m.message.includes('object/apply')));
    assert.match(result.html, /id="ca"/);
  });
});
