/** meta: Python-Markdown's meta block, as the meta extension reads it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseMeta } from '../../src/markdown/extensions/meta/parse-meta.ts';
import { ext, renderHtml } from '../helpers/render.ts';

describe('meta block', () => {
  test('should read keys lowercased with continuation lines as more values', () => {
    const { meta, body } = parseMeta('Title: Hi\nAuthors: Ann\n    Bob\n\nText');
    assert.deepEqual(meta, { title: ['Hi'], authors: ['Ann', 'Bob'] });
    assert.equal(body, '\n\n\n\nText');
  });
  test('should accept YAML-style --- delimiters', () => {
    assert.deepEqual(parseMeta('---\na: 1\n---\nText').meta, { a: ['1'] });
  });
  test('should not read a first line that is not a key', () => {
    assert.deepEqual(parseMeta('Just text: no, it has spaces\nmore'), { meta: {}, body: 'Just text: no, it has spaces\nmore' });
  });
  test('should stop at the first line that is neither a key nor a continuation', () => {
    const { meta, body } = parseMeta('a: 1\ntext here\n');
    assert.deepEqual(meta, { a: ['1'] });
    assert.equal(body, '\ntext here\n');
  });
  test('should skip the empty lines MkDocs strips before the block', () => {
    assert.deepEqual(parseMeta('\n\na: 1\n\nText').meta, { a: ['1'] });
  });
  test('should not find meta after a text line', () => {
    assert.deepEqual(parseMeta('Text\na: 1').meta, {});
  });
});

describe('meta with a bare renderer', () => {
  test('should hand the page meta to wikilinks as md.Meta when no MkDocs stripped it', () => {
    const html = renderHtml('wiki_base_url: /w/\nwiki_html_class:\n\n[[A B]]', [ext('meta'), ext('wikilinks')], { projectDir: '/p', bare: true });
    assert.equal(html, '<p><a href="/w/A_B/">A B</a></p>');
  });
  test('should not read page meta for wikilinks on an MkDocs page (MkDocs strips it first)', () => {
    const html = renderHtml('wiki_base_url: /w/\n\n[[A B]]', [ext('meta'), ext('wikilinks')], { projectDir: '/p' });
    assert.equal(html, '<p><a href="/A_B/" class="wikilink">A B</a></p>');
  });
});
