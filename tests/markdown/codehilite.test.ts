/** codehilite: option parsing, the `:::lang` / `#!lang` header, and the markup with and without Pygments. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blockOptions, codehiliteOptions } from '../../src/markdown/extensions/codehilite/index.ts';
import { parseHeader, parseHlLines } from '../../src/markdown/extensions/codehilite/header.ts';
import { inlineStyle, STYLES } from '../../src/markdown/extensions/superfences/pygments/styles.ts';
import { ext, renderHtml, renderPage } from '../helpers/render.ts';

const render = (value: string, options: Record<string, unknown> = {}) => renderPage(value, [ext('codehilite', options)], { projectDir: '/p', docsDir: '/p/docs' });

describe('codehilite options', () => {
  test('should default to Python-Markdown values, with linenums unset', () => {
    const options = codehiliteOptions({});
    assert.equal(options.linenums, undefined);
    assert.equal(options.cssClass, 'codehilite');
    assert.equal(options.usePygments, true);
    assert.equal(options.langPrefix, 'language-');
    assert.equal(options.guessLang, true);
  });
  test('should read booleans the way parseBoolValue does', () => {
    assert.equal(codehiliteOptions({ linenums: 'yes' }).linenums, true);
    assert.equal(codehiliteOptions({ use_pygments: 'off' }).usePygments, false);
  });
  test('should not take an unreadable boolean as true', () => {
    assert.equal(codehiliteOptions({ linenums: 'inline' }).linenums, undefined);
  });
  test('should let a fence attribute list override linenums and css_class', () => {
    const base = codehiliteOptions({ linenums: true });
    assert.equal(blockOptions(base, { linenums: 'false' }).linenums, false);
    assert.equal(blockOptions(base, { css_class: 'x' }).cssClass, 'x');
    assert.equal(blockOptions(base, {}).linenums, true);
  });
});

describe('codehilite header line', () => {
  test('should take the language from `:::lang` and drop the line', () => {
    assert.deepEqual(parseHeader(':::Python\nx'), { lang: 'python', source: 'x', shebang: false, hlLines: [] });
  });
  test('should ask for line numbers with a `#!lang` mock shebang', () => {
    assert.equal(parseHeader('#!python\nx').shebang, true);
  });
  test('should keep a real shebang line (with a path) in the code', () => {
    assert.equal(parseHeader('#!/usr/bin/python\nx').source, '#!/usr/bin/python\nx');
  });
  test('should not read an ordinary first line as a header', () => {
    assert.equal(parseHeader('# comment\nx').lang, undefined);
  });
  test('should read hl_lines as whole numbers only', () => {
    assert.deepEqual(parseHlLines('1 3'), [1, 3]);
    assert.deepEqual(parseHlLines('1-3'), []);
  });
});

describe('codehilite in the renderer', () => {
  test('should wrap indented code in Pygments markup', () => {
    assert.equal(render('    :::text\n    a < b').html, '<div class="codehilite"><pre><span></span><code>a &#x3C; b\n</code></pre></div>');
  });
  test('should number lines in a table when asked', () => {
    assert.match(render('    x', { linenums: true }).html, /<table class="codehilitetable">.*<span class="normal">1<\/span>/s);
  });
  test('should not number lines of a `:::lang` block when linenums is unset', () => {
    assert.doesNotMatch(render('    :::python\n    x').html, /table/);
  });
  test('should write the plain markup with use_pygments false and lang_prefix', () => {
    assert.equal(render('    :::python\n    x', { use_pygments: false, lang_prefix: 'lang-' }).html, '<pre class="codehilite"><code class="lang-python">x\n</code></pre>');
  });
  test('should leave every block to superfences when it is enabled', () => {
    const html = renderHtml('```python\nx\n```', [ext('codehilite'), ext('pymdownx.superfences')], { projectDir: '/p', docsDir: '/p/docs' });
    assert.doesNotMatch(html, /codehilite/);
  });
});

describe('codehilite noclasses', () => {
  test('should resolve a token style through its parents, as Pygments does', () => {
    const style = STYLES['default'];
    assert.ok(style);
    assert.equal(inlineStyle(style, 'c1'), 'color: #3D7B7B; font-style: italic');
    assert.equal(inlineStyle(style, 'kp'), 'color: #008000');
    assert.equal(inlineStyle(style, 'gt'), 'color: #04D');
  });
  test('should give no style (and so no span) to a token its style leaves alone', () => {
    const style = STYLES['default'];
    assert.ok(style);
    assert.equal(inlineStyle(style, 'n'), '');
  });
  test('should write inline styles with noclasses and a ported style', () => {
    assert.equal(render('    :::python\n    # c', { noclasses: true }).html, '<div class="codehilite" style="background: #f8f8f8"><pre style="line-height: 125%;"><span></span><code><span style="color: #3D7B7B; font-style: italic"># c</span>\n</code></pre></div>');
  });
  test('should keep classes and say so for a style that is not ported', () => {
    const result = render('    :::python\n    # c', { noclasses: true, pygments_style: 'monokai' });
    assert.match(result.html, /class="c1"/);
    assert.ok(result.messages.some((m) => m.message.includes('monokai')));
  });
});
