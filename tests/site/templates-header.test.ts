/**
 * A site's own breadcrumbs (path.html, path-item.html), language selector (alternate.html),
 * palette toggle (palette.html) and search (search.html): rendered per page with the context
 * Material gives them, only where Material includes them, and named as slots where a site's own
 * header.html includes them.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pageOf, segmentText, templateSite, templateWarnings } from '../helpers/template-site.ts';

const NAV = 'nav:\n  - Home: index.md\n  - Guide:\n    - guide/index.md\n    - Deep:\n      - guide/deep/a.md\n';
const DOCS = { 'docs/guide/index.md': '# Guide\n', 'docs/guide/deep/a.md': '# A\n' };
const squash = (html: string) => html.replace(/>\s+</g, '><').trim();

describe('site templates: breadcrumbs', () => {
  test('should draw a site\'s path-item.html inside our path.html: home, then each section above the page, outermost first', async () => {
    const prepared = await templateSite(
      { ...DOCS, 'overrides/partials/path-item.html': '{% macro render(nav_item) %}<li class="mine">{{ nav_item.title }}|{{ nav_item.is_section }}</li>{% endmacro %}' },
      `  features:\n    - navigation.path\n${NAV}`,
    );
    assert.equal(squash(segmentText(pageOf(prepared, 'guide/deep/a.md').overrides?.partials.path)), '<nav class="md-path" aria-label="Navigation"><ol class="md-path__list"><li class="mine">Home|false</li><li class="mine">Guide|true</li><li class="mine">Deep|true</li></ol></nav>');
    assert.equal(squash(segmentText(pageOf(prepared, 'index.md').overrides?.partials.path)), '', 'the home page alone has one crumb: none drawn');
    assert.deepEqual(templateWarnings(prepared), []);
  });

  test('should give a site\'s path.html page.ancestors and our path-item.html, which leads a section to its first page', async () => {
    const prepared = await templateSite(
      { ...DOCS, 'docs/index.md': '---\nhide: [path]\n---\n# Home\n', 'overrides/partials/path.html': '{% import "partials/path-item.html" as item with context %}<ol>{% for nav_item in page.ancestors | reverse %}{{ item.render(nav_item) }}{% endfor %}</ol>{{ page.meta.hide }}' },
      `  features:\n    - navigation.path\n${NAV}`,
    );
    assert.equal(segmentText(pageOf(prepared, 'guide/deep/a.md').overrides?.partials.path), '<ol><li class="md-path__item"><a href="/guide/" class="md-path__link"><span class="md-ellipsis">Guide</span></a></li><li class="md-path__item"><a href="/guide/deep/a/" class="md-path__link"><span class="md-ellipsis">Deep</span></a></li></ol>');
    assert.equal(segmentText(pageOf(prepared, 'index.md').overrides?.partials.path), '<ol></ol>path', 'a page the nav lists at the top has no ancestors');
  });

  test('should report path.html unused without navigation.path, as Material includes it only then', async () => {
    const prepared = await templateSite({ ...DOCS, 'overrides/partials/path.html': '<nav>mine</nav>' }, NAV);
    assert.equal(pageOf(prepared, 'guide/deep/a.md').overrides, undefined);
    assert.match(templateWarnings(prepared)[0]?.message ?? '', /^partials\/path.html is not used: .*path.html with navigation.path/);
  });
});

describe('site templates: header partials', () => {
  test('should render a site\'s alternate.html with config.extra.alternate, only when the site has alternates', async () => {
    const partial = { 'overrides/partials/alternate.html': '<ul>{% for alt in config.extra.alternate %}<li><a href="{{ alt.link | url }}" hreflang="{{ alt.lang }}">{{ alt.name }}</a></li>{% endfor %}</ul>' };
    const prepared = await templateSite(partial, 'extra:\n  alternate:\n    - name: English\n      link: /en/\n      lang: en\n    - name: Deutsch\n      link: /de/\n      lang: de\n');
    assert.equal(segmentText(pageOf(prepared).overrides?.partials.alternate), '<ul><li><a href="/en/" hreflang="en">English</a></li><li><a href="/de/" hreflang="de">Deutsch</a></li></ul>');
    const none = await templateSite(partial);
    assert.equal(pageOf(none).overrides, undefined);
    assert.match(templateWarnings(none)[0]?.message ?? '', /^partials\/alternate.html is not used/);
  });

  test('should render a site\'s palette.html over the list of palettes, and report it unused for one palette (a mapping to Material)', async () => {
    const partial = { 'overrides/partials/palette.html': '{% for option in config.theme.palette %}<input id="__palette_{{ loop.index0 }}" data-md-color-scheme="{{ option.scheme }}"><label for="__palette_{{ loop.index % loop.length }}" hidden>{{ option.toggle.name }}</label>{% endfor %}' };
    const two = '  palette:\n    - scheme: default\n      toggle:\n        icon: material/brightness-7\n        name: Dark\n    - scheme: slate\n      toggle:\n        icon: material/brightness-4\n        name: Light\n';
    const prepared = await templateSite(partial, two);
    assert.equal(segmentText(pageOf(prepared).overrides?.partials.palette), '<input id="__palette_0" data-md-color-scheme="default"><label for="__palette_1" hidden>Dark</label><input id="__palette_1" data-md-color-scheme="slate"><label for="__palette_0" hidden>Light</label>');
    const one = await templateSite(partial, '  palette:\n    scheme: slate\n');
    assert.equal(pageOf(one).overrides, undefined);
    assert.match(templateWarnings(one)[0]?.message ?? '', /^partials\/palette.html is not used/);
  });

  test('should render a site\'s palette.html over a list of one palette, as Material\'s header.html does (`not config.theme.palette is mapping`)', async () => {
    const partial = { 'overrides/partials/palette.html': '{% if config.theme.palette is mapping %}mapping{% else %}{% for option in config.theme.palette %}<input data-md-color-scheme="{{ option.scheme }}">{% endfor %}{% endif %}' };
    const prepared = await templateSite(partial, '  palette:\n    - scheme: slate\n');
    assert.equal(segmentText(pageOf(prepared).overrides?.partials.palette), '<input data-md-color-scheme="slate">');
    assert.deepEqual(templateWarnings(prepared), []);
    const none = await templateSite(partial);
    assert.equal(pageOf(none).overrides, undefined, 'no palette at all: Material\'s header.html includes none');
    assert.match(templateWarnings(none)[0]?.message ?? '', /^partials\/palette.html is not used: .*a list of palettes, even of one/);
  });

  test('should render a site\'s search.html with the features and labels it reads, and report it unused when the search plugin is off', async () => {
    const partial = { 'overrides/partials/search.html': '<div class="md-search" data-share="{{ "search.share" in features }}"><input placeholder="{{ lang.t("search.placeholder") }}"></div>' };
    const prepared = await templateSite(partial, '  features:\n    - search.share\n');
    assert.equal(segmentText(pageOf(prepared).overrides?.partials.search), '<div class="md-search" data-share="true"><input placeholder="Search"></div>');
    const off = await templateSite(partial, 'plugins:\n  - tags\n');
    assert.equal(pageOf(off).overrides, undefined);
    assert.match(templateWarnings(off)[0]?.message ?? '', /^partials\/search.html is not used/);
  });

  test('should not warn about a site\'s search.html that keeps Material\'s hooks, whatever else it changes', async () => {
    const partial = { 'overrides/partials/search.html': '<div class="md-search mine" data-md-component="search"><form><input class="md-search__input" data-md-component="search-query"></form><p>tip</p><div data-md-component="search-result"><ol class="md-search-result__list"></ol></div></div>' };
    const prepared = await templateSite(partial);
    assert.match(segmentText(pageOf(prepared).overrides?.partials.search), /<p>tip<\/p>/);
    assert.deepEqual(templateWarnings(prepared), []);
  });

  test('should warn once, at the file and the line of the element that should carry a hook, about a site\'s search.html without the hooks our search script finds its parts by', async () => {
    const partial = { 'overrides/partials/search.html': '{#- our own search -#}\n<form class="search" action="https://example.org">\n  <input name="q">\n</form>\n', 'docs/other.md': '# Other\n' };
    const prepared = await templateSite(partial);
    const warnings = templateWarnings(prepared);
    assert.equal(warnings.length, 1, 'once for the site, not once per page');
    assert.equal(warnings[0]?.file, path.join(prepared.root, 'overrides', 'partials', 'search.html'));
    assert.equal(warnings[0]?.line, 2);
    assert.equal(warnings[0]?.message, 'partials/search.html lacks Material\'s search hooks: the <form> at line 2 has no data-md-component="search" (or class md-search); the <input> at line 3 has no data-md-component="search-query" (or class md-search__input); no element carries data-md-component="search-result" (or class md-search-result) and none is there to carry it; no element carries class md-search-result__list and none is there to carry it. Our search script finds its parts by them, so this search box never shows results; keep them as Material\'s search.html has them');
  });

  test('should name the palette, alternate and search stand-ins a site\'s header.html includes, with no warning', async () => {
    const prepared = await templateSite({ 'overrides/partials/header.html': '<header>{% include "partials/palette.html" %}{% include "partials/alternate.html" %}<label for="__search"></label>{% include "partials/search.html" %}</header>' });
    assert.equal(segmentText(pageOf(prepared).overrides?.partials.header), '<header>[palette][alternate]<label for="__search"></label>[search]</header>');
    assert.deepEqual(templateWarnings(prepared), []);
  });
});
