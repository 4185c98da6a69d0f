/** mdx_truly_sane_lists: its names, options and order with sane_lists and def_list (fixtures hold the HTML). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRenderer } from '../../src/markdown/index.ts';
import type { ExtensionSpec } from '../../src/markdown/index.ts';
import { normalizeHtml } from '../helpers/normalize-html.ts';

const renderer = (extensions: ExtensionSpec[]) => createRenderer({ extensions, projectDir: '/p', docsDir: '/p' });
const html = (value: string, extensions: ExtensionSpec[]) => normalizeHtml(renderer(extensions).render({ path: 'a.md', value }).html);
const warnings = (extensions: ExtensionSpec[]) => renderer(extensions).optionWarnings.map((warning) => warning.message);
const truly = (options: Record<string, unknown> = {}): ExtensionSpec => ({ name: 'mdx_truly_sane_lists', options });
const NESTED = '- a\n  - b';

describe('mdx_truly_sane_lists', () => {
  test('should nest an item by two spaces', () => {
    assert.equal(html(NESTED, [truly()]), '<ul><li>a<ul><li>b</li></ul></li></ul>');
  });
  test('should not nest by two spaces without the extension', () => {
    assert.equal(html(NESTED, []), '<ul><li>a</li><li>b</li></ul>');
  });
  test('should load by its module path too', () => {
    assert.equal(html(NESTED, [{ name: 'mdx_truly_sane_lists.mdx_truly_sane_lists', options: {} }]), '<ul><li>a<ul><li>b</li></ul></li></ul>');
  });
  test('should not know `truly_sane_lists`, which Python-Markdown cannot import either', () => {
    assert.equal(html(NESTED, [{ name: 'truly_sane_lists', options: {} }]), '<ul><li>a</li><li>b</li></ul>');
  });
  test('should keep bullet lists apart across a blank line, and join them with truly_sane false', () => {
    assert.equal(html('- a\n\n- b', [truly()]), '<ul><li>a</li></ul><ul><li>b</li></ul>');
    assert.equal(html('- a\n\n- b', [truly({ truly_sane: 'off' })]), '<ul><li><p>a</p></li><li><p>b</p></li></ul>');
  });
  test('should nest by nested_indent', () => {
    assert.equal(html(NESTED, [truly({ nested_indent: 4 })]), '<ul><li>a</li><li>b</li></ul>');
    assert.equal(html('- a\n    - b', [truly({ nested_indent: 4 })]), '<ul><li>a<ul><li>b</li></ul></li></ul>');
  });
  test('should warn about an unknown option and a wrong value, and use the defaults', () => {
    const extensions = [truly({ sane: true, nested_indent: '2', truly_sane: 'maybe' })];
    assert.deepEqual(warnings(extensions), [
      'unknown option "sane" (Python-Markdown refuses it), ignored',
      'nested_indent must be a whole number from 1 to 16, found "2"; 2 is used',
      'truly_sane must be true or false, found "maybe"; true is used',
    ]);
    assert.equal(html('- a\n  - b\n\n- c', extensions), '<ul><li>a<ul><li>b</li></ul></li></ul><ul><li>c</li></ul>');
  });
  test('should not warn about its own options', () => {
    assert.deepEqual(warnings([truly({ nested_indent: 3, truly_sane: false })]), []);
  });
  test('should step aside for sane_lists listed after it, with a warning', () => {
    const extensions = [truly(), { name: 'sane_lists', options: {} }];
    assert.equal(html('3. a\n  - b', extensions), '<ol start="3"><li>a - b</li></ol>');
    assert.match(warnings(extensions).join('\n'), /sane_lists is listed after mdx_truly_sane_lists/);
  });
  test('should replace sane_lists listed before it, without a warning', () => {
    const extensions = [{ name: 'markdown.extensions.sane_lists', options: {} }, truly()];
    assert.equal(html('3. a\n  - b', extensions), '<ol><li>a<ul><li>b</li></ul></li></ol>');
    assert.deepEqual(warnings(extensions), []);
  });
  test('should warn when def_list comes before it (Python gives definitions its indent) and not after', () => {
    assert.match(warnings([{ name: 'def_list', options: {} }, truly()]).join('\n'), /def_list is listed before mdx_truly_sane_lists/);
    assert.deepEqual(warnings([truly(), { name: 'def_list', options: {} }]), []);
  });
});
