/**
 * The include-markdown plugin's text passes (src/site/include-markdown-text.ts), on the cases of
 * the plugin's own tests (tests/test_unit/test_process.py) and their neighbours.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dedent, filterInclusions, increaseHeadingsOffset, interpretEscapes, isUrl, rewriteRelativeUrls } from '../../src/site/include-markdown-text.ts';

const rewrite = (markdown: string, destination = '/p/docs/nav.md') => rewriteRelativeUrls(markdown, '/p/README', destination);

describe('rewriting relative URLs of included Markdown', () => {
  test('should rewrite inline links, also across lines and with a fragment, and reference definitions', () => {
    assert.equal(rewrite("Here's a [link](CHANGELOG.md) to the changelog."), "Here's a [link](../CHANGELOG.md) to the changelog.");
    assert.equal(rewrite('A [link that is\nbroken](CHANGELOG.md) here.\n'), 'A [link that is\nbroken](../CHANGELOG.md) here.\n');
    assert.equal(rewrite('A [link](CHANGELOG.md#v1.2.3 "Title").'), 'A [link](../CHANGELOG.md#v1.2.3 "Title").');
    assert.equal(rewrite('A [link][c].\n\n[c]: CHANGELOG.md\n'), 'A [link][c].\n\n[c]: ../CHANGELOG.md\n');
    assert.equal(rewriteRelativeUrls('Check [this](foobar.md).', '/p/docs/includes/a/index.md', '/p/docs/setup.md'), 'Check [this](includes/a/foobar.md).');
  });

  test('should rewrite images, an image inside a link, HTML img and source src and a href, keeping a trailing slash', () => {
    assert.equal(rewrite('![diagram](assets/diagram.png)'), '![diagram](../assets/diagram.png)');
    assert.equal(rewrite('[![Build](badge.png)](build/)'), '[![Build](../badge.png)](../build/)');
    assert.equal(rewrite('<img class="x" src="assets/d.png" alt="d"> <source src=\'v.webm\'>'), '<img class="x" src="../assets/d.png" alt="d"> <source src=\'../v.webm\'>');
    assert.equal(rewrite('<a target="_blank" href="docs/guide.md">guide</a>'), '<a target="_blank" href="guide.md">guide</a>');
    assert.equal(rewrite('[up](../other/)'), '[up](../../other/)');
  });

  test('should not rewrite absolute URLs, paths from the root, mailto links or anchors', () => {
    const kept = '[Homepage](/) [Github](https://github.com/user/repo) [mail](mailto:a@example.com) [top](#top) ![i](data:image/png;base64,AA)';
    assert.equal(rewrite(kept), kept);
  });

  test('should not rewrite inside fenced code, nor in indented code that has a blank line before and after', () => {
    const fenced = 'Text\n\n```cpp\nconst auto lambda = []() { [x](y.md) };\n```\n';
    assert.equal(rewrite(fenced), fenced);
    const indented = 'Text before\n    \n    [link](CHANGELOG.md)\n    \nText after\n';
    assert.equal(rewrite(indented), indented);
    assert.equal(rewrite('    [link](CHANGELOG.md)\n    \n'), '    [link](../CHANGELOG.md)\n    \n');
    assert.equal(rewrite('    \n    [link](CHANGELOG.md)\nFoo\n'), '    \n    [link](../CHANGELOG.md)\nFoo\n');
  });
});

describe('moving headings by an offset', () => {
  test('should add hashes to lines that start with one, outside ``` and ~~~ fences', () => {
    const markdown = '# Foo\n\n~~~python\n# comment\n~~~\n\n    # indented code\n\n## Baz\n';
    assert.equal(increaseHeadingsOffset(markdown, 2), '### Foo\n\n~~~python\n# comment\n~~~\n\n    # indented code\n\n#### Baz\n');
  });

  test('should remove hashes down to one with a negative offset', () => {
    assert.equal(increaseHeadingsOffset('### Three\n# One\n', -2), '# Three\n# One\n');
  });
});

describe("the plugin's start and end filter", () => {
  test('should say which delimiter is missing: no start gives nothing, no end gives everything', () => {
    assert.deepEqual(filterInclusions('<s>', undefined, 'abc'), { text: '', startMissing: true, endMissing: false });
    assert.deepEqual(filterInclusions(undefined, '<e>', 'abc'), { text: 'abc', startMissing: false, endMissing: true });
    assert.deepEqual(filterInclusions('<s>', '<e>', 'a<e>b<e>c'), { text: 'ac', startMissing: true, endMissing: false });
  });

  test('should read the blocks after each start, up to its end', () => {
    assert.equal(filterInclusions('<s>', '<e>', 'x<s>1<e>y<s>2<e>z').text, '12');
  });
});

describe("Python's pieces", () => {
  test('should read escapes as a Python string literal does, keeping unknown ones', () => {
    assert.equal(interpretEscapes(String.raw`a\nb\tc\\d\x41\u00e9\101\q`), 'a\nb\tc\\dAéA\\q');
  });

  test('should dedent as textwrap.dedent: the common margin, blank lines emptied', () => {
    assert.equal(dedent('    a\n      b\n  \n    c\n'), 'a\n  b\n\nc\n');
    assert.equal(dedent('\t a\n\t b\n'), 'a\nb\n');
    assert.equal(dedent('  a\n\tb\n'), '  a\n\tb\n');
  });

  test('should take a scheme of two letters or more as a URL, not a Windows drive', () => {
    assert.equal(isUrl('https://example.org/a.md'), true);
    assert.equal(isUrl('C:/docs/a.md'), false);
    assert.equal(isUrl('docs/a:b.md'), false);
  });
});
