import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { project } from './project.ts';

describe('loadConfig with a good config', () => {
  it('should fill in MkDocs defaults when only site_name is given', () => {
    const p = project('site_name: Docs\n');
    const { config, messages } = p.load();
    assert.equal(config.site_name, 'Docs');
    assert.equal(config.config_file_path, p.configFile);
    assert.equal(config.docs_dir, path.join(p.dir, 'docs'));
    assert.equal(config.site_dir, path.join(p.dir, 'site'));
    assert.equal(config.use_directory_urls, true);
    assert.equal(config.strict, false);
    assert.equal(config.nav, undefined);
    assert.equal(config.site_url, undefined);
    assert.equal(config.repo_url, undefined);
    assert.equal(config.repo_name, undefined);
    assert.equal(config.edit_uri, undefined);
    assert.deepEqual(config.plugins, [{ name: 'search', options: {} }]);
    assert.deepEqual(config.markdown_extensions, [
      { name: 'toc', options: {} },
      { name: 'tables', options: {} },
      { name: 'fenced_code', options: {} },
    ]);
    assert.deepEqual(config.extra, {});
    assert.deepEqual(config.extra_css, []);
    assert.deepEqual(config.extra_javascript, []);
    assert.equal(config.theme.name, 'mkdocs');
    assert.equal(config.theme.language, 'en');
    assert.deepEqual(config.validation.nav, { omitted_files: 'info', not_found: 'warn', absolute_links: 'info' });
    assert.deepEqual(messages, []);
  });

  it('should read markdown_extensions in list form, keeping order and options', () => {
    const p = project('site_name: x\nmarkdown_extensions:\n  - admonition\n  - toc:\n      permalink: true\n  - pymdownx.details\n');
    assert.deepEqual(p.load().config.markdown_extensions, [
      { name: 'toc', options: { permalink: true } },
      { name: 'tables', options: {} },
      { name: 'fenced_code', options: {} },
      { name: 'admonition', options: {} },
      { name: 'pymdownx.details', options: {} },
    ]);
  });

  it('should read markdown_extensions in map form the same way as list form', () => {
    const p = project('site_name: x\nmarkdown_extensions:\n  admonition: {}\n  toc:\n    permalink: true\n  pymdownx.details:\n');
    assert.deepEqual(
      p.load().config.markdown_extensions.map((spec) => spec.name),
      ['toc', 'tables', 'fenced_code', 'admonition', 'pymdownx.details'],
    );
    assert.deepEqual(p.load().config.markdown_extensions[0], { name: 'toc', options: { permalink: true } });
  });

  it('should not let a later option-less mention erase an extension\'s options', () => {
    const p = project('site_name: x\nmarkdown_extensions:\n  - toc:\n      permalink: true\n  - toc\n');
    assert.deepEqual(p.load().config.markdown_extensions[0], { name: 'toc', options: { permalink: true } });
  });

  it('should read plugins in list and map form as name/options pairs', () => {
    const list = project('site_name: x\nplugins:\n  - search\n  - search:\n      lang: en\n');
    assert.deepEqual(list.load().config.plugins, [
      { name: 'search', options: {} },
      { name: 'search', options: { lang: 'en' } },
    ]);
    const map = project('site_name: x\nplugins:\n  search: {lang: fr}\n');
    assert.deepEqual(map.load().config.plugins, [{ name: 'search', options: { lang: 'fr' } }]);
  });

  it('should not add the search plugin when plugins is an empty list', () => {
    assert.deepEqual(project('site_name: x\nplugins: []\n').load().config.plugins, []);
  });

  it('should derive repo_name and edit_uri from a GitHub repo_url', () => {
    const { config } = project('site_name: x\nrepo_url: https://github.com/o/r\n').load();
    assert.equal(config.repo_name, 'GitHub');
    assert.equal(config.edit_uri, 'edit/master/docs/');
  });

  it('should derive repo_name for GitLab, Bitbucket and other hosts as MkDocs does', () => {
    assert.equal(project('site_name: x\nrepo_url: https://gitlab.com/o/r\n').load().config.edit_uri, 'edit/master/docs/');
    const bitbucket = project('site_name: x\nrepo_url: https://bitbucket.org/o/r\n').load().config;
    assert.equal(bitbucket.repo_name, 'Bitbucket');
    assert.equal(bitbucket.edit_uri, 'src/default/docs/');
    const other = project('site_name: x\nrepo_url: https://git.example.org/o/r\n').load().config;
    assert.equal(other.repo_name, 'Git');
    assert.equal(other.edit_uri, undefined);
  });

  it('should not override an explicit repo_name or edit_uri, but end edit_uri with a slash', () => {
    const { config } = project('site_name: x\nrepo_url: https://github.com/o/r\nrepo_name: ""\nedit_uri: blob/main/docs\n').load();
    assert.equal(config.repo_name, '');
    assert.equal(config.edit_uri, 'blob/main/docs/');
  });

  it('should end site_url with a slash, keeping query and fragment after it', () => {
    assert.equal(project('site_name: x\nsite_url: https://example.com/en\n').load().config.site_url, 'https://example.com/en/');
    assert.equal(project('site_name: x\nsite_url: https://example.com\n').load().config.site_url, 'https://example.com/');
    assert.equal(project('site_name: x\nsite_url: https://example.com/a/\n').load().config.site_url, 'https://example.com/a/');
  });

  it('should resolve docs_dir, site_dir, custom_dir, watch and hooks against the config folder', () => {
    const p = project(
      'site_name: x\ndocs_dir: content\nsite_dir: out/site\ntheme:\n  name: material\n  custom_dir: overrides\nwatch: [includes]\nhooks: [hooks/a.py]\n',
      { 'content/': '', 'overrides/': '', 'includes/': '' },
    );
    const { config } = p.load();
    assert.equal(config.docs_dir, path.join(p.dir, 'content'));
    assert.equal(config.site_dir, path.join(p.dir, 'out/site'));
    assert.equal(config.theme.custom_dir, path.join(p.dir, 'overrides'));
    assert.deepEqual(config.watch, [path.join(p.dir, 'includes')]);
    assert.deepEqual(config.hooks, [path.join(p.dir, 'hooks/a.py')]);
  });

  it('should normalize the theme: name string, single palette mapping, font, features', () => {
    const named = project('site_name: x\ntheme: material\n').load().config.theme;
    assert.equal(named.name, 'material');
    assert.deepEqual(named.font, { text: 'Roboto', code: 'Roboto Mono' });
    const p = project(
      'site_name: x\ntheme:\n  name: material\n  language: fr\n  features: [navigation.tabs]\n  palette:\n    primary: indigo\n  font: false\n  logo: img/logo.svg\n  icon:\n    repo: simple/github\n  custom_option: 1\n',
    );
    const theme = p.load().config.theme;
    assert.equal(theme.language, 'fr');
    assert.deepEqual(theme.features, ['navigation.tabs']);
    assert.equal(theme.palette.length, 1);
    assert.equal(theme.palette[0]?.primary, 'indigo');
    assert.equal(theme.font, false);
    assert.equal(theme.logo, 'img/logo.svg');
    assert.deepEqual(theme.icon, { repo: 'simple/github' });
    assert.deepEqual(theme.options, { custom_option: 1 });
  });

  it('should keep a palette list in order with toggles', () => {
    const p = project(
      'site_name: x\ntheme:\n  name: material\n  palette:\n    - scheme: default\n      toggle: {icon: material/a, name: Dark}\n    - scheme: slate\n      toggle: {icon: material/b, name: Light}\n',
    );
    const palette = p.load().config.theme.palette;
    assert.deepEqual(palette.map((entry) => [entry.scheme, entry.toggle?.icon, entry.toggle?.name]), [
      ['default', 'material/a', 'Dark'],
      ['slate', 'material/b', 'Light'],
    ]);
  });

  it('should normalize extra_javascript strings and mappings', () => {
    const p = project('site_name: x\nextra_javascript:\n  - a.js\n  - path: b.mjs\n    type: module\n    defer: true\n');
    assert.deepEqual(p.load().config.extra_javascript, [
      { path: 'a.js', async: false, defer: false },
      { path: 'b.mjs', type: 'module', async: false, defer: true },
    ]);
  });

  it('should split exclude_docs and not_in_nav into pattern lines', () => {
    const p = project('site_name: x\nexclude_docs: |\n  drafts/\n\n  *.tmp\nnot_in_nav: [old.md]\n');
    const { config } = p.load();
    assert.deepEqual(config.exclude_docs, ['drafts/', '*.tmp']);
    assert.deepEqual(config.not_in_nav, ['old.md']);
  });

  it('should fold validation shorthands into nav and links, explicit levels winning', () => {
    const p = project('site_name: x\nvalidation:\n  absolute_links: warn\n  nav:\n    absolute_links: ignore\n');
    const { validation } = p.load().config;
    assert.equal(validation.nav.absolute_links, 'ignore');
    assert.equal(validation.links.absolute_links, 'warn');
    assert.equal(validation.links.anchors, 'info');
  });

  it('should read YAML 1.1 booleans the way PyYAML does (yes/on, but not y)', () => {
    const p = project('site_name: x\nuse_directory_urls: no\nstrict: on\nextra:\n  a: y\n  b: yes\n');
    const { config } = p.load();
    assert.equal(config.use_directory_urls, false);
    assert.equal(config.strict, true);
    assert.deepEqual(config.extra, { a: 'y', b: true });
  });

  it("should read a quoted value's lines written no deeper than its key, as PyYAML does (besu-docs)", () => {
    const p = project("site_name: x\nextra:\n  banner:\n    url: /latest/\n    text: 'You are reading\n    the development\n  version.'\n    list: [a,\n  b]\n  after: \"two\n  lines\"\n");
    assert.deepEqual(p.load().config.extra, {
      banner: { url: '/latest/', text: 'You are reading the development version.', list: ['a', 'b'] },
      after: 'two lines',
    });
  });

  it('should still point at a line a plain value leaves under-indented', () => {
    assert.match(project('site_name: x\nextra:\n  a:\n    b: one\n  two\n').error(), /^mkdocs\.yml:5:/);
  });

  it('should keep nav entries as written, with nested sections and links', () => {
    const p = project('site_name: x\nnav:\n  - index.md\n  - Guide:\n      - guide/a.md\n      - Web: https://example.com\n');
    assert.deepEqual(p.load().config.nav, ['index.md', { Guide: ['guide/a.md', { Web: 'https://example.com' }] }]);
  });

  it('should treat an empty nav list as no nav', () => {
    assert.equal(project('site_name: x\nnav: []\n').load().config.nav, undefined);
  });

  it('should accept anchors, aliases and merge keys', () => {
    const p = project('site_name: x\nextra:\n  base: &base {a: 1, b: 2}\n  copy: {<<: *base, b: 3}\n');
    assert.deepEqual(p.load().config.extra['copy'], { a: 1, b: 3 });
  });
});
