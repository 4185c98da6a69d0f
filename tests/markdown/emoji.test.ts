import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { normalizeHtml } from '../helpers/normalize-html.ts';
import { load } from 'js-yaml';
import { createSchema } from '../../src/config/yaml-tags.ts';
import { normalizeExtensions } from '../../src/shared/extension-specs.ts';
import { ext, renderHtml, renderPage } from '../helpers/render.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/emoji');
// Material's index and generator, as Material sites configure them (PyMdown's default is EmojiOne).
const material = { emoji_index: '!!python/name:material.extensions.emoji.twemoji', emoji_generator: '!!python/name:material.extensions.emoji.to_svg' };
const emojiSpec = { name: 'pymdownx.emoji', options: { ...material, options: { custom_icons: ['icons'] } } };

const render = (value: string, extensions = [emojiSpec, ext('attr_list')]) => renderPage(value, extensions, { projectDir: fixtures, path: 'page.md' });

/** Every inline <svg>, serialized the same way, so only the drawing is compared. */
function svgs(html: string): string[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName === 'svg') found.push(node);
  });
  return found.map((svg) => toHtml(svg, { space: 'svg' }));
}

describe('pymdownx.emoji', () => {
  test('draws every icon set and custom icons with the SVG the reference inlines, path for path', () => {
    const source = readFileSync(path.join(fixtures, 'icon-sets.md'), 'utf8');
    const expected = svgs(readFileSync(path.join(fixtures, 'icon-sets.html'), 'utf8'));
    assert.equal(expected.length, 7);
    assert.deepEqual(svgs(render(source).html), expected);
  });

  test('renders a Twemoji shortcode as the reference img (alt, class, title) with a data: URI instead of the CDN', () => {
    const html = render('A :gear: and :+1:').html;
    assert.match(html, /<img alt="⚙" class="twemoji" src="data:image\/svg\+xml,%3Csvg[^"]*" title=":gear:">/);
    assert.match(html, /<img alt="👍" class="twemoji" src="data:image\/svg\+xml,[^"]*" title=":\+1:">/);
    assert.doesNotMatch(html, /maxcdn|https?:\/\//);
  });

  test('matches the reference Twemoji fixture in everything but the image source', () => {
    const withoutSrc = (html: string) => normalizeHtml(html.replace(/ src="[^"]*"/g, ''));
    const source = readFileSync(path.join(fixtures, 'pending/twemoji.md'), 'utf8');
    assert.equal(withoutSrc(render(source).html), withoutSrc(readFileSync(path.join(fixtures, 'pending/twemoji.html'), 'utf8')));
  });

  test('draws an emoji whose code points carry a variation selector (polar bear)', () => {
    assert.match(render(':polar_bear:').html, /alt="🐻‍❄️" class="twemoji" src="data:image\/svg\+xml,/);
  });

  test('points `src` at options.image_path when a site hosts Twemoji itself', () => {
    const html = renderHtml(':gear:', [ext('pymdownx.emoji', { ...material, options: { image_path: 'https://example.org/tw/' } })], { projectDir: fixtures, path: 'page.md' });
    assert.match(html, /src="https:\/\/example.org\/tw\/2699.svg"/);
  });

  test('adds attr_list classes to the emoji after `twemoji`', () => {
    assert.match(render(':smile:{ .big }').html, /class="twemoji big"/);
    assert.match(render(':octicons-heart-16:{ .heart }').html, /<span class="twemoji heart">/);
  });

  test('warns with line and column about an unknown icon name and leaves it as text', () => {
    const result = render('Line one\nand :material-no-such-icon-here: here');
    assert.match(result.html, /:material-no-such-icon-here:/);
    assert.equal(result.messages.length, 1);
    assert.equal(result.messages[0]?.line, 2);
    assert.equal(result.messages[0]?.column, 5);
    assert.equal(result.messages[0]?.ruleId, 'emoji-unknown');
  });

  test('should not warn about times, colons in words or shortcodes that are not icon names', () => {
    const result = render('At 9:30:45, re:Invent: and :not_an_emoji_name:');
    assert.deepEqual(result.messages, []);
    assert.equal(result.html, '<p>At 9:30:45, re:Invent: and :not_an_emoji_name:</p>');
  });

  test('should not replace shortcodes in code, fenced code or after a backslash', () => {
    const html = render('`:gear:` \\:gear:\n\n```\n:gear:\n```').html;
    assert.doesNotMatch(html, /twemoji/);
  });

  test('builds the icon index per renderer: one renderer\'s custom icons are not another\'s', () => {
    assert.match(render(':pg-f-droid:').html, /twemoji/);
    assert.equal(renderHtml(':pg-f-droid:', [ext('pymdownx.emoji', material)], { projectDir: fixtures, path: 'page.md' }), '<p>:pg-f-droid:</p>');
  });
});

describe('pymdownx.emoji with PyMdown\'s own indexes and generators', () => {
  const folder = path.join(fixtures, 'pymdown');
  const source = readFileSync(path.join(folder, 'emoji.md'), 'utf8');
  const withoutSrc = (html: string): string => normalizeHtml(html.replace(/ src="[^"]*"/g, ''));
  const renderWith = (config: string): string => {
    const loaded: unknown = load(readFileSync(path.join(folder, config), 'utf8'), { schema: createSchema({ env: {}, envKeys: [] }) });
    const raw = typeof loaded === 'object' && loaded !== null && 'markdown_extensions' in loaded ? loaded.markdown_extensions : [];
    return renderHtml(source, normalizeExtensions(raw), { projectDir: folder, path: 'page.md' });
  };

  for (const config of ['emojione.yml', 'gemoji-alt.yml', 'twemoji-sprite.yml', 'material-png.yml']) {
    test(`renders as the reference with ${config} (img src aside)`, () => {
      assert.equal(withoutSrc(renderWith(config)), withoutSrc(readFileSync(path.join(folder, config.replace('.yml', '.html')), 'utf8')));
    });
  }

  test('should not point an image at a CDN: EmojiOne images are Twemoji drawings inlined as data: URIs', () => {
    const html = renderWith('emojione.yml');
    assert.match(html, /<img[^>]*class="emojione"[^>]*src="data:image\/svg\+xml,/);
    assert.doesNotMatch(html, /cdnjs|https?:\/\//);
  });

  test('draws Material\'s index with PyMdown\'s default generator when no emoji_generator is set: icons are images, with no CDN source', () => {
    const html = renderWith('material-png.yml');
    assert.match(html, /<img class="twemoji" alt=":octicons-file-code-16:" title=":octicons-file-code-16:">/);
    assert.match(html, /<img class="twemoji" alt="⚙" src="data:image\/svg\+xml,/);
    assert.doesNotMatch(html, /<svg|https?:\/\//);
  });

  test('should keep Material\'s inline SVG when Material\'s generator is set', () => {
    assert.match(renderHtml(':octicons-file-code-16:', [ext('pymdownx.emoji', material)], { projectDir: fixtures, path: 'page.md' }), /<span class="twemoji"><svg/);
  });

  test('reports unknown shortcodes as an error in strict mode and leaves them as text', () => {
    const result = renderPage(':smile: :nope:', [ext('pymdownx.emoji', { strict: true })], { projectDir: folder, path: 'page.md' });
    assert.match(result.html, /:nope:/);
    assert.ok(result.messages.some((m) => m.severity === 'error' && m.message.includes(':nope:')));
  });
});
