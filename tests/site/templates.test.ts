import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pageOf as page, segmentText as html, templateSite as site, templateWarnings as warnings } from '../helpers/template-site.ts';

const MAIN = (blocks: string) => `{% extends "base.html" %}\n${blocks}`;

describe('site templates: context', () => {
  test('should escape page data and keep the HTML of page.content and config.copyright', async () => {
    const prepared = await site({
      'docs/index.md': '---\nnote: "<i>x</i>"\n---\n# A & B\n\nText.\n',
      'overrides/main.html': MAIN('{% block announce %}{{ page.meta.note }}|{{ page.title }}|{{ config.copyright }}|{{ page.content | length > 0 }}{% endblock %}'),
    }, 'copyright: "<b>C</b>"\n');
    assert.equal(html(page(prepared).overrides?.blocks.announce), '&lt;i&gt;x&lt;/i&gt;|A &amp; B|<b>C</b>|true');
  });

  test('should print tojson as Jinja does: keys sorted, Python\'s spacing, non-ASCII and HTML characters escaped', async () => {
    const prepared = await site({
      'overrides/main.html': MAIN('{% block announce %}{{ config.extra.data | tojson }}{% endblock %}'),
    }, 'extra:\n  data: {b: "é", a: [1, "<x>"], c: null, d: "it\'s & ok"}\n');
    // Jinja2 3.1 renders {{ data | tojson }} of the same YAML so.
    assert.equal(html(page(prepared).overrides?.blocks.announce), '{"a": [1, "\\u003cx\\u003e"], "b": "\\u00e9", "c": null, "d": "it\\u0027s \\u0026 ok"}');
  });

  test('should give config.extra, lang.t, base_url and a url filter that follows site_url\'s path', async () => {
    const prepared = await site({
      'docs/guide.md': '# Guide\n',
      'overrides/main.html': MAIN('{% block announce %}{{ config.extra.banner }}|{{ lang.t("footer.next") }}|{{ lang.t("meta.comments") }}|{{ base_url }}|{{ "guide/" | url }}|{{ "https://x.org/" | url }}{% endblock %}'),
    }, 'site_url: https://example.org/docs/\nextra:\n  banner: Hello\n');
    assert.equal(html(page(prepared).overrides?.blocks.announce), 'Hello|Next|Comments|/docs|/docs/guide/|https://x.org/');
  });

  test('should give the page its toc, url, edit_url and homepage flag, and the nav its pages', async () => {
    const prepared = await site({
      'docs/index.md': '# Home\n\n## Part\n',
      'docs/b.md': '# B\n',
      'overrides/main.html': MAIN('{% block announce %}{% for a in page.toc %}{{ a.title }}>{% for c in a.children %}{{ c.url }}{% endfor %}{% endfor %}|{{ page.is_homepage }}|{{ page.edit_url }}|{% for n in nav %}{{ n.title }}{{ "*" if n.active }},{% endfor %}{% endblock %}'),
    }, 'repo_url: https://github.com/o/r\n');
    assert.equal(html(page(prepared).overrides?.blocks.announce), 'Home>#part|true|https://github.com/o/r/edit/master/docs/index.md|Home*,B,');
  });
});

describe('site templates: the Jinja that Material sites write', () => {
  test('should render set, ~, striptags, is none, True, map(attribute), an imported lang and a Material icon', async () => {
    const prepared = await site({
      'docs/index.md': '---\ntags: [{name: a}, {name: b}]\n---\n# Home\n',
      'overrides/main.html': [
        '{% extends "base.html" %}',
        '{% import "partials/language.html" as lang with context %}',
        '{% block extrahead %}',
        '  {% set title = config.site_name %}',
        '  {% if page and page.meta and page.meta.title %}{% set title = title ~ " - " ~ page.meta.title %}',
        '  {% elif page and page.title and not page.is_homepage %}{% set title = title ~ " - " ~ page.title | striptags %}{% endif %}',
        '  <meta property="og:title" content="{{ title }}">',
        '  {% if config.site_url is none and True %}<meta name="no-url">{% endif %}',
        '  <meta name="keywords" content="{{ page.meta.tags | map(attribute="name") | join(",") }}">',
        '{% endblock %}',
        '{% block announce %}{{ lang.t("toc") }}<span class="twemoji">{% include ".icons/material/heart.svg" %}</span>{% endblock %}',
      ].join('\n'),
    });
    const blocks = page(prepared).overrides?.blocks;
    assert.equal(html(blocks?.extrahead).replace(/\s+/g, ' ').trim(), '<meta property="og:title" content="T"> <meta name="no-url"> <meta name="keywords" content="a,b">');
    assert.match(html(blocks?.announce), /^Table of contents<span class="twemoji"><svg/);
    assert.deepEqual(warnings(prepared), []);
  });
});

