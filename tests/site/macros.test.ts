/**
 * The macros plugin (src/site/macros.ts, macros-render.ts, macros-template.ts): its options and
 * variables, each page's Markdown rendered as a Jinja template, its built-ins, and what the render
 * cache must know (included files, pages that read the clock). Undefined values and errors:
 * macros-errors.test.ts.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { macrosPlugin, mergeInto } from '../../src/site/macros.ts';
import { relativeUrl } from '../../src/site/macros-builtins.ts';
import { sitePlugins } from '../../src/site/plugins.ts';
import { project, render, settingsOf } from '../helpers/macros-project.ts';

describe('macrosPlugin', () => {
  test('should be off unless listed, and off with enabled: false', () => {
    const dir = project();
    assert.equal(macrosPlugin([{ name: 'search', options: {} }], { extra: {} }, dir).settings, undefined);
    assert.equal(macrosPlugin([{ name: 'macros', options: { enabled: false } }], { extra: {} }, dir).settings, undefined);
  });

  test("should take the plugin's defaults: keep, render by default, docs_dir for includes, Jinja's markers", () => {
    const dir = project();
    const settings = settingsOf(dir);
    assert.equal(settings.onUndefined, 'keep');
    assert.equal(settings.renderByDefault, true);
    assert.equal(settings.onErrorFail, false);
    assert.equal(settings.includeDir, path.join(dir, 'docs'));
    assert.deepEqual(settings.delimiters, { blockStart: '{%', blockEnd: '%}', variableStart: '{{', variableEnd: '}}', commentStart: '{#', commentEnd: '#}' });
  });

  test('should name unknown options, wrong values and Python it cannot run', () => {
    const dir = project({ 'main.py': 'def define_env(env): pass\n' });
    const plugin = macrosPlugin([{ name: 'macros', options: { on_undefined: 'loud', render_by_default: 'no', modules: ['mkdocs_macros_test'], j2_extensions: ['jinja2.ext.do'], colour: 1 } }], { extra: {} }, dir);
    const problems = plugin.problems.join('\n');
    assert.match(problems, /unknown option 'colour'/);
    assert.match(problems, /'on_undefined' must be keep, silent, strict, lax, found "loud"; using keep/);
    assert.match(problems, /'render_by_default' must be true or false/);
    assert.match(problems, /the Python module main\.py cannot run here/);
    assert.match(problems, /pluglets in 'modules' \(mkdocs_macros_test\)/);
    assert.match(problems, /Jinja2 extensions \(jinja2\.ext\.do\)/);
    assert.equal(plugin.settings?.onUndefined, 'keep');
  });

  test('should not warn about Python when there is no main.py, and should name a module_name that is missing', () => {
    const dir = project();
    assert.deepEqual(macrosPlugin([{ name: 'macros', options: {} }], { extra: {} }, dir).problems, []);
    assert.match(macrosPlugin([{ name: 'macros', options: { module_name: 'tools/macros' } }], { extra: {} }, dir).problems.join(), /module_name 'tools\/macros' names no tools\/macros\.py/);
  });

  test("should watch module_name's file, there or not, since whether it is there changes the warning", () => {
    const dir = project();
    const plugin = macrosPlugin([{ name: 'macros', options: { module_name: 'tools/macros' } }], { extra: {} }, dir);
    assert.deepEqual(plugin.watch, [path.join(dir, 'tools/macros.py'), path.join(dir, 'tools/macros/__init__.py')]);
  });

  test('should locate its warnings at its entry in mkdocs.yml through sitePlugins', () => {
    const dir = project();
    const place = (name: string) => (name === 'macros' ? { file: path.join(dir, 'mkdocs.yml'), line: 4, column: 5 } : undefined);
    const plugins = sitePlugins({ plugins: [{ name: 'macros', options: { verbose: 'yes' } }], markdown_extensions: [], extra: {}, config_file_path: path.join(dir, 'mkdocs.yml') }, false, place);
    assert.deepEqual(plugins.messages, [{ severity: 'warning', message: "macros plugin: 'verbose' must be true or false, found \"yes\"; using false", file: path.join(dir, 'mkdocs.yml'), line: 4, column: 5 }]);
    assert.ok(plugins.macros);
  });

  test('should read include_yaml files, in list form and {key: file} form, and merge them as the plugin does', () => {
    const dir = project({ 'data/team.yml': 'team: [Ann, Bob]\nsite: {lang: en}\n', 'data/more.yml': 'site: {year: 2026}\n', 'data/links.yml': '- a\n- b\n' });
    const plugin = macrosPlugin([{ name: 'macros', options: { include_yaml: ['data/team.yml', 'data/more.yml', { links: 'data/links.yml' }] } }], { extra: { version: '1.0' } }, dir);
    assert.deepEqual(plugin.settings?.variables['team'], ['Ann', 'Bob']);
    assert.deepEqual(plugin.settings?.variables['site'], { lang: 'en', year: 2026 });
    assert.deepEqual(plugin.settings?.variables['links'], ['a', 'b']);
    assert.deepEqual(plugin.watch, [path.join(dir, 'data/team.yml'), path.join(dir, 'data/more.yml'), path.join(dir, 'data/links.yml'), path.join(dir, 'main.py'), path.join(dir, 'main/__init__.py')]);
  });

  test('should warn about a missing or broken include_yaml file at its line, and go on without it', () => {
    const dir = project({ 'bad.yml': 'a: [1,\n' });
    const plugin = macrosPlugin([{ name: 'macros', options: { include_yaml: ['missing.yml', 'bad.yml'] } }], { extra: {} }, dir);
    assert.equal(plugin.yamlProblems.length, 2);
    assert.match(plugin.yamlProblems[0]?.message ?? '', /include_yaml file 'missing\.yml' was not found/);
    assert.equal(plugin.yamlProblems[1]?.file, path.join(dir, 'bad.yml'));
    assert.ok(plugin.yamlProblems[1]?.line !== undefined);
  });

  test("should let config.extra's keys win over the YAML files' at the top level", () => {
    const dir = project({ 'data.yml': 'version: from-yaml\n' });
    const settings = settingsOf(dir, { include_yaml: ['data.yml'] }, { version: 'from-extra' });
    assert.equal(settings.variables['version'], 'from-extra');
  });

  test("should merge like the plugin's update: mappings key by key, plain values replaced, lists kept", () => {
    const target: Record<string, unknown> = { a: 1, b: { c: 1, d: 2 }, l: [1] };
    mergeInto(target, { a: 2, b: { c: 3 }, l: [2], n: 'new' });
    assert.deepEqual(target, { a: 2, b: { c: 3, d: 2 }, l: [1], n: 'new' });
  });
});

describe('a page rendered by the macros plugin', () => {
  test("should see config.extra's keys, config, page and its own front matter", () => {
    const dir = project();
    const markdown = '# Install\n\n{{ version }} of {{ config.site_name }}: {{ page.title }} at {{ page.url }} ({{ page.canonical_url }}), by {{ author }} / {{ page.meta.author }}';
    const outcome = render(dir, markdown, { extra: { version: '2.0' }, meta: { author: 'Ann' } });
    assert.equal(outcome.markdown, '# Install\n\n2.0 of Guide: Install at guide/install/ (https://example.org/guide/guide/install/), by Ann / Ann');
    assert.deepEqual(outcome.messages, []);
  });

  test('should let front matter override a site variable on its page only', () => {
    const dir = project();
    assert.equal(render(dir, '{{ version }}', { extra: { version: '1' }, meta: { version: '2' } }).markdown, '2');
  });

  test('should run if and for blocks over include_yaml data, leaving the blank lines Jinja leaves', () => {
    const dir = project({ 'team.yml': 'team:\n  - {name: Ann, role: lead}\n  - {name: Bob, role: dev}\n' });
    const markdown = '{% for person in team %}\n- {{ person.name }}{% if person.role == "lead" %} (lead){% endif %}\n{% endfor %}';
    assert.equal(render(dir, markdown, { options: { include_yaml: ['team.yml'] } }).markdown, '\n- Ann (lead)\n\n- Bob\n');
  });

  test('should iterate a mapping with .items(), as Jinja does', () => {
    const dir = project();
    assert.equal(render(dir, '{% for k, v in extra.items() %}{{ k }}={{ v }};{% endfor %}', { extra: { a: 1, b: 2 } }).markdown, 'a=1;b=2;');
  });

  test('should include a file from docs_dir by default, and record it for the render cache', () => {
    const dir = project({ 'docs/snippets/note.md': 'Note for {{ version }}' });
    const outcome = render(dir, 'Before\n{% include "snippets/note.md" %}\nAfter', { extra: { version: '3' } });
    assert.equal(outcome.markdown, 'Before\nNote for 3\nAfter');
    assert.deepEqual(outcome.includes, [path.join(dir, 'docs/snippets/note.md')]);
  });

  test('should include from include_dir when it is set, and import its macros', () => {
    const dir = project({ 'partials/macros.md': '{% macro badge(text) %}[{{ text }}]{% endmacro %}' });
    const outcome = render(dir, '{% import "macros.md" as m %}{{ m.badge("new") }}', { options: { include_dir: 'partials' } });
    assert.equal(outcome.markdown, '[new]');
    assert.deepEqual(outcome.includes, [path.join(dir, 'partials/macros.md')]);
  });

  test('should not include a file outside include_dir, by .. or by an absolute path', () => {
    const dir = project({ 'secret.md': 'secret' });
    const outcome = render(dir, '{% include "../secret.md" %}');
    assert.equal(outcome.markdown, '{% include "../secret.md" %}');
    assert.match(outcome.messages[0]?.message ?? '', /template not found: \.\.\/secret\.md/);
    assert.match(render(dir, `{% include "${path.join(dir, 'secret.md')}" %}`).messages[0]?.message ?? '', /template not found/);
    assert.deepEqual(render(dir, '{% include "../secret.md" ignore missing %}after').markdown, 'after');
  });

  test('should give a page without any marker back as it is, title macros aside', () => {
    const dir = project();
    assert.deepEqual(render(dir, '# Plain\n\ntext with { braces } and % signs'), { markdown: '# Plain\n\ntext with { braces } and % signs', includes: [], messages: [], volatile: false });
    assert.equal(render(dir, 'plain', { meta: { title: '{{ 6 * 7 }}' } }).title, '42');
  });

  test('should keep raw blocks as written, the first endraw closing them as in Jinja', () => {
    const dir = project();
    assert.equal(render(dir, 'a {% raw %}{{ x }} {% if %}{% endraw %} b').markdown, 'a {{ x }} {% if %} b');
    assert.equal(render(dir, '{% raw %}\n{{ x }}\n{% endraw %}\n{{ 1 + 1 }}').markdown, '\n{{ x }}\n\n2');
  });

  test('should keep raw blocks of included and imported files too', () => {
    const dir = project({ 'docs/inc/raw.md': '{% raw %}{{ a }}{% endraw %}', 'docs/inc/m.md': '{% macro show() %}{% raw %}{{ b }}{% endraw %}{% endmacro %}' });
    assert.equal(render(dir, '{% include "inc/raw.md" %} {% import "inc/m.md" as m %}{{ m.show() }}').markdown, '{{ a }} {{ b }}');
  });

  test('should use the markers the j2_* options set, raw blocks included', () => {
    const dir = project();
    const options = { j2_block_start_string: '[%', j2_block_end_string: '%]', j2_variable_start_string: '[[', j2_variable_end_string: ']]', j2_comment_start_string: '[#', j2_comment_end_string: '#]' };
    const markdown = '[[ version ]] {{ not_jinja }} [% if true %]yes[% endif %][# gone #] [% raw %][[ kept ]][% endraw %]';
    assert.equal(render(dir, markdown, { options, extra: { version: '1' } }).markdown, '1 {{ not_jinja }} yes [[ kept ]]');
  });

  test('should leave the page alone with render_macros: false, and render only opted-in pages when render_by_default is false', () => {
    const dir = project();
    assert.equal(render(dir, '{{ 1 + 1 }}', { meta: { render_macros: false } }).markdown, '{{ 1 + 1 }}');
    assert.equal(render(dir, '{{ 1 + 1 }}', { options: { render_by_default: false } }).markdown, '{{ 1 + 1 }}');
    assert.equal(render(dir, '{{ 1 + 1 }}', { options: { render_by_default: false }, meta: { render_macros: true } }).markdown, '2');
    assert.equal(render(dir, '{{ 1 + 1 }}', { options: { render_by_default: false, force_render_paths: 'guide/\n' } }).markdown, '2');
    assert.equal(render(dir, '{{ 1 + 1 }}', { options: { render_by_default: false, force_render_paths: 'other/' } }).markdown, '{{ 1 + 1 }}');
  });

  test('should skip a page with ignore_macros: true, with a warning naming render_macros', () => {
    const dir = project();
    const outcome = render(dir, '{{ 1 + 1 }}', { meta: { ignore_macros: true } });
    assert.equal(outcome.markdown, '{{ 1 + 1 }}');
    assert.match(outcome.messages[0]?.message ?? '', /render_macros: false/);
  });

  test('should render macros in the front matter title', () => {
    const dir = project();
    assert.equal(render(dir, 'x', { meta: { title: 'Version {{ version }}' }, extra: { version: '4' } }).title, 'Version 4');
    assert.equal(render(dir, 'x', { meta: { title: 'Plain' } }).title, undefined);
  });
});

describe("the plugin's built-ins", () => {
  test('now() should look like a Python datetime, and mark the page as not reusable', () => {
    const outcome = render(project(), '{{ now().year }} {{ now().strftime("%Y") }}');
    const year = String(new Date().getFullYear());
    assert.equal(outcome.markdown, `${year} ${year}`);
    assert.equal(outcome.volatile, true);
    assert.equal(render(project(), 'static').volatile, false);
  });

  test('fix_url should put ../ before a relative URL only', () => {
    assert.equal(render(project(), '{{ fix_url("img/a.png") }} {{ fix_url("https://x.org/a") }}').markdown, '../img/a.png https://x.org/a');
  });

  test('relative_url should make a site path relative to the page, as MkDocs normalize_url does', () => {
    assert.equal(render(project(), '{{ "about/" | relative_url }}').markdown, '../../about/');
    assert.equal(relativeUrl('about/', ''), 'about/');
    assert.equal(relativeUrl('img/a.png', 'guide/install/'), '../../img/a.png');
    assert.equal(relativeUrl('https://x.org/', 'guide/'), 'https://x.org/');
    assert.equal(relativeUrl('guide/', 'guide/'), './');
  });

  test('git should give the last commit, read only when a page asks, and mark that page as not reusable', () => {
    const dir = project({ 'docs/index.md': '# Home\n' });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=Ann', '-c', 'user.email=ann@example.org', 'commit', '-q', '--allow-empty', '-m', 'First commit');
    const outcome = render(dir, '{{ git.short_commit }} {{ git.branch }} {{ git.author }} {{ git.message }} {{ git.date.year }}');
    assert.equal(outcome.markdown, `${git('rev-parse', '--short', 'HEAD')} main Ann First commit ${new Date().getFullYear()}`);
    assert.equal(outcome.volatile, true);
  });

  test('git should be empty, with status false, outside a repository', (t) => {
    const dir = project();
    try {
      execFileSync('git', ['rev-parse'], { cwd: dir, stdio: 'ignore' });
      t.skip('the temporary folder is inside a git repository here');
      return;
    } catch {
      // Not in a repository: the case under test.
    }
    assert.equal(render(dir, '[{{ git.commit }}] {{ git.status }}').markdown, '[] false');
  });

  test('files should list the pages and the other files of docs_dir', () => {
    const out = render(project(), '{% for f in files %}{{ f.src_path }}={{ f.url }}{% if f.is_documentation_page() %} (page){% endif %};{% endfor %}');
    assert.equal(out.markdown, 'index.md= (page);guide/install.md=guide/install/ (page);');
  });

  test('context() | pretty should draw a table of the variables', () => {
    const html = render(project(), '{{ context(extra) | pretty }}', { extra: { version: '1.0' } }).markdown;
    assert.match(html, /^<table class="macros-tb"/);
    assert.match(html, /<b>version<\/b><\/td><td[^>]*><i>str<\/i><\/td><td[^>]*>'1\.0'<\/td>/);
    assert.doesNotMatch(html, /\n\s*\n/);
  });

  test('Jinja filters nunjucks lacks should work through the shared shims', () => {
    assert.equal(render(project(), '{{ "%s-%s" | format(1, 2) }} {{ x is none }}', { extra: { x: null } }).markdown, '1-2 true');
  });
});
