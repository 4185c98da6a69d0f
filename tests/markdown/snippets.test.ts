/**
 * pymdownx.snippets: the pre-pass alone (expandSnippets) and through createRenderer.
 * Files live in a temporary project folder so that symlinks are real.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createRenderer } from '../../src/markdown/index.ts';
import { expandSnippets } from '../../src/markdown/extensions/snippets/expand.ts';
import { snippetsOptions } from '../../src/markdown/extensions/snippets/options.ts';
import { cachingFileSystem, nodeFileSystem } from '../../src/markdown/extensions/snippets/resolve.ts';
import { SourceMap } from '../../src/markdown/extensions/snippets/source-map.ts';

const root = mkdtempSync(path.join(tmpdir(), 'snippets-'));
const project = path.join(root, 'project');
const write = (file: string, text: string): void => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
write('project/includes/a.md', 'line one\nline two\nline three\nline four\n');
write('project/includes/outer.md', 'outer 1\n--8<-- "includes/inner.md"\nouter 3\n');
write('project/includes/inner.md', 'inner 1\n--8<-- "includes/missing.md"\n');
write('project/includes/sections.py', '# --8<-- [start:setup]\nimport os\n# --8<-- [end:setup]\n# --8<-- [start:main]\nprint(1)\n# --8<-- [end:main]\n');
write('project/includes/loop-a.md', '--8<-- "includes/loop-b.md"\n');
write('project/includes/loop-b.md', 'b\n--8<-- "includes/loop-a.md"\n');
write('project/includes/glossary.txt', '*[HTML]: Hyper Text Markup Language\n');
write('project_secret/key.md', 'secret\n');
write('outside.md', 'outside\n');
symlinkSync(path.join(root, 'outside.md'), path.join(project, 'includes', 'link-out.md'));
symlinkSync(path.join(project, 'includes', 'a.md'), path.join(project, 'includes', 'link-in.md'));

function expand(source: string, options: Record<string, unknown> = {}) {
  return expandSnippets(source, 'page.md', { options: snippetsOptions(options, project), fs: nodeFileSystem, projectDir: project });
}

describe('pymdownx.snippets pre-pass', () => {
  test('should inline a file and keep the directive indentation on every line', () => {
    // The file's final newline is one more (indented, empty) line, as PyMdown 10.21 reads it.
    assert.deepEqual(expand('x\n  --8<-- "includes/a.md"\ny').lines, ['x', '  line one', '  line two', '  line three', '  line four', '  ', 'y']);
  });

  test('should expand a tab before the directive to 4 spaces', () => {
    assert.equal(expand('\t--8<-- "includes/a.md:1:1"').lines[0], '    line one');
  });

  test('should not treat a directive followed by text as a directive', () => {
    assert.deepEqual(expand('--8<-- "includes/a.md" more').lines, ['--8<-- "includes/a.md" more']);
  });

  test('should include a line range, a start only and an end only', () => {
    assert.deepEqual(expand('--8<-- "includes/a.md:2:3"').lines, ['line two', 'line three']);
    assert.deepEqual(expand('--8<-- "includes/a.md:3"').lines, ['line three', 'line four', '']);
    assert.deepEqual(expand('--8<-- "includes/a.md::1"').lines, ['line one']);
  });

  test('should include a named section without its markers', () => {
    assert.deepEqual(expand('--8<-- "includes/sections.py:main"').lines, ['print(1)']);
  });

  test('should drop section markers from a whole included file', () => {
    assert.deepEqual(expand('--8<-- "includes/sections.py"').lines, ['import os', 'print(1)', '']);
  });

  test('should warn about a missing section and render it empty', () => {
    const result = expand('--8<-- "includes/sections.py:nope"');
    assert.deepEqual(result.lines, []);
    assert.match(result.diagnostics[0]?.reason ?? '', /section "nope" not found/);
  });

  test('should print an escaped directive without its semicolon', () => {
    assert.deepEqual(expand(';--8<-- "includes/a.md"').lines, ['--8<-- "includes/a.md"']);
  });

  test('should include each path of a block and turn an empty path line into an empty line', () => {
    assert.deepEqual(expand('--8<--\nincludes/a.md:1:1\n\nincludes/a.md:4\n--8<--').lines, ['line one', '', 'line four', '']);
  });

  test('should not include a commented-out block path', () => {
    assert.deepEqual(expand('--8<--\n; includes/a.md\n--8<--').lines, []);
  });

  test('should append auto_append files after a blank line, as PyMdown does', () => {
    const result = expand('Text', { auto_append: ['includes/glossary.txt'] });
    assert.deepEqual(result.lines, ['Text', '', '', '*[HTML]: Hyper Text Markup Language', '', '']);
  });

  test('should note a missing file (info: PyMdown is silent, so --strict passes) and render it empty', () => {
    const result = expand('a\n--8<-- "includes/nope.md"\nb');
    assert.deepEqual(result.lines, ['a', 'b']);
    assert.equal(result.diagnostics[0]?.severity, 'info');
    assert.match(result.diagnostics[0]?.reason ?? '', /not found/);
  });

  test('should make a missing file an error with check_paths', () => {
    assert.equal(expand('--8<-- "includes/nope.md"', { check_paths: true }).diagnostics[0]?.severity, 'error');
  });

  test('should report a missing file through the include chain', () => {
    const result = expand('p1\np2\n--8<-- "includes/outer.md"');
    const origin = result.diagnostics[0]?.origin;
    assert.equal(origin?.file, 'includes/inner.md');
    assert.equal(origin?.line, 2);
    assert.equal(origin?.from?.file, 'includes/outer.md');
    assert.equal(origin?.from?.from?.file, 'page.md');
    assert.equal(origin?.from?.from?.line, 3);
  });

  test('should report an include cycle and include each file once', () => {
    const result = expand('--8<-- "includes/loop-a.md"');
    assert.deepEqual(result.lines, ['b', '', '']);
    assert.match(result.diagnostics[0]?.reason ?? '', /includes itself/);
  });

  test('should refuse a path that climbs out of the base path', () => {
    const result = expand('--8<-- "../outside.md"');
    assert.deepEqual(result.lines, []);
    assert.match(result.diagnostics[0]?.reason ?? '', /outside the base path/);
  });

  test('should not let a sibling folder sharing the prefix pass as the base path', () => {
    const result = expand('--8<-- "../project_secret/key.md"');
    assert.deepEqual(result.lines, []);
    assert.equal(result.diagnostics[0]?.severity, 'error');
  });

  test('should include a path outside the base path only when restrict_base_path is false', () => {
    assert.deepEqual(expand('--8<-- "../outside.md"', { restrict_base_path: false }).lines, ['outside', '']);
    assert.deepEqual(expand('--8<-- "../outside.md"', { restrict_base_path: true }).lines, []);
  });

  test('should refuse an absolute path', () => {
    assert.match(expand(`--8<-- "${path.join(root, 'outside.md')}"`).diagnostics[0]?.reason ?? '', /absolute/);
  });

  test('should refuse a symlink pointing outside the base path', () => {
    const result = expand('--8<-- "includes/link-out.md"');
    assert.deepEqual(result.lines, []);
    assert.match(result.diagnostics[0]?.reason ?? '', /symlink/);
  });

  test('should follow a symlink that stays inside the base path', () => {
    assert.deepEqual(expand('--8<-- "includes/link-in.md:1:1"').lines, ['line one']);
  });

  test('should refuse a URL without any download', () => {
    const result = expand('--8<-- "https://example.com/x.md"');
    assert.deepEqual(result.lines, []);
    assert.match(result.diagnostics[0]?.reason ?? '', /never downloaded/);
  });

  test('should search every base path in order', () => {
    assert.deepEqual(expand('--8<-- "a.md:1:1"', { base_path: ['nowhere', 'includes'] }).lines, ['line one']);
  });

  test('should process a directive inside fenced code, as PyMdown does', () => {
    assert.deepEqual(expand('```\n--8<-- "includes/a.md:1:1"\n```').lines, ['```', 'line one', '```']);
  });
});

describe('snippets source map', () => {
  test('should map an included line to its file, line and chain', () => {
    const result = expand('p1\n  --8<-- "includes/outer.md"\np3');
    const map = new SourceMap(result.origins);
    assert.deepEqual(map.resolve(1, 3), { file: 'page.md', line: 1, column: 3, chain: 'page.md:1', included: false });
    assert.deepEqual(map.resolve(3, 5), {
      file: 'includes/inner.md', line: 1, column: 3, chain: 'includes/inner.md:1 included from includes/outer.md:2 included from page.md:2', included: true,
    });
    // Each included file ends with its empty last line (lines 4 and 6): p3 is line 7.
    assert.equal(map.resolve(7)?.line, 3);
    assert.equal(map.resolve(7)?.file, 'page.md');
  });

  test('should not map a line past the end of the page', () => {
    assert.equal(new SourceMap(expand('one').origins).resolve(2), undefined);
  });
});

describe('snippets in the renderer', () => {
  const renderer = createRenderer({ extensions: [{ name: 'pymdownx.snippets', options: {} }], projectDir: project, docsDir: path.join(project, 'docs') });

  test('should render the included Markdown', () => {
    assert.equal(renderer.render({ path: 'a.md', value: '--8<-- "includes/a.md:1:1"' }).html.trim(), '<p>line one</p>');
  });

  test('should name the include file and line of a missing nested snippet', () => {
    const { messages } = renderer.render({ path: 'a.md', value: 'x\n\n--8<-- "includes/outer.md"' });
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.file, 'includes/inner.md');
    assert.equal(messages[0]?.line, 2);
    assert.match(messages[0]?.message ?? '', /includes\/inner\.md:2 included from includes\/outer\.md:2 included from a\.md:3/);
  });

  test('should keep page lines after an include pointing at the page', () => {
    const result = renderer.render({ path: 'a.md', value: '--8<-- "includes/a.md"\n\nlast' });
    assert.equal(result.messages.length, 0);
  });
});

describe('snippets source map in renderer messages', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'snippets-map-'));
  mkdirSync(path.join(dir, 'includes'));
  writeFileSync(path.join(dir, 'includes', 'icon.md'), 'line one\n\nSee :octicons-nope-16: here.\n');
  const renderer = createRenderer({
    extensions: [{ name: 'pymdownx.snippets', options: {} }, { name: 'pymdownx.emoji', options: { emoji_index: '!!python/name:material.extensions.emoji.twemoji', emoji_generator: '!!python/name:material.extensions.emoji.to_svg' } }],
    projectDir: dir,
    docsDir: path.join(dir, 'docs'),
  });
  const { messages } = renderer.render({ path: 'a.md', value: 'Page\n\n  --8<-- "includes/icon.md"\n\n:octicons-nope-16:' });

  test('should point a later message inside included text at the include file, line and column', () => {
    const inside = messages.find((m) => m.file === 'includes/icon.md');
    assert.equal(inside?.line, 3);
    assert.equal(inside?.column, 5);
    assert.match(inside?.message ?? '', /\(at includes\/icon\.md:3 included from a\.md:3\)$/);
  });

  test('should not shift a later message below an include off its page line', () => {
    const after = messages.find((m) => m.file === 'a.md');
    assert.equal(after?.line, 5);
    assert.doesNotMatch(after?.message ?? '', /included from/);
  });
});

describe('snippets source map for links', () => {
  test('should give links below an include their page line, and links inside it the directive line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'snippets-links-'));
    mkdirSync(path.join(dir, 'includes'));
    writeFileSync(path.join(dir, 'includes', 'links.md'), 'a\n\nb\n\n[in](in.md)\n');
    const renderer = createRenderer({ extensions: [{ name: 'pymdownx.snippets', options: {} }], projectDir: dir, docsDir: path.join(dir, 'docs') });
    const { links } = renderer.render({ path: 'a.md', value: 'x\n\n--8<-- "includes/links.md"\n\n[out](out.md)' });
    assert.deepEqual(links.map((link) => [link.href, link.line]), [['in.md', 3], ['out.md', 5]]);
  });
});

describe('pymdownx.snippets on hostile input', () => {
  const severities = (source: string) => expand(source).diagnostics.map((d) => `${d.severity}: ${d.reason}`);

  test('should warn and skip a snippet name with a NUL character', () => {
    assert.match(severities('--8<-- "a\u0000b.md"').join('\n'), /^warning: .*NUL/);
  });

  test('should warn and skip a snippet name too long for the file system', () => {
    assert.match(severities(`--8<-- "${'x'.repeat(5000)}.md"`).join('\n'), /^warning: .*too long/);
  });

  test('should warn and skip a symlink that loops', () => {
    const a = path.join(project, 'includes', 'self-a.md');
    const b = path.join(project, 'includes', 'self-b.md');
    symlinkSync(b, a);
    symlinkSync(a, b);
    assert.match(severities('--8<-- "includes/self-a.md"').join('\n'), /^warning: .*loops/);
  });

  test('should stop an include tree that doubles at every level, with one message', () => {
    for (let level = 0; level < 24; level++) write(`project/includes/tree-${level}.md`, `--8<-- "includes/tree-${level + 1}.md"\n--8<-- "includes/tree-${level + 1}.md"\n`);
    write('project/includes/tree-24.md', 'leaf\n');
    const result = expand('--8<-- "includes/tree-0.md"');
    assert.ok(result.lines.length <= 600_000, `${result.lines.length} lines`);
    assert.equal(result.diagnostics.filter((d) => /include tree/.test(d.reason)).length, 1);
  });

  test('should not stop a page that includes one file many times', () => {
    const result = expand(Array.from({ length: 500 }, () => '--8<-- "includes/a.md"').join('\n'));
    // Four lines and the empty line after the file's final newline, 500 times.
    assert.equal(result.lines.length, 2500);
    assert.deepEqual(result.diagnostics, []);
  });

  test('should read each snippet file once per renderer, however many pages include it', () => {
    let reads = 0;
    const counting = { ...nodeFileSystem, read: (file: string) => { reads++; return nodeFileSystem.read(file); } };
    const cached = cachingFileSystem(counting);
    for (let page = 0; page < 5; page++) expandSnippets('--8<-- "includes/a.md"\n--8<-- "includes/a.md"', `p${page}.md`, { options: snippetsOptions({}, project), fs: cached, projectDir: project });
    assert.equal(reads, 1);
  });
});
