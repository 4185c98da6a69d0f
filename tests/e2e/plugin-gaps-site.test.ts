/**
 * tests/fixtures/plugin-gaps-site built end to end: mkdocs-exclude leaves drafts/ out,
 * mkdocstrings' `:::` block for a package it cannot find is a note, autorefs links to a heading of another page and shows an
 * unresolved Python name as code, and theme.icon.admonition reaches the generated theme.css
 * (a custom_dir `.icons` icon for a type of the site's own, an octicon for `note`). A theme.font
 * that is not installed is a warning at its line; mkdocs-minify-plugin, which changes no page, a note.
 * tests/fixtures/tables-llms-site: mkdocs-table-reader-plugin's tags become tables, mkdocs-llmstxt
 * writes llms.txt, the full output and each listed page's Markdown.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { BuiltSite } from '../helpers/build-site.ts';
import { sharedSite } from '../helpers/shared-site.ts';
import { PLUGIN_GAPS_SITE, TABLES_LLMS_SITE } from '../helpers/sites.ts';

let site: BuiltSite;
const read = (file: string) => readFileSync(path.join(site.dir, file), 'utf8');

describe('building tests/fixtures/plugin-gaps-site', () => {
  before(async () => {
    site = await sharedSite(PLUGIN_GAPS_SITE);
  });

  test('should leave the files the exclude plugin matches out of the site, pages and static files', () => {
    assert.equal(existsSync(path.join(site.dir, 'drafts')), false);
    assert.ok(existsSync(path.join(site.dir, 'api/index.html')));
  });

  test("should draw mkdocstrings' block as a note and autorefs' references as links or code", () => {
    assert.match(read('api/index.html'), /<div class="admonition info mkdocstrings-skipped">\s*<p class="admonition-title">API reference: <code>typer\.Typer<\/code><\/p>/);
    const home = read('index.html');
    assert.match(home, /<a class="autorefs autorefs-internal" title="Installation" href="api\/#installation">setup<\/a>/);
    assert.match(home, /and <code>the app<\/code>\./);
  });

  test('should warn once per page and about the unknown admonition icon, at their places', () => {
    const output = site.stdout + site.stderr;
    assert.match(output, /docs\/api\.md:3:1: warning: mkdocstrings: '::: typer\.Typer' could not be documented: no module or package 'typer' was found in the handler's paths/);
    assert.match(output, /docs\/index\.md:3: warning: autorefs: one cross-reference found no heading/);
    assert.match(output, /mkdocs\.yml:9:12: warning: theme\.icon\.admonition\.bug: unknown icon 'material\/nope-nope'/);
    assert.doesNotMatch(output, /plugin '(exclude|mkdocstrings)' is not supported/);
  });

  test('should warn about a font that is not installed at its line, and only note the minify plugin', () => {
    const output = site.stdout + site.stderr;
    assert.match(output, /mkdocs\.yml:11:11: warning: theme\.font\.text: "Noto Sans Nope" is not installed \(npm install @fontsource\/noto-sans-nope in the project's folder gives it, with no request to a font host\); using system fonts/);
    assert.match(output, /mkdocs\.yml:17:5: info: plugin 'minify' is not run: /);
    assert.doesNotMatch(output, /warning: plugin 'minify'/);
  });

  test('should redefine the admonition icons in theme.css after the defaults, with the rule for the custom type', () => {
    const css = read('assets/theme/theme.css');
    const note = [...css.matchAll(/--md-admonition-icon--note: url\("([^"]*)"\)/g)].map((m) => m[1]);
    assert.equal(note.length, 2, 'the default and the override');
    assert.notEqual(note[0], note[1]);
    assert.match(css, /--md-admonition-icon--pied-piper: url\("data:image\/svg\+xml;charset=utf-8,<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 24 24'><path d='M0 0h24v24z'\/><\/svg>"\)/);
    assert.match(css, /:root \.md-typeset :is\(\.admonition, details\)\.pied-piper \{\s*--md-admonition-mask: var\(--md-admonition-icon--pied-piper\);/);
    assert.doesNotMatch(css, /--md-admonition-icon--bug: url\("data:image\/svg\+xml;charset=utf-8,<svg[^"]*"\);\s*\}\s*$/);
  });
});

describe('building tests/fixtures/tables-llms-site', () => {
  let built: BuiltSite;
  const file = (name: string) => readFileSync(path.join(built.dir, name), 'utf8');
  before(async () => {
    built = await sharedSite(TABLES_LLMS_SITE);
  });

  test('should build without a word about either plugin', () => {
    assert.doesNotMatch(built.stdout + built.stderr, /table-reader|llmstxt|warning:/);
    assert.match(built.stdout, /0 warnings, 0 errors/);
  });

  test("should draw the tables pandas would write: a data_path CSV (numbers right, NaN as nan) and a page-relative YAML's dotted columns", () => {
    const home = file('index.html');
    assert.match(home, /<th style="text-align: left;">name<\/th>\n<th style="text-align: right;">age<\/th>/);
    assert.match(home, /<td style="text-align: left;">Bob<\/td>\n<td style="text-align: right;">42<\/td>\n<td style="text-align: right;">nan<\/td>/);
    assert.match(file('tables/items/index.html'), /<th style="text-align: left;">stock\.shelf<\/th>/);
  });

  test('should write llms.txt with the listed pages, their Markdown beside their HTML, and the full output', () => {
    assert.equal(file('llms.txt'), '# Tables and llms\n\n> Tables read from data files.\n\nPages for language models.\n\n## Guide\n\n- [People](https://example.org/tables/index.md): The start\n- [Items](https://example.org/tables/tables/items/index.md)\n\n');
    assert.match(file('index.md'), /^# People\n\nThe team, from `data\/people\.csv`:\n\n\| name \| age \| score \|\n[^]*\| Bob {2}\| 42 {2}\| nan {3}\|\n\nSee the \[items\]\(https:\/\/example\.org\/tables\/tables\/items\/index\.md\)\.\n$/);
    assert.match(file('tables/items/index.md'), /^# Items\n\nNote\n\nRead beside this page\.\n/);
    assert.equal(file('llms-full.txt'), `# Tables and llms\n\n> Tables read from data files.\n\nPages for language models.\n\n# Guide\n\n${file('index.md')}\n${file('tables/items/index.md')}`);
  });
});
