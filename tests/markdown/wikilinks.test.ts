/** wikilinks: options, URLs and the renderer. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildUrl, wikilinksOptions } from '../../src/markdown/extensions/wikilinks/options.ts';
import { PythonValue } from '../../src/config/yaml-tags.ts';
import { ext, renderPage } from '../helpers/render.ts';

const render = (value: string, options: Record<string, unknown> = {}, more: string[] = []) =>
  renderPage(value, [ext('wikilinks', options), ...more.map((name) => ext(name))], { projectDir: '/p', docsDir: '/p/docs' });

describe('wikilinks options', () => {
  test('should default to / and / with the wikilink class', () => {
    assert.deepEqual(wikilinksOptions({}), { baseUrl: '/', endUrl: '/', htmlClass: 'wikilink', unknownBuildUrl: undefined });
  });
  test('should take an empty or null html_class as no class', () => {
    assert.equal(wikilinksOptions({ html_class: null }).htmlClass, '');
    assert.equal(wikilinksOptions({ html_class: '' }).htmlClass, '');
  });
  test('should accept the default build_url and flag any other', () => {
    assert.equal(wikilinksOptions({ build_url: new PythonValue('name', 'markdown.extensions.wikilinks.build_url') }).unknownBuildUrl, undefined);
    assert.equal(wikilinksOptions({ build_url: new PythonValue('name', 'my.module.url') }).unknownBuildUrl, 'my.module.url');
  });
  test('should join words with underscores, swallowing spaces next to one', () => {
    assert.equal(buildUrl('a  b _c', '/', '/'), '/a_b_c/');
  });
});

describe('wikilinks in the renderer', () => {
  test('should link [[Label]] with base_url, end_url and html_class', () => {
    assert.equal(render('[[My Page]]', { base_url: '/w/', end_url: '.html', html_class: 'x' }).html, '<p><a href="/w/My_Page.html" class="x">My Page</a></p>');
  });
  test('should not link a label with other characters, or code', () => {
    assert.equal(render('[[a/b]] `[[c]]`').html, '<p>[[a/b]] <code>[[c]]</code></p>');
  });
  test('should drop an empty [[ ]]', () => {
    assert.equal(render('a [[ ]] b').html, '<p>a  b</p>');
  });
  test('should keep emphasis inside a label, as Python-Markdown links first', () => {
    assert.equal(render('[[a _b_ c]]').html, '<p><a href="/a_b_c/" class="wikilink">a <em>b</em> c</a></p>');
  });
  test('should warn once about a build_url it cannot run', () => {
    assert.ok(render('x', { build_url: 'my.url' }).messages.some((m) => m.ruleId === 'wikilinks-build-url'));
  });
});
