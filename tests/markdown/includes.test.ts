/**
 * The `{!file!}` include pre-passes, markdown_include.include and mdx_include, through
 * createRenderer and alone: messages at file:line, where files may come from, line slices,
 * options, and how they chain with pymdownx.snippets. The HTML itself is in the fixtures
 * (tests/markdown/fixtures/markdown-include*, mdx-include*).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createRenderer, type ExtensionSpec } from '../../src/markdown/index.ts';
import { pySlice, sliceRows } from '../../src/markdown/extensions/mdx-include/slice.ts';
import { renderPage } from '../helpers/render.ts';

const root = mkdtempSync(path.join(tmpdir(), 'includes-'));
const repo = path.join(root, 'repo');
const project = path.join(repo, 'docs', 'en');
const write = (file: string, text: string): void => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
mkdirSync(path.join(repo, '.git'), { recursive: true });
write('repo/.git/config', '[http]\n\textraheader = AUTHORIZATION: basic token\n');
write('repo/docs_src/app.py', 'one\ntwo\nthree\nfour\n');
write('repo/docs/en/docs/part.md', '# Part\n{!../../../docs_src/missing.py!}\n');
write('repo/docs/en/docs/loop.md', 'loop\n{!loop.md!}\n');
write('repo/docs/en/docs/snippet-inside.md', '--8<-- "docs/glossary.md"\n');
write('repo/docs/en/docs/glossary.md', 'glossary\n');
write('secret.txt', 'secret\n');
symlinkSync(path.join(root, 'secret.txt'), path.join(repo, 'docs_src', 'link-out.txt'));
symlinkSync(path.join(repo, '.git', 'config'), path.join(repo, 'docs_src', 'git-config.txt'));

const render = (extensions: ExtensionSpec[], value: string) => renderPage(value, extensions, { projectDir: project, docsDir: path.join(project, 'docs'), path: 'page.md' });
const markdownInclude = (options: Record<string, unknown> = {}): ExtensionSpec => ({ name: 'markdown_include.include', options: { base_path: 'docs', ...options } });
const mdxInclude = (options: Record<string, unknown> = {}): ExtensionSpec => ({ name: 'mdx_include', options: { base_path: 'docs', ...options } });

describe('markdown_include.include', () => {
  test('should be a supported extension, not an unknown one', () => {
    assert.deepEqual(createRenderer({ extensions: [markdownInclude(), mdxInclude()], projectDir: project, docsDir: project }).unsupported, []);
  });

  test('should read a file above the base path that stays inside the project repository, and report it as a dependency', () => {
    const result = render([markdownInclude()], '{!../../../docs_src/app.py!lines=2}');
    assert.equal(result.html, '<p>two</p>');
    assert.deepEqual(result.includes, [path.join(repo, 'docs_src', 'app.py')]);
  });

  test('should trim the spaces around a name, and read a name of spaces only as no directive', () => {
    assert.equal(render([markdownInclude()], '{!   ../../../docs_src/app.py   !lines=1}').html, '<p>one</p>');
    assert.equal(render([mdxInclude()], 'x {!   ../../../docs_src/app.py [ln:1]   !} y').html, '<p>x one y</p>');
    // Python would try a file named ' '; the directive regexes keep a name's ends off spaces so a
    // long run of them cannot make them backtrack for minutes.
    assert.equal(render([markdownInclude()], '{!   !}').html, '<p>{!   !}</p>');
  });

  test('should warn at the directive line about a missing file and remove the directive', () => {
    const result = render([markdownInclude()], 'a\n\nx {!nope.md!} y');
    assert.equal(result.html, '<p>a</p>\n<p>x  y</p>');
    assert.deepEqual(result.messages.map((m) => [m.severity, m.file, m.line]), [['warning', 'page.md', 3]]);
    assert.match(result.messages[0]?.message ?? '', /"nope\.md" not found in base_path docs\/?/);
  });

  test('should make a missing file an error with throwException', () => {
    const result = render([markdownInclude({ throwException: true })], '{!nope.md!}');
    assert.equal(result.messages[0]?.severity, 'error');
  });

  test('should name the included file and the chain for a missing nested include', () => {
    const result = render([markdownInclude()], 'text\n{!part.md!}');
    const message = result.messages[0];
    assert.equal(message?.file, 'docs/part.md');
    assert.equal(message?.line, 2);
    assert.match(message?.message ?? '', /included from page\.md:2/);
  });

  test('should report an include cycle once and not loop', () => {
    const result = render([markdownInclude()], '{!loop.md!}');
    assert.equal(result.html, '<p>loop</p>');
    assert.deepEqual(result.messages.map((m) => m.severity), ['error']);
    assert.match(result.messages[0]?.message ?? '', /includes itself/);
  });

  test('should warn about a line range past the end of the file and stop at its last line', () => {
    const result = render([markdownInclude()], '{!../../../docs_src/app.py!lines=3-9}');
    assert.equal(result.html, '<p>three\nfour</p>');
    assert.match(result.messages[0]?.message ?? '', /ends after the file's 4 lines/);
  });

  test('should refuse an absolute path, a home folder and a path out of the repository, without reading them', () => {
    for (const name of [path.join(root, 'secret.txt'), '~/secret.txt', '../../../../secret.txt']) {
      const result = render([markdownInclude()], `{!${name}!}`);
      assert.equal(result.html, '', name);
      assert.equal(result.messages[0]?.severity, 'error', name);
    }
  });

  test('should refuse a symlink inside the repository that points out of it', () => {
    const result = render([markdownInclude()], '{!../../../docs_src/link-out.txt!}');
    assert.doesNotMatch(result.html, /secret/);
    assert.match(result.messages[0]?.message ?? '', /symlink/);
  });

  test('should refuse a file in the .git folder of the repository, by path or through a symlink, in both extensions', () => {
    for (const [spec, text] of [
      [markdownInclude(), '{!../../../.git/config!}'],
      [markdownInclude(), '{!../../../docs_src/git-config.txt!}'],
      [mdxInclude(), '{! ../../../.GIT/config !}'],
    ] as const) {
      const result = render([spec], text);
      assert.doesNotMatch(result.html, /token/, text);
      assert.match(result.messages[0]?.message ?? '', /\.git folder/, text);
    }
  });

  test('should warn once about an option it does not support or know', () => {
    const renderer = createRenderer({ extensions: [markdownInclude({ encoding: 'latin-1', colour: 1 })], projectDir: project, docsDir: project });
    assert.deepEqual(renderer.optionWarnings.map((w) => w.extension), ['markdown_include.include', 'markdown_include.include']);
    assert.match(renderer.optionWarnings.map((w) => w.message).join('\n'), /unknown option "colour"[\s\S]*latin-1/);
  });

  test('should run before pymdownx.snippets, which expands a --8<-- line of an included file, with both files as dependencies', () => {
    const result = render([{ name: 'pymdownx.snippets', options: { base_path: [project] } }, markdownInclude()], 'a\n\n{!snippet-inside.md!}\n\n--8<-- "docs/nope.md"');
    assert.equal(result.html, '<p>a</p>\n<p>glossary</p>');
    assert.deepEqual(new Set(result.includes), new Set([path.join(project, 'docs', 'snippet-inside.md'), path.join(project, 'docs', 'glossary.md')]));
    // The snippets warning is at the page's own line 5, through the include pass's map.
    assert.deepEqual(result.messages.map((m) => [m.file, m.line]), [['page.md', 5]]);
  });
});

describe('mdx_include', () => {
  test('should keep the text before a {!> } directive in front of every included line', () => {
    const result = render([mdxInclude()], '- item\n\n    {!> ../../../docs_src/app.py [ln:1-2] !}');
    assert.equal(result.html, '<ul>\n<li>\n<p>item</p>\n<p>one\ntwo</p>\n</li>\n</ul>');
  });

  test('should keep the text after a failed directive on the last line of a multi-line include before it, as Python joins them', () => {
    const result = render([mdxInclude()], 'A {! ../../../docs_src/app.py [ln:1-2] !} B {! missing.md !} C');
    assert.equal(result.html, '<p>A one\ntwo B  C</p>');
  });

  test('should refuse a URL with a warning and never download it', () => {
    const result = render([mdxInclude()], 'a {! https://example.com/x.md !} b');
    assert.equal(result.html, '<p>a  b</p>');
    assert.match(result.messages[0]?.message ?? '', /never downloaded/);
  });

  test('should say nothing about a URL when allow_remote is false, and keep it with truncate_on_failure false', () => {
    const result = render([mdxInclude({ allow_remote: false, truncate_on_failure: false })], 'a {! https://example.com/x.md !} b');
    assert.equal(result.html, '<p>a {! https://example.com/x.md !} b</p>');
    assert.deepEqual(result.messages, []);
  });

  test('should follow its own syntax_left and syntax_right', () => {
    const result = render([mdxInclude({ syntax_left: '<<', syntax_right: '>>' })], '<< ../../../docs_src/app.py [ln:4] >> and {! x !}');
    assert.equal(result.html, '<p>four and {! x !}</p>');
  });

  test('should not expand nested includes with recurs_local false, even with {!+ }', () => {
    const result = render([mdxInclude({ recurs_local: false })], '{!+ part.md !}');
    assert.match(result.html, /\{!\.\.\/\.\.\/\.\.\/docs_src\/missing\.py!\}/);
  });

  test('should make an include cycle an error, or a warning with allow_circular_inclusion', () => {
    assert.equal(render([mdxInclude()], '{! loop.md !}').messages[0]?.severity, 'error');
    assert.equal(render([mdxInclude({ allow_circular_inclusion: true })], '{! loop.md !}').messages[0]?.severity, 'warning');
  });

  test('should warn about an option value of the wrong type and use the default', () => {
    const renderer = createRenderer({ extensions: [mdxInclude({ truncate_on_failure: 'no' })], projectDir: project, docsDir: project });
    assert.match(renderer.optionWarnings[0]?.message ?? '', /truncate_on_failure must be true or false/);
  });
});

describe('mdx_include line slices (rcslice)', () => {
  const rows = ['abcdef', 'ghijkl', 'mnopqr', 'stuvwx'];
  const slice = (spec: string, separator: string[] = []) => sliceRows(rows, spec, separator, (row) => row, (_, text) => text);

  test('should take rows, ranges and open ranges, 1-based and inclusive', () => {
    assert.deepEqual(slice('2'), ['ghijkl']);
    assert.deepEqual(slice('2-3'), ['ghijkl', 'mnopqr']);
    // rcslice: a range without a start runs from the last row back (its `.c-1` "reversion").
    assert.deepEqual(slice('-2'), ['stuvwx', 'mnopqr', 'ghijkl']);
    assert.deepEqual(slice('3-'), ['mnopqr', 'stuvwx']);
  });

  test('should reverse a range written backwards, and put the separator between parts', () => {
    assert.deepEqual(slice('3-1'), ['mnopqr', 'ghijkl', 'abcdef']);
    assert.deepEqual(slice('1,4', ['--']), ['abcdef', '--', 'stuvwx']);
  });

  test('should cut columns of one row, of a row range and of every row', () => {
    assert.deepEqual(slice('1.2-1.4'), ['bcd']);
    assert.deepEqual(slice('1.3-2.2'), ['cdef', 'gh']);
    assert.deepEqual(slice('.2-.3'), ['bc', 'hi', 'no', 'tu']);
  });

  test('should refuse a row 0 and a part with two dashes, as Python raises', () => {
    assert.throws(() => slice('0-2'), /count from 1/);
    assert.throws(() => slice('1-2-3'), /more than one/);
  });

  test('should slice as Python does with a negative step', () => {
    assert.deepEqual(pySlice([0, 1, 2, 3], 2, undefined, -1), [2, 1, 0]);
    assert.deepEqual(pySlice([0, 1, 2, 3], undefined, 1, -1), [3, 2]);
  });
});
