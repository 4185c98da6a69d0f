/**
 * The markdownextradata plugin (src/site/extradata.ts): its options, the data folders and files
 * it reads into `extra`, and pages rendered by the macros engine with its variables only
 * (src/site/macros-render.ts with `plugin: 'markdownextradata'`).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { describe, mock, test } from 'node:test';
import { addData, extraDataPlugin } from '../../src/site/extradata.ts';
import { createMacros, type MacrosOutcome } from '../../src/site/macros-render.ts';
import { sitePlugins } from '../../src/site/plugins.ts';
import { planUpdate, type SiteView } from '../../src/site/session-plan.ts';
import { project } from '../helpers/macros-project.ts';

const config = (dir: string, extra: Record<string, unknown> = {}) => ({ extra, config_file_path: path.join(dir, 'mkdocs.yml'), docs_dir: path.join(dir, 'docs'), site_name: 'Guide', repo_url: 'https://example.org/repo' });

function pluginIn(dir: string, options: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return extraDataPlugin([{ name: 'markdownextradata', options }], config(dir, extra));
}

function render(dir: string, markdown: string, options: Record<string, unknown> = {}, extra: Record<string, unknown> = {}, meta: Record<string, unknown> = {}): MacrosOutcome {
  const { settings } = pluginIn(dir, options, extra);
  assert.ok(settings);
  return createMacros(settings, path.join(dir, 'docs'), { pages: new Map([['index.md', { url: '' }]]) }).render({ src: 'index.md', meta, markdown });
}

describe('extraDataPlugin', () => {
  test('should be off unless listed, and off with enabled: false', () => {
    const dir = project();
    assert.equal(extraDataPlugin([{ name: 'macros', options: {} }], config(dir)).settings, undefined);
    assert.equal(extraDataPlugin([{ name: 'markdownextradata', options: { enabled: false } }], config(dir)).settings, undefined);
  });

  test('should read _data beside mkdocs.yml and in docs_dir when data is not set, docs_dir last', () => {
    const dir = project({ '_data/site.yml': 'owner: Ann\n', 'docs/_data/site.yml': 'owner: Bob\n', 'docs/_data/more.json': '{"n": 1}' });
    const plugin = pluginIn(dir);
    assert.deepEqual(plugin.folders, [path.join(dir, '_data'), path.join(dir, 'docs/_data')]);
    assert.deepEqual(plugin.settings?.variables['site'], { owner: 'Bob' });
    assert.deepEqual(plugin.settings?.variables['more'], { n: 1 });
  });

  test('should not look for _data folders when data names folders, comma-separated, relative to mkdocs.yml', () => {
    const dir = project({ '_data/a.yml': 'x: 1\n', 'one/b.yml': 'y: 2\n', 'two/c.yaml': 'z: 3\n' });
    const plugin = pluginIn(dir, { data: 'one, two' });
    assert.deepEqual(plugin.folders, [path.join(dir, 'one'), path.join(dir, 'two')]);
    assert.equal(plugin.settings?.variables['a'], undefined);
    assert.deepEqual(plugin.settings?.variables['b'], { y: 2 });
    assert.deepEqual(plugin.settings?.variables['c'], { z: 3 });
  });

  test('should nest a file in a folder under the folder name, also under extra', () => {
    const dir = project({ 'data/sections/captions.yml': 'intro: Hello\n' });
    const variables = pluginIn(dir, { data: 'data' }).settings?.variables ?? {};
    assert.deepEqual(variables['sections'], { captions: { intro: 'Hello' } });
    assert.deepEqual(variables['extra'], { sections: { captions: { intro: 'Hello' } } });
  });

  test("should give pages mkdocs.yml's settings at the top level, with extra's keys over them", () => {
    const dir = project();
    const variables = pluginIn(dir, {}, { site_name: 'Extra wins', colour: 'red' }).settings?.variables ?? {};
    assert.equal(variables['repo_url'], 'https://example.org/repo');
    assert.equal(variables['site_name'], 'Extra wins');
    assert.equal(variables['colour'], 'red');
  });

  test('should let a data file replace an extra key of the same name, as the plugin does', () => {
    const dir = project({ '_data/team.yml': '- Ann\n' });
    assert.deepEqual(pluginIn(dir, {}, { team: 'none' }).settings?.variables['team'], ['Ann']);
  });

  test('should warn about a data folder not found, a bad data file, unknown options and jinja_options it cannot honour', () => {
    const dir = project({ '_data/bad.yml': 'a: [1\n', '_data/bad.json': '{', '_data/ok.yml': 'fine: true\n' });
    const plugin = pluginIn(dir, { data: '_data,missing', colour: 1, jinja_options: { autoescape: true, variable_start_string: '<<', variable_end_string: '>>' } });
    assert.match(plugin.problems.join('\n'), /data folder 'missing' was not found/);
    assert.match(plugin.problems.join('\n'), /unknown option 'colour'/);
    assert.match(plugin.problems.join('\n'), /jinja_options 'autoescape' is not supported here/);
    const bad = plugin.dataProblems.map((problem) => `${path.basename(problem.file)}:${problem.line ?? ''} ${problem.message}`).join('\n');
    assert.match(bad, /bad\.yml:2 markdownextradata plugin: invalid YAML/);
    assert.match(bad, /bad\.json: markdownextradata plugin: invalid JSON/);
    assert.deepEqual(plugin.settings?.variables['ok'], { fine: true });
    assert.equal(plugin.settings?.delimiters.variableStart, '<<');
  });

  test('a data subfolder that cannot be listed should be a warning at it, and the other files still read', () => {
    const dir = project({ '_data/ok.yml': 'fine: true\n', '_data/locked/secret.yml': 'x: 1\n' });
    const readdir = fs.readdirSync;
    // Tests run as root, where chmod 000 hides nothing: the folder is refused as EACCES would refuse it.
    mock.method(fs, 'readdirSync', (...args: Parameters<typeof readdir>) => {
      if (String(args[0]).endsWith('locked')) throw new Error('EACCES: permission denied');
      return readdir(...args);
    });
    syncBuiltinESMExports();
    try {
      const plugin = pluginIn(dir);
      assert.deepEqual(plugin.settings?.variables['ok'], { fine: true });
      assert.deepEqual(plugin.dataProblems.map((problem) => [problem.file, /cannot list this data folder \(EACCES/.test(problem.message)]), [[path.join(dir, '_data', 'locked'), true]]);
    } finally {
      mock.restoreAll();
      syncBuiltinESMExports();
    }
  });

  test('a data file or folder named __proto__ should be skipped with a warning, not set the prototype of extra', () => {
    const dir = project({ '_data/__proto__.yml': 'polluted: true\n', '_data/__proto__/deep.yml': 'polluted: true\n', '_data/ok.yml': 'fine: true\n' });
    const plugin = pluginIn(dir);
    const extra = plugin.settings?.variables['extra'];
    assert.ok(extra !== null && typeof extra === 'object');
    assert.equal(Object.getPrototypeOf(extra), Object.prototype);
    assert.equal('polluted' in extra, false);
    assert.deepEqual(plugin.dataProblems.map((problem) => path.basename(problem.file)), ['__proto__.yml', 'deep.yml']);
  });

  test('addData should make mappings on the way down and replace what the last key held', () => {
    const extra: Record<string, unknown> = { a: 'text', b: { kept: 1 } };
    addData(extra, ['a', 'x'], 1);
    addData(extra, ['b', 'y'], 2);
    assert.deepEqual(extra, { a: { x: 1 }, b: { kept: 1, y: 2 } });
  });
});

describe('a page rendered by markdownextradata', () => {
  test('should print extra values, data files and nested data', () => {
    const dir = project({ '_data/team/lead.yml': 'name: Ada\n', '_data/versions.json': '{"latest": "2.1"}' });
    const out = render(dir, '{{ product }} {{ versions.latest }} by {{ team.lead.name }}, {{ extra.product }} on {{ site_name }}', {}, { product: 'Widget' });
    assert.equal(out.markdown, 'Widget 2.1 by Ada, Widget on Guide');
    assert.deepEqual(out.messages, []);
  });

  test('should print an undefined variable as written (DebugUndefined), and render code blocks too', () => {
    const dir = project();
    const out = render(dir, 'A {{ missing }} and {{ missing.part }}.\n\n```jinja\n{{ product }}\n```\n', {}, { product: 'Widget' });
    assert.equal(out.markdown, 'A {{ missing }} and {{ missing.part }}.\n\n```jinja\nWidget\n```\n');
  });

  test('should not see the front matter, page, macros built-ins or includes', () => {
    const dir = project({ 'docs/part.md': 'included' });
    assert.equal(render(dir, '{{ title }} {{ page }}', {}, {}, { title: 'T' }).markdown, '{{ title }} {{ page }}');
    const called = render(dir, '{{ now() }}');
    assert.match(called.messages[0]?.message ?? '', /^markdownextradata plugin: .*the page is kept as written, its templates not rendered$/);
    assert.match(render(dir, '{% include "part.md" %}').messages[0]?.message ?? '', /markdownextradata plugin: .*part\.md/);
  });

  test('should render a front matter title, as the plugin renders page.title', () => {
    const dir = project();
    assert.equal(render(dir, 'text', {}, { product: 'Widget' }, { title: 'About {{ product }}' }).title, 'About Widget');
  });

  test('should use the markers of jinja_options, and leave the default ones alone', () => {
    const dir = project();
    const out = render(dir, '<< product >> {{ product }} {#id}', { jinja_options: { variable_start_string: '<<', variable_end_string: '>>', comment_start_string: '{##', comment_end_string: '##}' } }, { product: 'Widget' });
    assert.equal(out.markdown, 'Widget {{ product }} {#id}');
  });

  test('should warn, locate and keep the page as written on a syntax error (the plugin stops the build)', () => {
    const dir = project();
    const out = render(dir, 'one\n\nUse `{#binding.path}` here.\n');
    assert.equal(out.markdown, 'one\n\nUse `{#binding.path}` here.\n');
    assert.equal(out.messages[0]?.line, 3);
    assert.match(out.messages[0]?.message ?? '', /^markdownextradata plugin: '\{#' opens a Jinja comment that is never closed/);
  });
});

describe('markdownextradata in the site', () => {
  test('should run after macros or before it, in the order of plugins:, and watch its data folders', () => {
    const dir = project({ '_data/d.yml': 'x: 1\n' });
    const base = { markdown_extensions: [], extra: {}, config_file_path: path.join(dir, 'mkdocs.yml'), docs_dir: path.join(dir, 'docs') };
    const after = sitePlugins({ ...base, plugins: [{ name: 'macros', options: {} }, { name: 'markdownextradata', options: {} }] });
    assert.equal(after.extraDataFirst, false);
    assert.ok(after.extraData);
    assert.ok(after.watch.includes(path.join(dir, '_data')));
    assert.deepEqual(after.dataInputs, [path.join(dir, '_data')]);
    const before = sitePlugins({ ...base, plugins: [{ name: 'markdownextradata', options: {} }, { name: 'macros', options: {} }] });
    assert.equal(before.extraDataFirst, true);
  });

  test('should reload the config when a data file changes, even one inside docs_dir that is also a static file', () => {
    const view: SiteView = {
      configFiles: ['/p/mkdocs.yml'],
      docsDir: '/p/docs',
      pages: new Set(['/p/docs/index.md']),
      metaFile: undefined,
      metaFiles: new Set(),
      staticFiles: new Set(['/p/docs/_data/team.yml']),
      customDir: undefined,
      assetsDir: '/p/assets',
      iconDirs: [],
      includes: new Set(),
      snippetBases: [],
      dataInputs: ['/p/docs/_data'],
    };
    assert.equal(planUpdate(['/p/docs/_data/team.yml'], view, () => true).from, 'load');
    assert.equal(planUpdate(['/p/docs/_data/new/more.json'], view, () => true).from, 'load');
    assert.equal(planUpdate(['/p/docs/index.md'], view, () => true).from, 'render');
  });
});
