/**
 * The include-markdown plugin's directives (src/site/include-markdown-render.ts): where a file is
 * looked for, globs and their order, `exclude`, `start`/`end`, and how the included text is
 * shaped (comments, the includer's indent, dedent, trailing newlines, heading offset,
 * recursion, encoding), each as the plugin does it. Problems are in include-markdown-errors.test.ts.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { expand, expanded, project } from '../helpers/include-markdown-project.ts';

describe('the include-markdown plugin: where files are found', () => {
  test('should replace include-markdown and include directives with the files they name', () => {
    const dir = project({ 'docs/part.md': 'Part.\n', 'docs/snippet.html': '<b>bold</b>\n' });
    assert.equal(expanded(dir, 'Before\n{% include-markdown "part.md" %}\nAfter {% include "snippet.html" %}'), 'Before\nPart.\n\nAfter <b>bold</b>\n');
  });

  test('should read a bare path from docs_dir, ./ and ../ from the including page, and an absolute path as it is', () => {
    const dir = project({ 'docs/sub/a.md': 'docs a\n', 'docs/guide/sub/a.md': 'guide a\n', 'docs/guide/b.md': 'guide b\n', 'README.md': 'readme\n' });
    const page = { src: 'guide/page.md' };
    assert.equal(expanded(dir, '{% include "sub/a.md" %}', page), 'docs a\n');
    assert.equal(expanded(dir, '{% include "./sub/a.md" %}', page), 'guide a\n');
    assert.equal(expanded(dir, '{% include "./b.md" %}', page), 'guide b\n');
    assert.equal(expanded(dir, '{% include "../../README.md" %}', page), 'readme\n');
    assert.equal(expanded(dir, `{% include "${path.join(dir, 'README.md')}" %}`, page), 'readme\n');
  });

  test('should take single quotes and escaped quotes in a file name, and a directive over several lines', () => {
    const dir = project({ "docs/it's.md": 'apostrophe\n', 'docs/say "hi".md': 'quotes\n' });
    assert.equal(expanded(dir, "{% include 'it\\'s.md' %}"), 'apostrophe\n');
    assert.equal(expanded(dir, '{%\n  include-markdown "say \\"hi\\".md"\n  comments=false\n%}'), 'quotes\n');
  });

  test('should include every file a glob matches, sorted by path, skipping folders and hidden files', () => {
    const dir = project({ 'docs/parts/b.md': 'B\n', 'docs/parts/a.md': 'A\n', 'docs/parts/deep/c.md': 'C\n', 'docs/parts/.hidden.md': 'H\n', 'docs/parts/x.txt': 'X\n' });
    assert.equal(expanded(dir, '{% include "parts/*.md" %}'), 'A\nB\n');
    assert.equal(expanded(dir, '{% include "parts/**/*.md" %}'), 'A\nB\nC\n');
    assert.equal(expanded(dir, '{% include "parts/{b.md,x.txt}" %}'), 'B\nX\n');
    assert.equal(expanded(dir, '{% include "./parts/*" %}'), 'A\nB\nX\n');
  });

  test("should sort a glob's files by `order`: reversed, natural, by name, by size", () => {
    const dir = project({ 'docs/n/file1.md': '1\n', 'docs/n/file10.md': '10\n', 'docs/n/file2.md': '2\n', 'docs/s/z/a.md': 'small\n', 'docs/s/b.md': 'a larger file\n' });
    assert.equal(expanded(dir, '{% include "n/*.md" %}'), '1\n10\n2\n');
    assert.equal(expanded(dir, '{% include "n/*.md" order="-alpha" %}'), '2\n10\n1\n');
    assert.equal(expanded(dir, '{% include "n/*.md" order="natural" %}'), '1\n2\n10\n');
    assert.equal(expanded(dir, '{% include "s/**/*.md" order="name" %}'), 'small\na larger file\n');
    assert.equal(expanded(dir, '{% include "s/**/*.md" order="size" %}'), 'a larger file\nsmall\n');
    assert.equal(expanded(dir, '{% include "n/*.md" %}', { options: { order: 'natural' } }), '1\n2\n10\n');
  });

  test('should leave out what `exclude` names: a file or a folder, from the including page or docs_dir', () => {
    const dir = project({ 'docs/parts/a.md': 'A\n', 'docs/parts/b.md': 'B\n', 'docs/parts/sub/c.md': 'C\n' });
    assert.equal(expanded(dir, '{% include "parts/**/*.md" exclude="./parts/b.md" %}'), 'A\nC\n');
    assert.equal(expanded(dir, '{% include "parts/**/*.md" exclude="parts/sub" %}'), 'A\nB\n');
    assert.equal(expanded(dir, '{% include "parts/**/*.md" exclude="./parts/{a,b}.md" %}'), 'C\n');
  });

  test("should never include a file of the plugin's global `exclude`, nor expand a page it names", () => {
    const dir = project({ 'docs/parts/a.md': 'A\n', 'docs/parts/b.md': 'B\n', 'docs/api/page.md': '' });
    const options = { exclude: ['parts/b.md', 'api/**'] };
    assert.equal(expanded(dir, '{% include "parts/*.md" %}', { options }), 'A\n');
    assert.equal(expanded(dir, '{% include "parts/a.md" %}', { options, src: 'api/page.md' }), '{% include "parts/a.md" %}');
  });

  test('should expand directives inside fenced code too, as the plugin does (its README includes YAML in a fence)', () => {
    const dir = project({ 'docs/ci.yml': 'on: push\n' });
    assert.equal(expanded(dir, '~~~yaml\n{% include "ci.yml" %}\n~~~\n'), '~~~yaml\non: push\n\n~~~\n');
  });

  test('should use the opening and closing tags and the directive names the options set, and leave the default ones', () => {
    const dir = project({ 'docs/a.md': 'A' });
    const options = { opening_tag: '{!', closing_tag: '!}', directives: { include: 'insert', 'include-markdown': 'md' } };
    assert.equal(expanded(dir, '{! insert "a.md" !} {! md "a.md" !} {% include "a.md" %}', { options }), 'A A {% include "a.md" %}');
  });
});