describe('site templates: Python in Jinja', () => {
  test('should answer the dict methods get, items, keys and values on page.meta and config.extra, and format', async () => {
    const prepared = await site({
      'docs/index.md': '---\nsubtitle: Sub\n---\n# Home\n',
      'overrides/main.html': MAIN('{% block announce %}{{ page.meta.get("subtitle") }}|{{ page.meta.get("gone", "dflt") }}|{% for k, v in config.extra.items() %}{{ k }}={{ v }};{% endfor %}|{{ config.extra.keys() | join(",") }}|{{ config.extra | length }}|{{ "%s of %d" | format("one", 2) }}{% endblock %}'),
    }, 'extra:\n  a: 1\n  b: two\n');
    assert.equal(html(page(prepared).overrides?.blocks.announce), 'Sub|dflt|a=1;b=two;|a,b|2|one of 2');
    assert.deepEqual(warnings(prepared), []);
  });

  test('should warn about a Python string method, which nunjucks does not have, and keep the block\'s default', async () => {
    const prepared = await site({ 'overrides/main.html': MAIN('{% block announce %}\n{% if page.url.startswith("blog/") %}B{% endif %}\n{% endblock %}') });
    assert.equal(page(prepared).overrides, undefined);
    const [warning] = warnings(prepared);
    assert.match(warning?.message ?? '', /Unable to call `page\["url"\]\["startswith"\]`.*; block "announce" keeps its default/);
    assert.equal(warning?.line, 3);
  });
});

describe('site templates: blocks and page templates', () => {
  test('should leave pages without overrides when custom_dir has only language partials', async () => {
    const prepared = await site({ 'overrides/partials/languages/en.html': '{% macro t(key) %}{{ {"toc": "On this page"}[key] }}{% endmacro %}' });
    assert.equal(page(prepared).overrides, undefined);
    assert.deepEqual(warnings(prepared), []);
    assert.equal(prepared.model.site.labels.toc, 'On this page');
  });

  test('should give lang.t the site\'s own labels, even for keys our theme does not draw', async () => {
    const prepared = await site({
      'overrides/partials/languages/en.html': '{% macro t(key) %}{{ {"toc": "On this page", "meta.comments": "Discuss"}[key] }}{% endmacro %}',
      'overrides/main.html': MAIN('{% block announce %}{{ lang.t("toc") }}|{{ lang.t("meta.comments") }}|{{ lang.t("meta.source") }}|{{ lang.t("no.such") }}{% endblock %}'),
    });
    // Material 9.7's partials/language.html: {{ lang.t(key) or fallback.t(key) or key }} (Jinja2 gives 'no.such').
    assert.equal(html(page(prepared).overrides?.blocks.announce), 'On this page|Discuss|Source|no.such');
  });

  test('should pick the front matter template, which extends main.html, and fall back to main.html with a warning when missing', async () => {
    const prepared = await site({
      'docs/index.md': '---\ntemplate: landing.html\n---\n# Home\n',
      'docs/other.md': '---\ntemplate: gone.html\n---\n# Other\n',
      'overrides/main.html': MAIN('{% block announce %}main{% endblock %}'),
      'overrides/landing.html': '{% extends "main.html" %}{% block hero %}<h2>{{ page.title }}</h2>{% endblock %}',
    });
    assert.equal(html(page(prepared).overrides?.blocks.hero), '<h2>Home</h2>');
    assert.equal(html(page(prepared).overrides?.blocks.announce), 'main');
    assert.equal(page(prepared, 'other.md').overrides?.blocks.hero, undefined);
    assert.equal(html(page(prepared, 'other.md').overrides?.blocks.announce), 'main');
    const [warning] = warnings(prepared);
    assert.match(warning?.message ?? '', /template "gone.html" \(front matter\) is not in custom_dir: the page uses main.html/);
    assert.equal(warning?.file, path.join(prepared.root, 'docs', 'other.md'));
  });

  test('should leave a block with a filter we lack at its default, warn at file:line once, and render the others', async () => {
    const prepared = await site({
      'docs/two.md': '# Two\n',
      'overrides/main.html': MAIN('{% block announce %}ok{% endblock %}\n{% block extrahead %}\n  {{ page.title | markdownify }}\n{% endblock %}'),
    });
    for (const src of ['index.md', 'two.md']) {
      assert.equal(html(page(prepared, src).overrides?.blocks.announce), 'ok');
      assert.equal(page(prepared, src).overrides?.blocks.extrahead, undefined);
    }
    const found = warnings(prepared);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.file, path.join(prepared.root, 'overrides', 'main.html'));
    assert.equal(found[0]?.line, 4);
    assert.match(found[0]?.message ?? '', /filter not found: markdownify; block "extrahead" keeps its default/);
  });

  test('should leave a block that calls a Python-only helper at its default with a warning', async () => {
    const prepared = await site({ 'overrides/main.html': MAIN('{% block footer %}\n{{ super() }}{{ config.plugins.blog.posts() }}\n{% endblock %}\n{% block hero %}H{% endblock %}') });
    assert.equal(page(prepared).overrides?.blocks.footer, undefined);
    assert.equal(html(page(prepared).overrides?.blocks.hero), 'H');
    assert.equal(warnings(prepared)[0]?.line, 3);
  });

  test('should survive a template that includes itself: its block keeps its default, said once for every page', async () => {
    const prepared = await site({
      'docs/two.md': '# Two\n',
      'docs/three.md': '# Three\n',
      'overrides/partials/loop.html': 'x{% include "partials/loop.html" %}',
      'overrides/main.html': MAIN('{% block announce %}\n{% include "partials/loop.html" %}{% endblock %}\n{% block hero %}H{% endblock %}'),
    });
    for (const src of ['index.md', 'two.md', 'three.md']) {
      assert.deepEqual(page(prepared, src).overrides?.blocks, { hero: [{ kind: 'html', html: 'H' }] });
    }
    const found = warnings(prepared);
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /Maximum call stack size exceeded; block "announce" keeps its default/);
  });

  test('should keep every block at its default when the template cannot be parsed outside any block', async () => {
    const prepared = await site({ 'overrides/main.html': '{% extends "base.html" %}\n{% if %}\n{% block hero %}H{% endblock %}' });
    assert.equal(page(prepared).overrides, undefined);
    assert.match(warnings(prepared)[0]?.message ?? '', /main.html is not used: every block keeps its default/);
    assert.equal(warnings(prepared)[0]?.line, 2);
  });

  test('should warn about a base.html, a partial Material does not include for this site (no palette list) and templates nothing includes', async () => {
    const prepared = await site({
      'overrides/base.html': '<html></html>',
      'overrides/partials/palette.html': '<div></div>',
      'overrides/partials/integrations/analytics/custom.html': '<script></script>',
      'overrides/partials/used.html': 'U',
      'overrides/main.html': MAIN('{% block announce %}{% include "partials/used.html" %}{% endblock %}'),
    });
    assert.deepEqual(warnings(prepared).map((w) => w.message.split(' is not used')[0]).sort(), ['custom_dir/base.html', 'partials/integrations/analytics/custom.html', 'partials/palette.html']);
    assert.equal(html(page(prepared).overrides?.blocks.announce), 'U');
  });
});

