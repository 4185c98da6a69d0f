/**
 * Text-level PyMdown extensions: the URL parser shared by pathconverter and b64, magiclink's
 * atomic text, escapeall, and the option errors that are reported rather than thrown.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPath } from '../../src/markdown/extensions/pathconverter/rehype.ts';
import { parseUrl, unparseUrl } from '../../src/markdown/extensions/pathconverter/parse-url.ts';
import { createRenderer } from '../../src/markdown/index.ts';
import type { ExtensionSpec } from '../../src/markdown/types.ts';

function renderer(extensions: ExtensionSpec[]) {
  return createRenderer({ extensions, projectDir: '/nonexistent', docsDir: '/nonexistent' });
}

describe('parseUrl (PyMdown util.parse_url)', () => {
  test('takes a relative path with query and fragment as a file path', () => {
    const parts = parseUrl('../a b.png?v=2#x');
    assert.deepEqual([parts.path, parts.query, parts.fragment, parts.isUrl, parts.isAbsolute], ['../a b.png', 'v=2', 'x', false, false]);
  });

  test('should not take web, mail or data URLs, nor a bare fragment, for paths', () => {
    for (const url of ['https://x.org/a', 'mailto:a@b.c', 'data:image/png;base64,AA', '#top']) assert.equal(parseUrl(url).isUrl, true, url);
  });

  test('takes root, file: and Windows drive paths as absolute', () => {
    for (const url of ['/a/b', 'file:///a/b', 'c:/a/b']) assert.equal(parseUrl(url).isAbsolute, true, url);
  });

  test('writes the parts back as Python urlunparse does', () => {
    assert.equal(unparseUrl({ scheme: 'file', netloc: '', path: '/a/b', query: 'q', fragment: 'f' }), 'file:///a/b?q#f');
  });
});

describe('pathconverter paths', () => {
  const options = { basePath: 'docs/sub', relativePath: 'docs', absolute: false, fileScheme: false, tags: new Set(['a']) };

  test('rewrites a relative path relative to relative_path, keeping query and fragment', () => {
    assert.equal(convertPath('img/a.png?x=1#y', options), 'sub/img/a.png?x=1#y');
  });

  test('should not touch URLs or root paths', () => {
    assert.equal(convertPath('https://example.com/a', options), 'https://example.com/a');
    assert.equal(convertPath('/abs', options), '/abs');
  });

  test('quotes the rewritten path as Python pathname2url does', () => {
    assert.equal(convertPath('a b(1).png', { ...options, absolute: true, basePath: '/srv' }), '/srv/a%20b%281%29.png');
  });
});

describe('magiclink', () => {
  test('should not link a `?` reference on a host without discussions, nor re-read it as an internal one', () => {
    const html = renderer([{ name: 'pymdownx.magiclink', options: { repo_url_shorthand: true, user: 'u', repo: 'r' } }]).render({ path: 'p.md', value: 'x gitlab:user/repo?1173' }).html;
    assert.equal(html, '<p>x gitlab:user/repo?1173</p>');
  });

  test('reports a custom provider name that is not alphanumeric as an error', () => {
    const result = renderer([{ name: 'pymdownx.magiclink', options: { custom: { 'bad-name': { host: 'https://x.org', label: 'X', type: 'github' } } } }]).render({ path: 'p.md', value: 'x' });
    assert.ok(result.messages.some((m) => m.severity === 'error' && m.message.includes("'bad-name'")));
  });

  test('should not shorten a link whose text is not its URL', () => {
    const html = renderer([{ name: 'pymdownx.magiclink', options: { repo_url_shortener: true } }]).render({ path: 'p.md', value: '[see](https://github.com/a/b/issues/1)' }).html;
    assert.equal(html, '<p><a href="https://github.com/a/b/issues/1">see</a></p>');
  });
});

describe('escapeall', () => {
  test('escapes any character, astral ones included', () => {
    const html = renderer([{ name: 'pymdownx.escapeall', options: {} }]).render({ path: 'p.md', value: 'x \\W\\😄' }).html;
    assert.equal(html, '<p>x W😄</p>');
  });

  test('should not turn an escaped line ending into a break unless hardbreak is on', () => {
    const value = 'a\\\nb';
    assert.equal(renderer([{ name: 'pymdownx.escapeall', options: {} }]).render({ path: 'p.md', value }).html, '<p>a\nb</p>');
    assert.equal(renderer([{ name: 'pymdownx.escapeall', options: { hardbreak: true } }]).render({ path: 'p.md', value }).html, '<p>a<br>\nb</p>');
  });
});
