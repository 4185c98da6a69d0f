import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { preprocessCritic } from '../../src/markdown/extensions/critic/preprocess.ts';
import type { ExtensionSpec } from '../../src/markdown/types.ts';
import { renderHtml } from '../helpers/render.ts';

const render = (value: string, extensions: ExtensionSpec[]): string => renderHtml(value, extensions, { path: 'page.md' });

describe('pymdownx.keys options', () => {
  test('uses the separator, strict kbd wrapper, classes and extra key names given', () => {
    const html = render('++ctrl+my-key++', [{ name: 'pymdownx.keys', options: { separator: '-', strict: true, class: 'k x', key_map: { 'my-key': 'Mine' } } }]);
    assert.equal(html, '<p><kbd class="k x"><kbd class="key-control">Ctrl</kbd><span>-</span><kbd class="key-my-key">Mine</kbd></kbd></p>');
  });

  test('should not accept camelCase names unless camel_case is on', () => {
    assert.match(render('++PgDn++', [{ name: 'pymdownx.keys', options: {} }]), /\+\+PgDn\+\+/);
    assert.match(render('++PgDn++', [{ name: 'pymdownx.keys', options: { camel_case: true } }]), /key-page-down/);
  });
});

describe('pymdownx.critic modes', () => {
  const marks = 'a {++b++} {--c--} {~~d~>e~~} {==f==}{>>g<<}';

  test('keeps insertions and the new side in accept mode', () => {
    assert.equal(preprocessCritic(marks, 'accept').source, 'a b  e f');
  });

  test('keeps deletions and the old side in reject mode', () => {
    assert.equal(preprocessCritic(marks, 'reject').source, 'a  c d f');
  });

  test('should not leave placeholders or critic syntax in view mode output', () => {
    const html = render(marks, [{ name: 'pymdownx.critic', options: {} }]);
    assert.doesNotMatch(html, /[\uE000\uE001]|\{\+\+|\{--/);
  });
});

describe('pymdownx.mark / caret / tilde', () => {
  const all: ExtensionSpec[] = [{ name: 'pymdownx.mark', options: {} }, { name: 'pymdownx.caret', options: {} }, { name: 'pymdownx.tilde', options: {} }];

  test('nest with each other and with emphasis', () => {
    assert.equal(render('==a ^^b ~~c *d*~~^^==', all), '<p><mark>a <ins>b <del>c <em>d</em></del></ins></mark></p>');
  });

  test('should not make a sub or sup of content with a space', () => {
    assert.equal(render('x^a b^ y~c d~', all), '<p>x^a b^ y~c d~</p>');
  });
});

describe('pymdownx.arithmatex', () => {
  test('keeps TeX verbatim, with Markdown characters and line breaks', () => {
    assert.equal(render('$a_1 * b_2 *\nc$', [{ name: 'pymdownx.arithmatex', options: { generic: true } }]), '<p><span class="arithmatex">\\(a_1 * b_2 *\nc\\)</span></p>');
  });

  test('should not turn display math inside a line into a block: its dollars wrap inline math', () => {
    assert.equal(render('a $$x$$ b', [{ name: 'pymdownx.arithmatex', options: { generic: true } }]), '<p>a $<span class="arithmatex">\\(x\\)</span>$ b</p>');
  });
});
