/**
 * Which feature stylesheets a page links (src/theme/feature-sheets.ts), and the sheets as
 * published: told by the page's HTML, never left out for what the page shows.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { featureSheetAssets, featureSheetText, featureSheets, pageSheetInput, SHEET_NAMES } from '../../src/theme/feature-sheets.ts';
import type { NavItem, NavPage } from '../../src/nav/index.ts';
import type { PageModel, SiteInfo } from '../../src/site/model.ts';

const sheets = (html: string, extra: Partial<Parameters<typeof featureSheets>[0]> = {}) => featureSheets({ html: [html], features: [], ...extra });

describe('featureSheets', () => {
  test('a page of prose and admonitions links none', () => {
    assert.deepEqual(sheets('<h1 id="x">X</h1><div class="admonition note"><p class="admonition-title">Note</p><p>Text <code>x</code></p></div><details class="tip"><summary>More</summary></details>'), []);
  });

  test('reads every piece of the page: its Markdown and each template override', () => {
    assert.deepEqual(featureSheets({ html: ['<p>prose</p>', '<div class="grid">a</div>', '<div class="tabbed-set"></div>'], features: [] }), ['tabbed', 'cards']);
  });

  test('each construct links its sheet, whatever its other classes and its quotes', () => {
    assert.deepEqual(sheets('<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked></div>'), ['tabbed']);
    assert.deepEqual(sheets(`<div class='grid cards'><ul><li>a</li></ul></div>`), ['cards']);
    assert.deepEqual(sheets('<div class=grid><div class="card">a</div></div>'), ['cards']);
    assert.deepEqual(sheets('<ul class="task-list"><li class="task-list-item"><label class="task-list-control"></label></li></ul>'), ['tasklist']);
    assert.deepEqual(sheets('<p>Text<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup></p><div class="footnote"><ol></ol></div>'), ['footnotes']);
    assert.deepEqual(sheets('<p class="annotate">Text (1)</p><ol><li>Note</li></ol>'), ['annotations']);
    assert.deepEqual(sheets('<pre class="mermaid"><code>graph LR</code></pre>'), ['mermaid', 'code-blocks'], 'its source is a code block until drawn');
    assert.deepEqual(sheets('<div class="doc doc-object doc-function"><h2 class="doc doc-heading">f</h2></div>'), ['mkdocstrings']);
    assert.deepEqual(sheets('<table class="highlighttable"><tr><td class="linenos"></td></tr></table>'), ['code-lines', 'code-blocks']);
    assert.deepEqual(sheets('<p><a class="md-tag" href="#x">x</a></p>'), ['tags']);
    assert.deepEqual(sheets('<div class="language-py highlight"><pre><span></span><code><span class="k">def</span></code></pre></div>'), ['code-tokens', 'code-blocks']);
    assert.deepEqual(sheets('<p><code class="highlight"><span class="n">x</span></code></p>'), ['code-tokens', 'code-blocks'], 'InlineHilite');
    assert.deepEqual(sheets('<pre><code>plain, no colours</code></pre><p><code>inline</code></p>'), ['code-blocks']);
    assert.deepEqual(sheets('<p>Inline <code>code</code> only</p>'), [], 'inline code is styled by the bundle');
    assert.deepEqual(sheets('<p><span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span><kbd class="key-c">C</kbd></span></p>'), ['keys']);
    assert.deepEqual(sheets('<p>Press <kbd>Enter</kbd></p>'), ['keys'], 'a <kbd> of its own');
    assert.deepEqual(sheets('<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>'), ['tables']);
    assert.deepEqual(sheets('<p>A table of contents, &lt;table&gt; in words</p><table class="x"></table>'), [], 'its rules are for tables without a class');
  });

  test('Critic and Mark: a <mark> alone links critic.css, which styles it', () => {
    assert.deepEqual(sheets('<p>A <mark>marked</mark> word</p>'), ['critic']);
    assert.deepEqual(sheets('<p><del class="critic">a</del><ins class="critic">b</ins></p>'), ['critic']);
    assert.deepEqual(sheets('<p>A <markup-like>x</markup-like> and marked text</p>'), []);
  });

  test('a class named in text or in an attribute other than class links nothing', () => {
    assert.deepEqual(sheets('<p>Use <code>class="tabbed-set"</code> for tabs</p><p data-x="grid">tabbed-set</p>'), []);
  });

  test('code annotations: any code block with content.code.annotate, only marked ones without it', () => {
    const code = '<div class="language-py highlight"><pre><code>x = 1 # (1)</code></pre></div><ol><li>Note</li></ol>';
    assert.deepEqual(sheets(code, { features: ['content.code.annotate'] }), ['code-tokens', 'annotations', 'code-blocks']);
    assert.deepEqual(sheets(code), ['code-tokens', 'code-blocks']);
    assert.deepEqual(sheets('<p>no code</p>', { features: ['content.code.annotate'] }), []);
  });

  test('what the theme draws from components: tags, the hero of home.html; a blog page links every sheet (its excerpts hold anything)', () => {
    assert.deepEqual(sheets('<p>x</p>', { tagged: true }), ['tags']);
    assert.deepEqual(sheets('<p>x</p>', { home: true }), ['hero']);
    const all = sheets('<p>x</p>', { blog: true });
    assert.ok(all.includes('blog') && all.includes('tabbed') && all.includes('mkdocstrings'));
    assert.equal(all.length, featureSheetAssets().length);
  });

  test('a page drawn right to left links the turns of rtl.css, one drawn left to right does not', () => {
    assert.deepEqual(sheets('<p>x</p>', { rtl: true }), ['rtl']);
    assert.deepEqual(sheets('<p dir="rtl">x</p>', { rtl: false }), []);
  });

  test('what the site draws on every page: the language and version selectors, the back-to-top button, the progress bar', () => {
    assert.deepEqual(sheets('<p>x</p>', { alternate: true, versioned: true }), ['select', 'version']);
    assert.deepEqual(sheets('<p>x</p>', { features: ['navigation.top', 'navigation.instant.progress', 'navigation.instant'] }), ['top', 'progress']);
    assert.deepEqual(sheets('<p>x</p>', { features: ['navigation.instant'] }), []);
    assert.deepEqual(sheets('<div class="md-select"><ul class="md-select__list"></ul></div>'), ['select'], 'a site\'s own alternate.html');
  });

  test('a site\'s own search.html links the search sheet, and so does Material\'s search markup in any template; our dialog\'s classes do not', () => {
    assert.deepEqual(sheets('<p>x</p>', { searchPartial: true }), ['search']);
    assert.deepEqual(sheets('<div class="md-search"><label class="md-search__overlay" for="__search"></label><div class="md-search__scrollwrap"></div></div>'), ['search']);
    assert.deepEqual(sheets('<dialog class="md-search"><div class="md-search__inner"><div class="md-search__form"></div><div class="md-search__output"></div></div></dialog>'), []);
    assert.deepEqual(sheets('<p>x</p>', { searchPartial: false }), []);
  });

  test('search.suggest\'s field: every page of a site with the feature', () => {
    assert.deepEqual(sheets('<p>x</p>', { features: ['search.suggest'] }), ['search-suggest']);
    assert.deepEqual(sheets('<p>x</p>', { features: ['search.highlight'] }), []);
  });

  test('the announcement bar: a page that draws its announce block, or with a version its outdated block', () => {
    assert.deepEqual(sheets('<p>x</p>', { banner: true }), ['banner']);
    assert.deepEqual(sheets('<aside class="md-banner"><div class="md-banner__inner">News</div></aside>'), ['banner'], 'a template that draws the bar itself');
    assert.deepEqual(sheets('<p>x</p>', { banner: false }), []);
  });

  test('status icons: every page of a site whose nav has a page with a status', () => {
    assert.deepEqual(sheets('<p>x</p>', { status: true }), ['status']);
    assert.deepEqual(sheets('<p>x</p>', { status: false }), []);
  });

  test('copy and select buttons: a page with a code block, on a site with content.code.copy or content.code.select', () => {
    const code = '<pre><code>plain</code></pre>';
    assert.deepEqual(sheets(code, { features: ['content.code.copy'] }), ['code-buttons', 'code-blocks']);
    assert.deepEqual(sheets(code, { features: ['content.code.select'] }), ['code-buttons', 'code-blocks']);
    assert.deepEqual(sheets(code), ['code-blocks']);
    assert.deepEqual(sheets('<p><code>inline</code></p>', { features: ['content.code.copy'] }), [], 'inline code has no button');
  });

  test('the interactive tooltip: footnote tooltips on a page with a reference, instant previews', () => {
    const reference = '<p>Text<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup></p>';
    assert.deepEqual(sheets(reference, { features: ['content.footnote.tooltips'] }), ['tooltip2', 'footnotes']);
    assert.deepEqual(sheets(reference), ['footnotes']);
    assert.deepEqual(sheets('<p>x</p>', { features: ['content.footnote.tooltips'] }), []);
    assert.deepEqual(sheets('<p>x</p>', { features: ['navigation.instant.preview'] }), ['tooltip2']);
    assert.deepEqual(sheets('<p><a data-preview="" href="setup/#install">Setup</a></p>'), ['tooltip2'], 'a link the preview extension marked');
    assert.deepEqual(sheets('<p data-previewer="x">data-preview in words</p>'), []);
    // Found outside tags too: named in text, or shown as code, it is no mark.
    assert.deepEqual(sheets('<p>the data-preview attribute</p><pre><code>&lt;a data-preview&gt;</code></pre>'), ['code-blocks']);
    assert.deepEqual(sheets('<p>a</p>\n<p><A HREF="x"\n  DATA-PREVIEW>b</A></p>'), ['tooltip2'], 'in any case, on a line of its own');
  });

  test('several sheets come in the bundle\'s order', () => {
    assert.deepEqual(sheets('<pre class="mermaid"></pre><div class="tabbed-set"></div><div class="footnote"></div><table class="highlighttable"></table>'), ['code-lines', 'tabbed', 'footnotes', 'mermaid', 'code-blocks']);
  });
});

describe('pageSheetInput', () => {
  const page = (blocks: Record<string, unknown[]> = {}) => ({ html: '<p>x</p>', template: 'main.html', overrides: { blocks, partials: {} } }) as unknown as PageModel;
  const site = (nav: NavItem[], extra: Record<string, unknown> = {}) => ({ features: [], alternate: [], extra, search: true, direction: 'ltr', nav }) as unknown as SiteInfo;
  const leaf = (status?: string): NavPage => ({ kind: 'page', title: 'P', src: 'p.md', url: 'p/', status });

  test('reads a page\'s HTML in a file as the same HTML in memory, each time it is asked', () => {
    const html = '<p>😀</p><div class="tabbed-set"><div class="grid cards">x</div></div>';
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-sheets-')), 'page.html');
    writeFileSync(file, html);
    const filed = pageSheetInput(site([]), { ...page(), html: { file, chars: html.length } });
    const expected = featureSheets(pageSheetInput(site([]), { ...page(), html }));
    assert.ok(expected.length > 0);
    assert.deepEqual(featureSheets(filed), expected);
    assert.deepEqual(featureSheets(filed), expected, 'asked again');
    rmSync(path.dirname(file), { recursive: true, force: true });
  });

  test('status: a page with one anywhere in the nav, a section\'s own page too', () => {
    assert.equal(pageSheetInput(site([leaf(), { kind: 'link', title: 'L', url: 'https://x.test/' }]), page()).status, false);
    assert.equal(pageSheetInput(site([{ kind: 'section', title: 'S', children: [leaf(), { kind: 'section', title: 'T', children: [leaf('new')] }] }]), page()).status, true);
    assert.equal(pageSheetInput(site([{ kind: 'section', title: 'S', children: [], page: leaf('deprecated') }]), page()).status, true);
  });

  test('banner: a filled announce block; an outdated block only on a versioned site', () => {
    const html = [{ kind: 'html', html: 'News' }];
    assert.equal(pageSheetInput(site([]), page({ announce: html })).banner, true);
    assert.equal(pageSheetInput(site([]), page({ announce: [] })).banner, false);
    assert.equal(pageSheetInput(site([]), page({ outdated: html })).banner, false);
    assert.equal(pageSheetInput(site([], { version: { provider: 'mike' } }), page({ outdated: html })).banner, true);
  });
});

describe('the published sheets', () => {
  test('each is its source file without comments, in the theme layer', () => {
    const text = featureSheetText('tabbed', () => '/*\n * Tabs.\n */\n.md-typeset .tabbed-set {\n  display: flex;\n}\n');
    assert.equal(text, '@layer theme {\n.md-typeset .tabbed-set {\ndisplay: flex;\n}\n}\n');
  });

  test('every sheet is a theme file the bundle no longer imports, published with every rule of it', () => {
    const styles = path.join(import.meta.dirname, '../../src/styles');
    const index = readFileSync(path.join(styles, 'index.css'), 'utf8');
    const rules = (css: string) => [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\{/g)].length;
    for (const name of SHEET_NAMES) {
      let file = '';
      const text = featureSheetText(name, (given) => {
        file = given;
        return readFileSync(path.join(styles, given), 'utf8');
      });
      assert.ok(!index.includes(`'./${file}'`), `${file} is not bundled`);
      assert.equal(rules(text), rules(readFileSync(path.join(styles, file), 'utf8')) + 1, `${file}: its rules, in one layer block`);
    }
    assert.deepEqual(featureSheetAssets().map((asset) => asset.to), SHEET_NAMES.map((name) => `assets/theme/features/${name}.css`));
  });
});