describe('the include-markdown plugin: start and end', () => {
  const source = 'Head\n<!--s-->\nOne\n<!--e-->\nMiddle\n<!--s-->\nTwo\n<!--e-->\nTail\n';

  test('should keep every block between start and end, and all after start or before end alone', () => {
    const dir = project({ 'docs/a.md': source });
    assert.equal(expanded(dir, '{% include-markdown "a.md" start="<!--s-->" end="<!--e-->" %}'), '\nOne\n\nTwo\n');
    assert.equal(expanded(dir, '{% include-markdown "a.md" start="<!--s-->" %}'), '\nOne\n<!--e-->\nMiddle\n<!--s-->\nTwo\n<!--e-->\nTail\n');
    assert.equal(expanded(dir, '{% include "a.md" end="<!--e-->" %}'), 'Head\n<!--s-->\nOne\n');
  });

  test("should read Python's escapes in the delimiters, and take the plugin's start and end as defaults", () => {
    const dir = project({ 'docs/a.md': 'x\n<!--\n\tbegin\n-->kept<!--stop-->\n' });
    assert.equal(expanded(dir, '{% include-markdown "a.md" start="<!--\\n\\tbegin\\n-->" end="<!--stop-->" %}'), 'kept');
    assert.equal(expanded(dir, '{% include-markdown "a.md" %}', { options: { start: '\tbegin\n-->', end: '<!--stop-->' } }), 'kept');
  });
});