describe('site templates: theme.static_templates', () => {
  test("should say at its mkdocs.yml line that a static template of the site's is not written, and not call it unused; 404.html is drawn", async () => {
    const prepared = await site({ 'overrides/redirection.html': '<meta http-equiv="refresh" content="0; url={{ config.site_url }}">', 'overrides/404.html': MAIN('{% block content %}Lost{% endblock %}') }, '  static_templates:\n    - 404.html\n    - redirection.html\n');
    assert.deepEqual(warnings(prepared), []);
    const said = prepared.messages.filter((m) => m.message.startsWith('theme.static_templates'));
    assert.deepEqual(said.map((m) => [path.basename(m.file ?? ''), m.line, m.column, m.severity]), [['mkdocs.yml', 7, 7, 'warning']]);
    assert.match(said[0]?.message ?? '', /^theme\.static_templates: 'redirection\.html' is not written: MkDocs renders it to a file of its own/);
  });

  test('should still call a template that is not listed there unused', async () => {
    const prepared = await site({ 'overrides/redirection.html': '<p>x</p>' });
    assert.deepEqual(warnings(prepared).map((w) => w.message.split(' is not used')[0]), ['redirection.html']);
  });
});

describe('site templates: partials', () => {
  test('should render a partial the site overrides, with the stand-ins it includes named', async () => {
    const prepared = await site({
      'overrides/partials/footer.html': '<footer class="mine">{% include "partials/copyright.html" %}</footer>',
      'overrides/partials/comments.html': '<div id="c">{{ page.file.src_path }}</div>',
    });
    const partials = page(prepared).overrides?.partials;
    assert.equal(html(partials?.footer), '<footer class="mine">[copyright]</footer>');
    assert.equal(html(partials?.comments), '<div id="c">index.md</div>');
  });

  test('should render a site\'s source-file partial with the revision date plugin\'s meta as HTML, and name ours where its content partial includes it', async () => {
    const prepared = await site(
      {
        'overrides/partials/source-file.html': '<p class="d">{{ lang.t("source.file.date.updated") }} {{ page.meta.git_revision_date_localized }} {{ page.meta.title }}</p>',
        'overrides/partials/content.html': '{{ page.content }}{% include "partials/source-file.html" %}',
        'docs/index.md': '---\ntitle: <b>\n---\n# Home\n',
      },
      'plugins:\n  - git-revision-date-localized:\n      type: iso_date\n      fallback_to_build_date: true\n      strict: false\n',
    );
    const partials = page(prepared).overrides?.partials;
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(html(partials?.['source-file']), `<p class="d">Last update <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-iso_date">${today}</span> &lt;b&gt;</p>`, 'other meta stays escaped');
    assert.match(html(partials?.content), /<h1 id="home">Home<\/h1><p class="d">Last update <span/, 'its content partial includes its own source-file partial');
    assert.deepEqual(warnings(prepared), []);

    const ours = await site({ 'overrides/partials/content.html': '{{ page.content }}{% include "partials/source-file.html" %}' });
    assert.match(html(page(ours).overrides?.partials.content), /<p>Text.<\/p>\[source-file\]$/, 'ours is drawn in its place');
    assert.deepEqual(warnings(ours), [], 'the source-file partial is one our theme draws');
  });

  test('should take the site\'s own partial when another of its partials includes it', async () => {
    const prepared = await site({
      'overrides/partials/footer.html': '<footer>{% include "partials/copyright.html" %}</footer>',
      'overrides/partials/copyright.html': '<div class="md-copyright">Mine</div>',
    });
    assert.equal(html(page(prepared).overrides?.partials.footer), '<footer><div class="md-copyright">Mine</div></footer>');
  });

  test('should report a syntax error in an included partial at its line, not crash the build a tick later', async () => {
    const prepared = await site({
      'overrides/partials/bad.html': 'ok\n{% if %}broken\n',
      'overrides/main.html': MAIN('{% block extrahead %}{% include "partials/bad.html" %}{% endblock %}\n{% block hero %}H{% endblock %}'),
    });
    const [warning] = warnings(prepared);
    assert.equal(warning?.file, path.join(prepared.root, 'overrides', 'partials', 'bad.html'));
    assert.equal(warning?.line, 2);
    assert.match(warning?.message ?? '', /unexpected token/);
    // The process is still alive a tick later: nunjucks' deferred error would have been thrown by now.
    await new Promise((resolve) => setImmediate(resolve));
  });

  test('should leave a partial that fails at its default with a warning at its file', async () => {
    const prepared = await site({ 'overrides/partials/copyright.html': '<div>\n{{ x | nope }}</div>' });
    assert.equal(page(prepared).overrides, undefined);
    const [warning] = warnings(prepared);
    assert.equal(warning?.file, path.join(prepared.root, 'overrides', 'partials', 'copyright.html'));
    assert.equal(warning?.line, 2);
    assert.match(warning?.message ?? '', /partials\/copyright.html keeps its default/);
  });

  test('should warn at the include about a Material partial our theme does not draw there', async () => {
    const prepared = await site({ 'overrides/main.html': MAIN('{% block content %}\n{{ super() }}\n  {% include "partials/tags.html" %}\n{% endblock %}') });
    assert.deepEqual(page(prepared).overrides?.blocks.content, [{ kind: 'html', html: '\n' }, { kind: 'slot', name: 'default' }, { kind: 'html', html: '\n  ' }, { kind: 'slot', name: 'tags' }, { kind: 'html', html: '\n' }]);
    const [warning] = warnings(prepared);
    assert.match(warning?.message ?? '', /^partials\/tags.html: our theme has no such partial/);
    assert.deepEqual([warning?.line, warning?.column], [4, 14]);
  });

  test('should skip a missing include marked ignore missing, as Jinja does', async () => {
    const prepared = await site({ 'overrides/main.html': MAIN('{% block announce %}A{% include "extra/none.html" ignore missing %}B{% endblock %}') });
    assert.equal(html(page(prepared).overrides?.blocks.announce), 'AB');
    assert.deepEqual(warnings(prepared), []);
  });

  test('should include Material icons from the icon sets', async () => {
    const prepared = await site({ 'overrides/main.html': MAIN('{% block announce %}{% include ".icons/material/close.svg" %}{% endblock %}') });
    assert.match(html(page(prepared).overrides?.blocks.announce), /^<svg[^>]*viewBox/);
  });
});
