/**
 * pymdownx.superfences headers, validators and custom formats, and pymdownx.highlight options,
 * for what fixtures cannot show (reference.py cannot load a site's own Python formatter).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFenceHeader } from '../../src/markdown/extensions/superfences/fence-info.ts';
import { expandTabs } from '../../src/markdown/core/whitespace.ts';
import { fenceLines } from '../../src/markdown/extensions/superfences/preserve-tabs.ts';
import { resolveFence, type FenceContext } from '../../src/markdown/extensions/superfences/validate.ts';
import { resolveSlugify } from '../../src/markdown/extensions/tabbed/slugify-option.ts';
import type { ExtensionSpec } from '../../src/markdown/types.ts';
import { normalizeHtml } from '../helpers/normalize-html.ts';
import { renderHtml, renderPage } from '../helpers/render.ts';

const context: FenceContext = { fences: [], relaxedHeaders: false, usePygments: true, attrList: true };

function header(info: string) {
  const found = readFenceHeader(info);
  assert.ok(found, `header ${info}`);
  return found;
}

function render(value: string, extensions: ExtensionSpec[]) {
  const result = renderPage(value, extensions, { projectDir: '/p', docsDir: '/p/docs' });
  return { html: normalizeHtml(result.html), messages: result.messages };
}

describe('superfences header', () => {
  test('should read a language followed by an attribute list', () => {
    assert.deepEqual(header('python {.extra #x}'), { lang: 'python', form: 'attributes', values: new Map(), classes: ['extra'], id: 'x' });
  });
  test('should call words that are not options unrecognized', () => {
    assert.equal(header('python what? ever').form, 'unrecognized');
  });
  test('should not accept a header with a space inside a quoted option', () => {
    assert.equal(header('python title="a b"').values.get('title'), 'a b');
  });
});

describe('superfences validators', () => {
  test('should take hl_lines, linenums and title as highlight options', () => {
    assert.deepEqual(resolveFence(header('python hl_lines="1 2-3" linenums="2" title="T"'), context)?.options, { hl_lines: '1 2-3', linenums: '2', title: 'T' });
  });
  test('should not accept an unknown key in the options form', () => {
    assert.equal(resolveFence(header('python foo="bar"'), context), undefined);
  });
  test('should not accept highlight options without Pygments', () => {
    assert.equal(resolveFence(header('python linenums="1"'), { ...context, usePygments: false }), undefined);
  });
  test('should keep unknown keys of the attribute form as attributes, only with attr_list', () => {
    assert.deepEqual(resolveFence(header('{.python foo=bar}'), context)?.attributes, [['foo', 'bar']]);
    assert.deepEqual(resolveFence(header('{.python foo=bar}'), { ...context, attrList: false })?.attributes, []);
  });
  test('should accept an unrecognized header only with relaxed_headers', () => {
    assert.equal(resolveFence(header('python what? ever'), context), undefined);
    assert.equal(resolveFence(header('python what? ever'), { ...context, relaxedHeaders: true })?.lang, 'python');
  });
  test('should let a custom `*` fence take every language', () => {
    const star = { name: '*', className: 'all', format: { kind: 'code' as const }, validator: 'default' as const };
    assert.equal(resolveFence(header('python'), { ...context, fences: [star] })?.custom, star);
  });
});

describe('superfences tabs', () => {
  test('should expand tabs in fences to stops of 4 counted from the page line', () => {
    assert.equal(expandTabs('a\tb\n\tc', 0), 'a   b\n    c');
    assert.equal(expandTabs('x\ty', 2), 'x y');
  });
  test('preserve_tabs fences close only at the same fence, indented as the opening one', () => {
    assert.deepEqual([...fenceLines('```\n````\n\tx\n```\nb')], [0, 1, 2, 3]);
    assert.deepEqual([...fenceLines('\t```\n\t\t```\n\t\tx\n\t```\nb')], [0, 1, 2, 3]);
  });

  test('should not expand tabs with preserve_tabs', () => {
    const html = render('```text\na\tb\n```\n', [{ name: 'pymdownx.superfences', options: { preserve_tabs: true } }]).html;
    assert.match(html, /<code>a\tb<\/code>/);
  });
});

describe('superfences custom formats', () => {
  const fences = (format: unknown) => [{ name: 'pymdownx.superfences', options: { custom_fences: [{ name: 'chart', class: 'chart', format }] } }];

  test('should render a fence whose Python formatter we cannot run as a code block and warn once', () => {
    const { html, messages } = render('```chart\na\n```\n\n```chart\nb\n```\n', fences('!!python/name:my_site.charts.format'));
    assert.equal(html, '<pre class="chart"><code>a</code></pre><pre class="chart"><code>b</code></pre>');
    assert.deepEqual(messages.map((m) => [m.line, m.ruleId]), [[1, 'superfences-custom-format']]);
  });
  test('should not warn about the stock formats', () => {
    const { html, messages } = render('```chart\na\n```\n', fences({ python: 'name', value: 'pymdownx.superfences.fence_div_format' }));
    assert.equal(html, '<div class="chart">a</div>');
    assert.deepEqual(messages, []);
  });
  test('should write arithmatex MathJax fences with a preview', () => {
    const { html } = render('```chart\nx < y\n```\n', fences({ '!!python/object/apply:pymdownx.arithmatex.arithmatex_fenced_format': { kwds: { mode: 'mathjax', preview: true } } }));
    assert.equal(html, '<div class="arithmatex"><div class="MathJax_Preview">x &#x3C; y</div><script type="math/tex; mode=display">\nx < y\n</script></div>');
  });
});

describe('pymdownx.highlight names', () => {
  const highlight = (options: Record<string, unknown>): ExtensionSpec[] => [{ name: 'pymdownx.highlight', options }, { name: 'pymdownx.superfences', options: {} }];

  test('should title a block with the Pygments name of a lexer whose rules are not ported', () => {
    const { html } = render('```pycon\n>>> x\n```\n', highlight({ auto_title: true }));
    assert.match(html, /<span class="filename">Python Console Session<\/span>/);
  });
  test('should keep the written language as the class of a known lexer, and `text` for an unknown one', () => {
    assert.match(render('```pycon\nx\n```\n', highlight({ pygments_lang_class: true })).html, /class="highlight language-pycon"/);
    assert.match(render('```nosuchlang\nx\n```\n', highlight({ pygments_lang_class: true })).html, /class="highlight language-text"/);
  });
  test('should keep leading and trailing blank lines with stripnl: false, and not by default', () => {
    const source = '```text\n\nx\n\n\n```\n';
    const raw = (options: Record<string, unknown>) => renderHtml(source, highlight(options), { projectDir: '/p', docsDir: '/p/docs' });
    assert.match(raw({ stripnl: false }), /<code>\nx\n\n<\/code>/);
    assert.match(raw({}), /<code>x\n<\/code>/);
  });
  test('should not add a title without auto_title', () => {
    assert.doesNotMatch(render('```pycon\nx\n```\n', highlight({})).html, /filename/);
  });
});

describe('tab slugify option', () => {
  test('should read PyMdown\'s configurable slugify and its shortcuts', () => {
    assert.equal(resolveSlugify({ python: 'object/apply', value: 'pymdownx.slugs.slugify', kwds: { case: 'lower' } })?.('Tab One!', '-'), 'tab-one');
    assert.equal(resolveSlugify('!!python/name:pymdownx.slugs.uslugify_cased')?.('Tab One', '_'), 'Tab_One');
    assert.equal(resolveSlugify('!!python/name:markdown.extensions.toc.slugify')?.('Ça va', '-'), 'ca-va');
  });
  test('should not resolve an unset option or a function we do not know', () => {
    assert.equal(resolveSlugify(undefined), undefined);
    assert.equal(resolveSlugify(0), undefined);
    assert.equal(resolveSlugify('!!python/name:my_site.slug'), undefined);
  });
});

describe('pymdownx.highlight noclasses', () => {
  test('should say once per page that a pygments_style not ported keeps the classes, and be quiet for a ported one', () => {
    const source = '```python\nx = 1\n```\n\n```python\ny = 2\n```\n';
    const monokai = render(source, [{ name: 'pymdownx.highlight', options: { noclasses: true, pygments_style: 'monokai' } }, { name: 'pymdownx.superfences', options: {} }]);
    const notes = monokai.messages.filter((message) => message.ruleId === 'pygments-style-missing');
    assert.equal(notes.length, 1);
    assert.equal(notes[0]?.severity, 'info', 'a note: MkDocs builds such a site, so --strict must not stop');
    assert.match(notes[0]?.message ?? '', /^pygments_style monokai is not ported \(only default, native, nord\)/);
    assert.match(monokai.html, /<span class="n">x<\/span>/);
    const nord = render(source, [{ name: 'pymdownx.highlight', options: { noclasses: true, pygments_style: 'nord' } }, { name: 'pymdownx.superfences', options: {} }]);
    assert.deepEqual(nord.messages.filter((message) => message.ruleId === 'pygments-style-missing'), []);
    assert.match(nord.html, /<div class="highlight" style="background: #2E3440">/);
  });
});