describe('the include-markdown plugin: shaping the included text', () => {
  test('should wrap include-markdown content in BEGIN and END INCLUDE comments with comments=true (off by default)', () => {
    const dir = project({ 'docs/a.md': 'x <s> A <e>\n' });
    assert.equal(expanded(dir, '{% include-markdown "a.md" comments=true %}'), '<!-- BEGIN INCLUDE a.md -->\nx <s> A <e>\n\n<!-- END INCLUDE -->');
    assert.equal(expanded(dir, '{% include-markdown "a.md" start="<s>" end="<e>" trailing-newlines=false %}', { options: { comments: true } }), "<!-- BEGIN INCLUDE a.md '&lt;s&gt;' '&lt;e&gt;' --> A <!-- END INCLUDE -->");
  });

  test("should indent every line as the includer is indented, in an admonition and a list item, unless preserve-includer-indent=false", () => {
    const dir = project({ 'docs/note.md': 'Line 1\nLine 2\n' });
    assert.equal(expanded(dir, '!!! note\n    {% include-markdown "note.md" %}'), '!!! note\n    Line 1\n    Line 2\n');
    assert.equal(expanded(dir, '!!! note\n    {% include "note.md" %}'), '!!! note\n    Line 1\n    Line 2\n');
    assert.equal(expanded(dir, '!!! note\n    {% include-markdown "note.md" preserve-includer-indent=false %}'), '!!! note\n    Line 1\nLine 2\n');
    // The indent is what stands before the tag on its line among spaces, words, `\` and `.`: one space after `- `.
    assert.equal(expanded(dir, '- {% include-markdown "note.md" %}'), '- Line 1\n Line 2\n');
  });

  test('should put the words before the tag back before each line of an include, and pad include-markdown lines to them', () => {
    const dir = project({ 'docs/note.md': 'Line 1\nLine 2\n' });
    assert.equal(expanded(dir, 'Step 1. {% include "note.md" %}'), 'Step 1. Line 1\nStep 1. Line 2\n');
    // `:` is not among them: only the space after it is.
    assert.equal(expanded(dir, 'Note: {% include "note.md" %}'), 'Note: Line 1\n Line 2\n');
    assert.equal(expanded(dir, 'Say {% include-markdown "note.md" %}'), 'Say Line 1\n    Line 2\n');
  });

  test("should take the plugin's preserve_includer_indent and rewrite_relative_urls as the directives' defaults", () => {
    const dir = project({ 'docs/note.md': 'Line 1\n[a](b.md)\n' });
    const options = { preserve_includer_indent: false, rewrite_relative_urls: false };
    assert.equal(expanded(dir, '    {% include-markdown "../note.md" %}', { options, src: 'guide/page.md' }), '    Line 1\n[a](b.md)\n');
    assert.equal(expanded(dir, '    {% include-markdown "../note.md" %}', { src: 'guide/page.md' }), '    Line 1\n    [a](../b.md)\n');
  });

  test('should dedent with dedent=true and strip the last newlines with trailing-newlines=false', () => {
    const dir = project({ 'docs/code.txt': '    def f():\n        return 1\n\n\n' });
    assert.equal(expanded(dir, '{% include "code.txt" dedent=true trailing-newlines=false %}'), 'def f():\n    return 1');
    assert.equal(expanded(dir, '[{% include "code.txt" %}]', { options: { dedent: true, trailing_newlines: false } }), '[def f():\n    return 1]');
  });

  test('should move headings by heading-offset, down to level one, outside fenced code only', () => {
    const dir = project({ 'docs/h.md': '# One\n\n## Two\n\n```\n# comment\n```\n' });
    assert.equal(expanded(dir, '{% include-markdown "h.md" heading-offset=1 %}'), '## One\n\n### Two\n\n```\n# comment\n```\n');
    assert.equal(expanded(dir, '{% include-markdown "h.md" heading-offset=-1 %}'), '# One\n\n# Two\n\n```\n# comment\n```\n');
    assert.equal(expanded(dir, '{% include-markdown "h.md" %}', { options: { heading_offset: 2 } }).split('\n')[0], '### One');
  });

  test('should rewrite relative links and images for the including page, and not with rewrite-relative-urls=false or in an include', () => {
    const dir = project({ 'README.md': 'See [changes](CHANGELOG.md#v1), ![logo](img/logo.png), [home](/), [web](https://example.org) and [top](#top).\n' });
    assert.equal(expanded(dir, '{% include-markdown "../README.md" %}'), 'See [changes](../CHANGELOG.md#v1), ![logo](../img/logo.png), [home](/), [web](https://example.org) and [top](#top).\n');
    assert.equal(expanded(dir, '{% include-markdown "../../README.md" %}', { src: 'guide/page.md' }).slice(0, 32), 'See [changes](../../CHANGELOG.md');
    assert.match(expanded(dir, '{% include-markdown "../README.md" rewrite-relative-urls=false %}'), /\(CHANGELOG\.md#v1\)/);
    assert.match(expanded(dir, '{% include "../README.md" %}'), /\(CHANGELOG\.md#v1\)/);
  });

  test('should expand the included files in turn, from their own folder, unless recursive=false', () => {
    const dir = project({ 'docs/parts/outer.md': 'Outer {% include "./inner.md" %}', 'docs/parts/inner.md': 'inner {% include-markdown "top.md" %}', 'docs/top.md': 'top' });
    assert.equal(expanded(dir, '{% include-markdown "parts/outer.md" %}'), 'Outer inner top');
    assert.equal(expanded(dir, '{% include-markdown "parts/outer.md" recursive=false %}'), 'Outer {% include "./inner.md" %}');
    assert.equal(expanded(dir, '{% include-markdown "parts/outer.md" %}', { options: { recursive: false } }), 'Outer {% include "./inner.md" %}');
  });

  test('should read a file in the encoding asked for', () => {
    const dir = project({ 'docs/latin.txt': Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0d, 0x0a]) });
    assert.equal(expanded(dir, '{% include "latin.txt" encoding="latin-1" %}'), 'café\n');
    assert.equal(expanded(dir, '{% include "latin.txt" %}', { options: { encoding: 'cp1252' } }), 'café\n');
  });

  test('should record every file it included, and leave a page without the opening tag untouched', () => {
    const dir = project({ 'docs/a.md': 'A {% include "b.md" %}', 'docs/b.md': 'B' });
    const outcome = expand(dir, '{% include-markdown "a.md" %}');
    assert.deepEqual(outcome.includes, [path.join(dir, 'docs/a.md'), path.join(dir, 'docs/b.md')]);
    assert.equal(outcome.volatile, false);
    assert.equal(expand(dir, '{% include "*.md" %}').volatile, true);
    assert.deepEqual(expand(dir, 'No directive {{ here }}.'), { markdown: 'No directive {{ here }}.', includes: [], messages: [], volatile: false });
  });
});
