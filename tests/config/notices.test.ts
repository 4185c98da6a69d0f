import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSupportedFeature, isSupportedPlugin, SUPPORTED_FEATURES } from '../../src/config/index.ts';
import { messages, project } from './project.ts';

describe('config warnings', () => {
  it('should warn once per unsupported plugin, pointing at its name', () => {
    const p = project('site_name: x\nplugins:\n  - search\n  - swagger-ui-tag\n  - projects:\n      assets: true\n  - git-committers\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "warning mkdocs.yml:4:5 plugin 'swagger-ui-tag' is not supported; ignored",
      "warning mkdocs.yml:5:5 plugin 'projects' is not supported; ignored",
      "warning mkdocs.yml:7:5 plugin 'git-committers' is not supported; ignored",
    ]);
  });

  it('should not warn about git-revision-date-localized (src/site/revision-dates.ts), nor inside a group', () => {
    const p = project('site_name: x\nplugins:\n  - git-revision-date-localized:\n      enable_creation_date: true\n  - group:\n      plugins:\n        - git-revision-date-localized\n');
    assert.deepEqual(messages(p.load(), p.dir), []);
  });

  it('should not warn about the privacy plugin (src/site/privacy.ts), in either spelling, nor inside a group', () => {
    const p = project('site_name: x\nplugins:\n  - privacy\n  - material/privacy:\n      links: false\n  - group:\n      plugins:\n        - privacy\n');
    assert.deepEqual(messages(p.load(), p.dir), []);
  });

  it('should not warn about search, in either spelling', () => {
    const p = project('site_name: x\nplugins:\n  search: {}\n  material/search: {}\n');
    assert.deepEqual(p.load().messages, []);
  });

  it('should not warn about the tags and meta plugins, in either spelling, nor inside a group', () => {
    const p = project('site_name: x\nplugins:\n  tags: {}\n  material/meta: {}\n  group:\n    plugins:\n      meta: {}\n      material/tags: {}\n');
    assert.deepEqual(messages(p.load(), p.dir), []);
  });

  it('should note mkdocstrings as partly supported, in one line at its entry, and not warn about exclude or autorefs', () => {
    const p = project('site_name: x\nplugins:\n  - autorefs\n  - exclude:\n      glob: [a]\n  - mkdocstrings:\n      handlers: {}\n  - group:\n      plugins:\n        - mkdocstrings\n');
    const found = messages(p.load(), p.dir);
    assert.equal(found.length, 2);
    assert.match(found[0] ?? '', /^info mkdocs\.yml:6:5 plugin 'mkdocstrings' is partly supported: its Python handler reads the source statically, without running Python [^\n]+$/);
    assert.match(found[1] ?? '', /^info mkdocs\.yml:10:11 plugin 'mkdocstrings' \(in group 'group'\) is partly supported: /);
    assert.doesNotMatch(found.join('\n'), /not supported/);
  });

  it('should warn about plugins in map form at their keys', () => {
    const p = project('site_name: x\nplugins:\n  offline: {}\n  search: {}\n  projects:\n    enabled: true\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "warning mkdocs.yml:3:3 plugin 'offline' is not supported; ignored",
      "warning mkdocs.yml:5:3 plugin 'projects' is not supported; ignored",
    ]);
  });

  it('should only note (not warn about) an unsupported plugin switched off', () => {
    const p = project('site_name: x\nplugins:\n  offline:\n    enabled: false\n');
    assert.deepEqual(messages(p.load(), p.dir), ["info mkdocs.yml:3:3 plugin 'offline' is not supported; ignored"]);
  });

  it('should name each unsupported plugin nested in a group plugin', () => {
    const p = project('site_name: x\nplugins:\n  group:\n    enabled: true\n    plugins:\n      meta: {}\n      projects: {}\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "warning mkdocs.yml:7:7 plugin 'projects' (in group 'group') is not supported; ignored",
    ]);
  });

  it('should only note the plugins that change no page (minify, optimize, mike, htmlproofer), with why, at their entries', () => {
    const p = project('site_name: x\nstrict: true\nplugins:\n  - minify:\n      minify_html: true\n  - material/optimize\n  - mike:\n      canonical_version: latest\n  - group:\n      plugins:\n        htmlproofer: {}\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "info mkdocs.yml:4:5 plugin 'minify' is not run: it only makes the written HTML, CSS and JavaScript smaller; they are written as they are",
      "info mkdocs.yml:6:5 plugin 'material/optimize' is not run: it only compresses images; they are copied as they are",
      "info mkdocs.yml:7:5 plugin 'mike' is not run: its work is done by 'mike deploy'; a build draws the version selector from extra.version, as Material does",
      "info mkdocs.yml:11:9 plugin 'htmlproofer' (in group 'group') is not run: it only checks the built pages' links; MkDocs' own link validation runs",
    ]);
  });

  it("should only note mermaid2 beside superfences' mermaid fence, and warn about it without that fence", () => {
    const fence = 'markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n        - name: mermaid\n          class: mermaid\n          format: !!python/name:pymdownx.superfences.fence_code_format\n';
    const withFence = project(`site_name: x\nplugins:\n  - mermaid2\n${fence}`);
    assert.deepEqual(messages(withFence.load(), withFence.dir), ["info mkdocs.yml:3:5 plugin 'mermaid2' is not run: pymdownx.superfences' 'mermaid' fence already makes the diagrams, which the theme draws as Material does (mermaid2's 'arguments' are not applied)"]);
    const without = project('site_name: x\nplugins:\n  - mermaid2\nmarkdown_extensions:\n  - pymdownx.superfences\n');
    assert.deepEqual(messages(without.load(), without.dir), ["warning mkdocs.yml:3:5 plugin 'mermaid2' is not supported; ignored"]);
  });

  it("should note Material 5's feature names with their new names, and names Material never had", () => {
    const p = project('site_name: x\ntheme:\n  name: material\n  features:\n    - instant\n    - tabs\n    - navigation.tab\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "info mkdocs.yml:5:7 theme feature 'instant' was renamed 'navigation.instant' in Material 6; ignored, as Material 9 ignores it",
      "info mkdocs.yml:6:7 theme feature 'tabs' was renamed 'navigation.tabs' in Material 6; ignored, as Material 9 ignores it",
      "info mkdocs.yml:7:7 theme feature 'navigation.tab' is not one of Material's; ignored, as Material ignores it",
    ]);
  });

  it("should note once per feature name Material does not have, pointing at the item, ", () => {
    const p = project('site_name: x\ntheme:\n  name: material\n  features:\n    - navigation.tabs\n    - toc.sticky\n    - content.lazier\n    - content.lazy\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "info mkdocs.yml:6:7 theme feature 'toc.sticky' is not one of Material's; ignored, as Material ignores it",
      "info mkdocs.yml:7:7 theme feature 'content.lazier' is not one of Material's; ignored, as Material ignores it",
    ]);
  });

  it('should warn about unknown top-level settings, naming each', () => {
    const p = project('site_name: x\nsite_nam: typo\nfoo: 1\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "warning mkdocs.yml:2:1 unknown setting 'site_nam'; ignored",
      "warning mkdocs.yml:3:1 unknown setting 'foo'; ignored",
    ]);
  });

  it("should say MkDocs 1.6's words about the settings it retired, pages and google_analytics, at their keys", () => {
    const p = project("site_name: x\npages:\n  - index.md\ngoogle_analytics: ['UA-1', auto]\n");
    assert.deepEqual(messages(p.load(), p.dir), [
      "warning mkdocs.yml:2:1 The configuration option 'pages' was removed from MkDocs. Use 'nav' instead; ignored, so the nav is made from the docs files",
      "warning mkdocs.yml:4:1 The configuration option google_analytics has been deprecated and will be removed in a future release of MkDocs. See the options available on your theme for an alternative (Material's extra.analytics); ignored",
    ]);
    const empty = project('site_name: x\ngoogle_analytics:\n');
    assert.deepEqual(messages(empty.load(), empty.dir), [], 'null is no value, as MkDocs checks');
  });

  it("should name what gen-files and mkdocs-simple-hooks would run of the site's Python", () => {
    const p = project('site_name: x\nplugins:\n  - gen-files:\n      scripts:\n        - scripts/gen_ref.py\n  - mkdocs-simple-hooks:\n      hooks:\n        on_post_build: "docs.hooks:copy_get"\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "warning mkdocs.yml:3:5 plugin 'gen-files' is not supported: it runs the site's Python scripts/gen_ref.py to write pages, which cannot run here: those pages are missing",
      "warning mkdocs.yml:6:5 plugin 'mkdocs-simple-hooks' is not supported: it calls the site's Python functions on MkDocs' events (on_post_build: docs.hooks:copy_get), which cannot run here; ignored",
    ]);
  });

  it('should warn about a theme other than material, and about hooks', () => {
    const p = project('site_name: x\ntheme: readthedocs\nhooks:\n  - hooks.py\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "warning mkdocs.yml:2:8 theme 'readthedocs' is not supported; the site is drawn with Material's look",
      "warning mkdocs.yml:4:5 hook 'hooks.py' is Python and cannot run here; ignored",
    ]);
  });

  it('should leave out, with a note, another theme\'s own options that are not in Material\'s form, and keep Material\'s check', () => {
    const p = project('site_name: x\ntheme:\n  name: terminal\n  palette: dark\n  font:\n    text: Roboto\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "info mkdocs.yml:4:12 theme 'terminal': its option 'palette' is not in Material's form; ignored, as the site is drawn with Material's look",
      "warning mkdocs.yml:3:9 theme 'terminal' is not supported; the site is drawn with Material's look",
    ]);
    assert.equal((p.load().config.theme.font || undefined)?.text, 'Roboto', 'an option in Material\'s form is kept');
    const material = project('site_name: x\ntheme:\n  name: material\n  palette: dark\n');
    assert.throws(() => material.load(), /theme\.palette.*a palette mapping or a list of them/s);
  });

  it("should leave out Material 4's logo: {icon: ...} with a note, as MkDocs builds such a site (pyspelling)", () => {
    const p = project('site_name: x\ntheme:\n  name: material\n  logo:\n    icon: description\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "info mkdocs.yml:4:3 Material 4's logo: {icon: ...} is not read by Material 5 and later (theme.icon.logo names an icon now, e.g. material/description if that icon exists); ignored, the default logo icon is drawn",
    ]);
    assert.equal(p.load().config.theme.logo, undefined);
    assert.throws(() => project('site_name: x\ntheme:\n  name: material\n  logo: [a.png]\n').load(), /theme\.logo/);
  });

  it('should warn like MkDocs when edit_uri is shadowed by edit_uri_template', () => {
    const p = project('site_name: x\nrepo_url: https://github.com/a/b\nedit_uri: edit/main/docs/\nedit_uri_template: blob/main/docs/{path}\n');
    assert.deepEqual(messages(p.load(), p.dir), ["warning mkdocs.yml:3:1 the option 'edit_uri' has no effect when 'edit_uri_template' is set"]);
  });

  it('should warn when a nav section is a mapping instead of a list, and read it as one', () => {
    const p = project('site_name: x\nnav:\n  - Guide:\n      A: a.md\n      B: b.md\n');
    const loaded = p.load();
    assert.deepEqual(loaded.config.nav, [{ Guide: [{ A: 'a.md' }, { B: 'b.md' }] }]);
    assert.deepEqual(messages(loaded, p.dir), ["warning mkdocs.yml:4:7 nav section 'nav[0].Guide' should be a list; its mapping is read as a list of its entries"]);
  });
});

