/**
 * mkdocs-table-reader-plugin (src/site/table-reader*.ts) and tabulate's pipe tables
 * (src/site/tabulate.ts). pandas cannot run here: the expected tables are what tabulate 0.9's
 * source makes of the frames pandas reads (numbers right-aligned on their decimal point, strings
 * left, columns two wider than their header, floats as Python's `format(x, 'g')`).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseArguments, pythonLiteral } from '../../src/site/table-reader-args.ts';
import { readDelimited, readFixedWidth, readJson, readYaml } from '../../src/site/table-reader-read.ts';
import { applyTableReader, tableReaderFunctions, tableReaderPlugin } from '../../src/site/table-reader.ts';
import { formatG, pipeTable } from '../../src/site/tabulate.ts';
import { createMacros } from '../../src/site/macros-render.ts';
import { writeFileSync } from 'node:fs';
import { pageHooksFor, renderOne, rendererFor, renderPages, type RenderSettings } from '../../src/site/render-pages.ts';
import { sitePlugins } from '../../src/site/plugins.ts';
import { project, settingsOf } from '../helpers/macros-project.ts';

const config = (dir: string) => ({ config_file_path: path.join(dir, 'mkdocs.yml'), docs_dir: path.join(dir, 'docs') });

function settingsIn(dir: string, options: Record<string, unknown> = {}, others: string[] = []) {
  const { settings } = tableReaderPlugin([{ name: 'table-reader', options }, ...others.map((name) => ({ name, options: {} }))], config(dir));
  assert.ok(settings);
  return settings;
}

const CSV = 'a,b,c\n1,x,1.5\n22,hello,\n';
const CSV_TABLE = ['|   a | b     |     c |', '|----:|:------|------:|', '|   1 | x     |   1.5 |', '|  22 | hello | nan   |'].join('\n');

describe('formatG', () => {
  test("should write floats as Python's format(x, 'g') does", () => {
    assert.deepEqual([1.5, 1, 100000, 1234567, 0.0001, 0.00001, 2.5e-7, 1e16, -3.14159265, Number.NaN, Number.POSITIVE_INFINITY].map(formatG), ['1.5', '1', '100000', '1.23457e+06', '0.0001', '1e-05', '2.5e-07', '1e+16', '-3.14159', 'nan', 'inf']);
  });
});

describe('pipeTable', () => {
  test('should right-align numbers on their decimal point and left-align strings, two wider than the header', () => {
    assert.equal(pipeTable(readDelimited(CSV, {}).frame), CSV_TABLE);
  });

  test('should turn the ints of a frame that also has floats into floats (df.values is one float array), padded on their decimal point', () => {
    assert.equal(pipeTable(readDelimited('n,v\n1,2.5\n1234567,3\n', {}).frame), ['|           n |   v |', '|------------:|----:|', '| 1           | 2.5 |', '| 1.23457e+06 | 3   |'].join('\n'));
  });

  test('should write an all-bool frame as numbers, as numpy bools reach tabulate, and bools beside strings as True/False', () => {
    assert.equal(pipeTable(readDelimited('ok\nTrue\nfalse\n', {}).frame), '|   ok |\n|-----:|\n|    1 |\n|    0 |');
    assert.equal(pipeTable(readDelimited('ok,n\nTrue,a\n', {}).frame), '| ok   | n   |\n|:-----|:----|\n| True | a   |');
  });
});

describe('readers', () => {
  test('should name blank and repeated headers as pandas does, and skip blank lines', () => {
    assert.deepEqual(readDelimited(',a,a\n\n1,2,3\n', {}).frame.columns, ['Unnamed: 0', 'a', 'a.1']);
  });

  test('should read signed integers, and a column with a missing value as floats', () => {
    assert.equal(pipeTable(readDelimited('n,m\n+5,1\n-3,\n', {}).frame), '|   n |   m |\n|----:|----:|\n|   5 |   1 |\n|  -3 | nan |');
  });

  test('should read quoted fields with separators and doubled quotes in them', () => {
    const { frame } = readDelimited('q\n"a, ""b"""\n', {});
    assert.deepEqual(frame.rows, [[{ kind: 'str', value: 'a, "b"' }]]);
  });

  test('should honour sep, header=None with names, nrows and usecols, and name an option it does not read', () => {
    const read = readDelimited('1;2;3\n4;5;6\n7;8;9\n', { sep: ';', names: ['x', 'y', 'z'], nrows: 2, usecols: ['x', 'z'], dtype: 'str' });
    assert.deepEqual(read.frame.columns, ['x', 'z']);
    assert.equal(read.frame.rows.length, 2);
    assert.deepEqual(read.ignored, ['dtype']);
  });

  test('should read a tab-separated file with read_table and infer fixed-width columns with read_fwf', () => {
    assert.deepEqual(readDelimited('a\tb\n1\t2\n', {}, true).frame.columns, ['a', 'b']);
    const fwf = readFixedWidth('id   name    score\n1    ann     3.25\n2    bob     10\n', {});
    assert.deepEqual(fwf.frame.columns, ['id', 'name', 'score']);
    assert.equal(pipeTable(fwf.frame), ['|   id | name   |   score |', '|-----:|:-------|--------:|', '|    1 | ann    |    3.25 |', '|    2 | bob    |   10    |'].join('\n'));
  });

  test('should read JSON records and the columns orient, and flatten nested YAML mappings to dotted columns', () => {
    assert.deepEqual(readJson('[{"a": 1, "b": "x"}, {"a": 2}]', {}).frame.columns, ['a', 'b']);
    assert.deepEqual(readJson('{"a": {"0": 1, "1": 2}}', {}).frame.rows.length, 2);
    assert.equal(pipeTable(readYaml('- a: 1\n  b: {c: x}\n- a: 2\n  b: {c: y}\n', {}).frame), '|   a | b.c   |\n|----:|:------|\n|   1 | x     |\n|   2 | y     |');
  });
});

describe('parseArguments', () => {
  test('should read positional and keyword Python literals, commas inside brackets and quotes kept', () => {
    assert.deepEqual(parseArguments("'a,b.csv', sep=';', usecols=['x', 'y'], nrows=2, header=None"), { args: ['a,b.csv'], kwargs: { sep: ';', usecols: ['x', 'y'], nrows: 2, header: null } });
  });

  test('should keep a keyword value with a backslash as its text without quotes, as safe_eval does', () => {
    assert.deepEqual(parseArguments("'a.tsv', sep='\\t'").kwargs, { sep: '\\t' });
  });

  test('should refuse what is not a literal, and a positional argument after a keyword one', () => {
    assert.throws(() => pythonLiteral('open("x")'), /not a Python literal/);
    assert.throws(() => parseArguments("sep=';', 'a.csv'"), /positional arguments follow keyword arguments/);
  });
});

describe('tableReaderPlugin', () => {
  test('should be off unless listed, off with enabled: false, and name unknown and deprecated options', () => {
    const dir = project();
    assert.equal(tableReaderPlugin([], config(dir)).settings, undefined);
    assert.equal(tableReaderPlugin([{ name: 'table-reader', options: { enabled: false } }], config(dir)).settings, undefined);
    const { problems } = tableReaderPlugin([{ name: 'table-reader', options: { base_path: 'docs', colour: 1, select_readers: ['read_csv', 'read_xml'] } }], config(dir));
    assert.equal(problems.length, 3);
    assert.match(problems.join('\n'), /'base_path' option is deprecated[\s\S]*unknown option 'colour'[\s\S]*"read_xml" not one of/);
  });

  test('should refuse to come after markdownextradata, as its on_config does', () => {
    const dir = project();
    const { problems } = tableReaderPlugin([{ name: 'markdownextradata', options: {} }, { name: 'table-reader', options: {} }], config(dir));
    assert.match(problems.join(''), /define 'table-reader' before 'markdownextradata'/);
  });

  test('should warn at the plugin entry in mkdocs.yml', () => {
    const dir = project();
    const plugins = sitePlugins({ plugins: [{ name: 'table-reader', options: { colour: 1 } }], markdown_extensions: [], extra: {}, config_file_path: path.join(dir, 'mkdocs.yml') }, false, (name) => (name === 'table-reader' ? { file: path.join(dir, 'mkdocs.yml'), line: 4, column: 5 } : undefined));
    assert.deepEqual(plugins.messages.map((m) => [m.line, m.column, m.message]), [[4, 5, "table-reader plugin: unknown option 'colour', ignored"]]);
  });
});

describe('applyTableReader', () => {
  test("should find the file under data_path beside mkdocs.yml, in docs_dir, then beside the page", () => {
    const dir = project({ 'tables/a.csv': CSV, 'docs/tables/b.csv': 'b\n1\n', 'docs/sub/c.csv': 'c\n2\n' });
    const settings = settingsIn(dir, { data_path: 'tables' });
    const page = path.join(dir, 'docs/sub/page.md');
    assert.equal(applyTableReader(settings, "{{ read_csv('a.csv') }}", page).markdown, CSV_TABLE);
    assert.match(applyTableReader(settingsIn(dir), "{{ read_csv('tables/b.csv') }}", page).markdown, /\| {3}1 \|$/);
    assert.match(applyTableReader(settings, "{{ read_csv('c.csv') }}", page).markdown, /\| {3}2 \|$/);
  });

  test('should indent the table by the tag’s leading spaces rounded down to fours, as in a content tab', () => {
    const dir = project({ 'a.csv': 'x\n1\n' });
    assert.equal(applyTableReader(settingsIn(dir), "=== \"Tab\"\n\n      {{ read_csv('a.csv') }}\n", path.join(dir, 'docs/p.md')).markdown, '=== "Tab"\n\n    |   x |\n    |----:|\n    |   1 |\n');
  });

  test('should escape pipes and turn line breaks into <br>, and read a backslash as re.sub reads its template', () => {
    const dir = project({ 'a.csv': 'v\n"a|b"\n"c\nd"\n\\\\n\n' });
    const { markdown } = applyTableReader(settingsIn(dir), "{{ read_csv('a.csv') }}", path.join(dir, 'docs/p.md'));
    assert.deepEqual(markdown.split('\n').slice(2).map((row) => row.slice(2, -2).trim()), ['a\\|b', 'c<br>d', '\\n']);
  });

  test('should stop at a missing file (an error at the tag, which stays), or warn and write the plugin’s notice with allow_missing_files', () => {
    const dir = project();
    const page = path.join(dir, 'docs/p.md');
    const strict = applyTableReader(settingsIn(dir), "Intro\n\n{{ read_csv('none.csv') }}", page);
    assert.equal(strict.markdown, "Intro\n\n{{ read_csv('none.csv') }}");
    assert.deepEqual(strict.problems.map((p) => [p.severity, p.line]), [['error', 3]]);
    assert.match(strict.problems[0]?.message ?? '', /cannot find table file 'none\.csv'/);
    const lenient = applyTableReader(settingsIn(dir, { allow_missing_files: true }), "{{ read_csv('none.csv') }}", page);
    assert.equal(lenient.markdown, "{{ Cannot find 'none.csv' }}");
    assert.equal(lenient.problems[0]?.severity, 'warning');
  });

  test('should leave an Excel tag with a warning, and only run the selected readers', () => {
    const dir = project({ 'a.xlsx': 'binary', 'a.csv': 'x\n1\n' });
    const page = path.join(dir, 'docs/p.md');
    const excel = applyTableReader(settingsIn(dir), "{{ read_excel('a.xlsx') }}", page);
    assert.equal(excel.markdown, "{{ read_excel('a.xlsx') }}");
    assert.match(excel.problems[0]?.message ?? '', /binary readers/);
    assert.equal(applyTableReader(settingsIn(dir, { select_readers: ['read_json'] }), "{{ read_csv('a.csv') }}", page).markdown, "{{ read_csv('a.csv') }}");
  });

  test('should not touch a tag without the spaces inside the braces the plugin’s pattern wants', () => {
    const dir = project({ 'a.csv': 'x\n1\n' });
    assert.equal(applyTableReader(settingsIn(dir), "{{read_csv('a.csv')}}", path.join(dir, 'docs/p.md')).markdown, "{{read_csv('a.csv')}}");
  });
});

describe('table-reader with macros', () => {
  test('should give the macros its readers as functions, keyword arguments included, the file among the includes', () => {
    const dir = project({ 'a.csv': 'x;y\n1;2\n' });
    const macros = createMacros(settingsOf(dir), path.join(dir, 'docs'), { pages: new Map([['p.md', { url: 'p/' }]]) }, tableReaderFunctions(settingsIn(dir, {}, ['macros'])));
    const outcome = macros.render({ src: 'p.md', meta: {}, markdown: "{{ read_csv('a.csv', sep=';') }}" });
    assert.equal(outcome.markdown, '|   x |   y |\n|----:|----:|\n|   1 |   2 |');
    assert.deepEqual(outcome.includes, [path.join(dir, 'a.csv')]);
  });

  test('should print a failing call as its name, its error at the line of the page that makes it', () => {
    const dir = project();
    const macros = createMacros(settingsOf(dir), path.join(dir, 'docs'), { pages: new Map([['p.md', { url: 'p/' }]]) }, tableReaderFunctions(settingsIn(dir, {}, ['macros'])));
    const outcome = macros.render({ src: 'p.md', meta: {}, markdown: "# T\n\n{{ read_csv('none.csv') }}\n" });
    assert.equal(outcome.markdown, '# T\n\nread_csv(...)\n');
    assert.deepEqual(outcome.messages.map((m) => [m.severity, m.file, m.line]), [['error', path.join(dir, 'docs/p.md'), 3]]);
  });

  test('should leave the tags to the macros when macros is listed (its own hook does nothing then)', () => {
    const dir = project();
    const settings = settingsIn(dir, {}, ['macros']);
    assert.equal(settings.asMacros, true);
    const hooks = pageHooksFor({ extensions: [], projectDir: dir, docsDir: path.join(dir, 'docs'), iconDirs: [], links: { pages: new Map(), docsFiles: new Set(), files: new Set() }, tableReader: settings });
    assert.equal(hooks.tableReader, undefined);
  });
});

describe('a page with a table-reader tag', () => {
  test('should render the HTML Python-Markdown makes of the table pandas writes (reference.py), with the file among its includes', () => {
    const dir = project({ 'docs/a.csv': 'a,b,c,d\n1,x|y,1.5,True\n22,hello,,False\n', 'docs/p.md': "{{ read_csv('a.csv') }}\n" });
    const settings: RenderSettings = { extensions: [{ name: 'tables', options: {} }], projectDir: dir, docsDir: path.join(dir, 'docs'), iconDirs: [], links: { pages: new Map(), docsFiles: new Set(), files: new Set() }, tableReader: settingsIn(dir) };
    const page = renderOne(rendererFor(settings), 'p.md', settings.docsDir, pageHooksFor(settings));
    // reference.py with `tables` on the Markdown pandas writes for this file.
    const expected = '<table>\n<thead>\n<tr>\n<th style="text-align: right;">a</th>\n<th style="text-align: left;">b</th>\n<th style="text-align: right;">c</th>\n<th style="text-align: left;">d</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style="text-align: right;">1</td>\n<td style="text-align: left;">x|y</td>\n<td style="text-align: right;">1.5</td>\n<td style="text-align: left;">True</td>\n</tr>\n<tr>\n<td style="text-align: right;">22</td>\n<td style="text-align: left;">hello</td>\n<td style="text-align: right;">nan</td>\n<td style="text-align: left;">False</td>\n</tr>\n</tbody>\n</table>';
    assert.equal(String(page.result.html), expected);
    assert.ok(page.result.includes.includes(path.join(dir, 'docs/a.csv')));
    assert.deepEqual(page.messages, []);
  });
});

describe('table-reader in the render stage', () => {
  test('should reuse a page while its table file is unchanged, render it again once the file changes, also in a worker', async () => {
    const dir = project({ 'docs/a.csv': 'x\n1\n', 'docs/p.md': "{{ read_csv('a.csv') }}\n" });
    const settings: RenderSettings = { extensions: [{ name: 'tables', options: {} }], projectDir: dir, docsDir: path.join(dir, 'docs'), iconDirs: [], links: { pages: new Map([['p.md', { url: 'p/' }]]), docsFiles: new Set(), files: new Set() }, tableReader: settingsIn(dir) };
    const first = await renderPages(settings, rendererFor(settings), ['p.md'], { offMainBytes: 0 });
    assert.match(String(first.pages.get('p.md')?.result.html), /<td style="text-align: right;">1<\/td>/);
    const again = await renderPages(settings, rendererFor(settings), ['p.md'], { threads: 1, cache: first.cache });
    assert.equal(again.reused, 1);
    writeFileSync(path.join(dir, 'docs/a.csv'), 'x\n2\n');
    const changed = await renderPages(settings, rendererFor(settings), ['p.md'], { threads: 1, cache: again.cache });
    assert.equal(changed.reused, 0);
    assert.match(String(changed.pages.get('p.md')?.result.html), /<td style="text-align: right;">2<\/td>/);
  });
});
