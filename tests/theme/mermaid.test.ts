/**
 * Mermaid's pure parts: which pages have a diagram (src/theme/mermaid.ts), the theme files that
 * come with one (src/theme/assets.ts), and the style attributes carried past a strict CSP
 * (src/components/scripts/style-attributes.ts). The drawing itself: tests/browser/mermaid.test.ts.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { carryStyleAttributes } from '../../src/components/scripts/style-attributes.ts';
import { themeAssets } from '../../src/theme/assets.ts';
import { hasMermaid, MERMAID_DIR, MERMAID_SCRIPT } from '../../src/theme/mermaid.ts';

describe('hasMermaid', () => {
  test("should find PyMdown's fence output and a pre with mermaid among other classes or attributes", () => {
    assert.equal(hasMermaid('<pre class="mermaid"><code>graph TD\n  A --&gt; B</code></pre>'), true);
    assert.equal(hasMermaid('<p>x</p><pre class="mermaid big"><code>graph LR</code></pre>'), true);
    assert.equal(hasMermaid('<pre id="d" class=\'wide mermaid\'><code>graph LR</code></pre>'), true);
    assert.equal(hasMermaid('<PRE CLASS=mermaid>graph LR</PRE>'), true);
  });

  test('should not find a class that only contains the word, another element, or the word in text and code', () => {
    assert.equal(hasMermaid('<pre class="mermaid-zoom"><code>graph LR</code></pre>'), false);
    assert.equal(hasMermaid('<div class="mermaid">graph LR</div>'), false);
    assert.equal(hasMermaid('<p>Mermaid draws <code>&lt;pre class="mermaid"&gt;</code></p>'), false);
    assert.equal(hasMermaid('<pre><code class="language-mermaid">graph LR</code></pre>'), false);
    assert.equal(hasMermaid('<pre data-note="mermaid" class="highlight"><code>x</code></pre>'), false);
    assert.equal(hasMermaid(''), false);
  });
});

describe('themeAssets and Mermaid', () => {
  const site = { font: false as const, palette: [], features: [], extra: {}, extraJavascript: [] };
  const diagram = { html: '<pre class="mermaid"><code>graph LR</code></pre>', meta: {} };

  test('should publish Mermaid and its licence when a page has a diagram', () => {
    const { assets, warnings } = themeAssets({ site, pages: [{ html: '<p>x</p>', meta: {} }, diagram] });
    const mermaid = assets.filter((asset) => asset.to.startsWith('assets/theme/mermaid/'));
    assert.deepEqual(mermaid.map((asset) => asset.to), [MERMAID_SCRIPT, 'assets/theme/mermaid/LICENSE']);
    for (const asset of mermaid) assert.ok('from' in asset && existsSync(asset.from), asset.to);
    assert.deepEqual(warnings, []);
  });

  test('should not publish Mermaid for a site without a diagram', () => {
    const { assets } = themeAssets({ site, pages: [{ html: '<pre><code class="language-mermaid">graph LR</code></pre>', meta: {} }] });
    assert.equal(assets.some((asset) => asset.to.startsWith(MERMAID_DIR)), false);
  });

  test('should warn, and publish nothing of it, when the mermaid package cannot be found', () => {
    const { assets, warnings } = themeAssets({ site, pages: [diagram] }, { mermaid: () => undefined });
    assert.equal(assets.some((asset) => asset.to.startsWith(MERMAID_DIR)), false);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]?.message ?? '', /'mermaid' package is not installed/);
  });
});

describe('carryStyleAttributes', () => {
  test("should rename every start tag's style attribute, whatever its quotes or case", () => {
    assert.equal(
      carryStyleAttributes('<svg id="x" style="max-width: 86px;" viewBox="0 0 1 1"><g><rect style="fill: none;"/></g></svg>'),
      '<svg id="x" data-md-style="max-width: 86px;" viewBox="0 0 1 1"><g><rect data-md-style="fill: none;"/></g></svg>',
    );
    assert.equal(carryStyleAttributes("<g STYLE='a: b'>t</g>"), "<g data-md-style='a: b'>t</g>");
    assert.equal(carryStyleAttributes('<b style=color:red>t</b>'), '<b data-md-style=color:red>t</b>');
    assert.equal(carryStyleAttributes('<i style = "x" class="y" style="z">'), '<i data-md-style = "x" class="y" data-md-style="z">');
  });

  test('should not rename text, other attributes, attribute values, comments or the contents of style and script', () => {
    assert.equal(carryStyleAttributes('<span class="a">style="x"</span>'), '<span class="a">style="x"</span>');
    assert.equal(carryStyleAttributes('<a title="b style=c" data-style="d">'), '<a title="b style=c" data-style="d">');
    assert.equal(carryStyleAttributes('<!-- <b style="x"> -->'), '<!-- <b style="x"> -->');
    assert.equal(carryStyleAttributes('<style>a > b { } <b style="x"></style><i style="y">'), '<style>a > b { } <b style="x"></style><i data-md-style="y">');
    assert.equal(carryStyleAttributes('<script>"<b style=1>"</script>'), '<script>"<b style=1>"</script>');
  });

  test('should leave markup that is not a start tag as it is: a lone <, end tags, a doctype, an unclosed tag', () => {
    assert.equal(carryStyleAttributes('a < b </p style="x"> <!doctype html>'), 'a < b </p style="x"> <!doctype html>');
    assert.equal(carryStyleAttributes('<b style="never closed'), '<b data-md-style="never closed');
    assert.equal(carryStyleAttributes('no tags, style'), 'no tags, style');
  });
});