describe('supported features and plugins', () => {
  it('should list the features the theme implements', () => {
    assert.ok(SUPPORTED_FEATURES.includes('navigation.indexes'));
    assert.equal(isSupportedFeature('content.code.copy'), true);
    assert.equal(isSupportedFeature('navigation.instant'), true);
    assert.equal(isSupportedFeature('navigation.instant.prefetch'), true);
    assert.equal(isSupportedFeature('content.footnote.tooltips'), true);
    assert.equal(isSupportedFeature('navigation.instant.preview'), true);
    assert.equal(isSupportedFeature('content.lazy'), true);
    assert.equal(isSupportedFeature('toc.sticky'), false);
  });

  it('should support search, tags, meta, group and blog and nothing else', () => {
    assert.equal(isSupportedPlugin('search'), true);
    assert.equal(isSupportedPlugin('material/search'), true);
    assert.equal(isSupportedPlugin('tags'), true);
    assert.equal(isSupportedPlugin('material/meta'), true);
    assert.equal(isSupportedPlugin('glightbox'), true);
    assert.equal(isSupportedPlugin('blog'), true);
    assert.equal(isSupportedPlugin('material/blog'), true);
    assert.equal(isSupportedPlugin('rss'), true);
    assert.equal(isSupportedPlugin('minify'), false);
    assert.equal(isSupportedPlugin('material/social'), true);
    assert.equal(isSupportedPlugin('material/privacy'), true);
    assert.equal(isSupportedPlugin('material/projects'), false);
    assert.equal(isSupportedPlugin('exclude'), true);
    assert.equal(isSupportedPlugin('autorefs'), true);
    assert.equal(isSupportedPlugin('mkdocstrings'), false);
  });
});

describe('extensionPlace', () => {
  it('should point at a markdown extension in list form, plain or with options', () => {
    const p = project('site_name: x\nmarkdown_extensions:\n  - toc\n  - nope.ext\n  - other.ext:\n      a: 1\n');
    const loaded = p.load();
    assert.deepEqual(loaded.extensionPlace('nope.ext') && { line: loaded.extensionPlace('nope.ext')?.line, column: loaded.extensionPlace('nope.ext')?.column }, { line: 4, column: 5 });
    assert.equal(loaded.extensionPlace('other.ext')?.line, 5);
  });
  it('should point at a markdown extension in map form, and at nothing for builtins not written', () => {
    const p = project('site_name: x\nmarkdown_extensions:\n  admonition: {}\n  nope.ext: {}\n');
    const loaded = p.load();
    assert.equal(loaded.extensionPlace('nope.ext')?.line, 4);
    assert.equal(loaded.extensionPlace('fenced_code'), undefined);
  });
});
