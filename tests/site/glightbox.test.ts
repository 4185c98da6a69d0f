/**
 * mkdocs-glightbox (src/site/glightbox.ts, glightbox-wrap.ts): its options, and the pass that
 * wraps each content image in the link GLightbox opens, with the plugin's markup (0.5: its
 * tests/test_builds.py and plugin.py's `_build_anchor_attrs`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RenderResult } from '../../src/markdown/index.ts';
import { glightboxPlugin, type GlightboxWrapOptions } from '../../src/site/glightbox.ts';
import { applyGlightbox, wrapImages } from '../../src/site/glightbox-wrap.ts';
import { sitePlugins } from '../../src/site/plugins.ts';
import { ext, renderPage } from '../helpers/render.ts';

function optionsOf(options: Record<string, unknown> = {}): GlightboxWrapOptions {
  const read = glightboxPlugin([{ name: 'glightbox', options }]);
  assert.deepEqual(read.problems, []);
  assert.ok(read.options);
  return read.options.wrap;
}

const DEFAULT_LINK = '<a class="glightbox" data-type="image" data-width="auto" data-height="auto" href="a.png" data-desc-position="bottom">';

function wrap(html: string, options: Record<string, unknown> = {}, meta: Record<string, unknown> = {}): string {
  return wrapImages(html, optionsOf(options), meta);
}

describe('glightboxPlugin', () => {
  test('should be off unless listed, and off with enabled: false', () => {
    assert.equal(glightboxPlugin([{ name: 'search', options: {} }]).options, undefined);
    assert.equal(glightboxPlugin([{ name: 'glightbox', options: { enabled: false } }]).options, undefined);
  });

  test("should take the plugin's defaults", () => {
    const read = glightboxPlugin([{ name: 'glightbox', options: {} }]);
    assert.deepEqual(read.options?.client, { touchNavigation: true, loop: false, zoomable: true, draggable: true, openEffect: 'zoom', closeEffect: 'zoom', slideEffect: 'slide', background: 'white', shadow: true });
    assert.deepEqual(read.options?.wrap, { width: 'auto', height: 'auto', skipClasses: ['emojione', 'twemoji', 'gemoji', 'off-glb'], autoThemed: false, autoCaption: false, captionPosition: 'bottom', manual: false });
  });

  test('should give effect to both the open and the close effect, and slide_effect to the slides', () => {
    const read = glightboxPlugin([{ name: 'glightbox', options: { effect: 'fade', slide_effect: 'zoom', loop: true, touchNavigation: false, zoomable: false, draggable: false, background: 'none', shadow: false } }]);
    assert.deepEqual(read.options?.client, { touchNavigation: false, loop: true, zoomable: false, draggable: false, openEffect: 'fade', closeEffect: 'fade', slideEffect: 'zoom', background: 'none', shadow: false });
  });

  test('should name a wrong value and use its default, and name an unknown option', () => {
    const read = glightboxPlugin([{ name: 'glightbox', options: { loop: 'yes', effect: 'spin', width: 80, skip_classes: 'x', lightbox: true } }]);
    assert.deepEqual(read.problems, [
      "glightbox plugin: unknown option 'lightbox', ignored",
      "glightbox plugin: 'skip_classes' must be a list of class names, found \"x\"; ignored",
      "glightbox plugin: 'effect' must be one of zoom, fade, none, found spin; using zoom",
      "glightbox plugin: 'width' must be a string (quote it in mkdocs.yml), found 80; using auto",
      "glightbox plugin: 'loop' must be true or false, found yes; using false",
    ]);
    assert.equal(read.options?.client.loop, false);
    assert.equal(read.options?.client.openEffect, 'zoom');
    assert.equal(read.options?.wrap.width, 'auto');
  });

  test("should locate its warnings at its entry in mkdocs.yml through sitePlugins, and not warn when it is listed", () => {
    const place = (name: string) => (name === 'glightbox' ? { file: '/p/mkdocs.yml', line: 7, column: 5 } : undefined);
    const plugins = sitePlugins({ plugins: [{ name: 'glightbox', options: { loop: 1 } }], markdown_extensions: [], extra: {}, config_file_path: '/p/mkdocs.yml' }, false, place);
    assert.deepEqual(plugins.messages, [{ severity: 'warning', message: "glightbox plugin: 'loop' must be true or false, found 1; using false", file: '/p/mkdocs.yml', line: 7, column: 5 }]);
    assert.ok(plugins.glightbox);
  });
});

describe('wrapImages', () => {
  test("should wrap an image in the plugin's link, with the width, height and caption position defaults", () => {
    assert.equal(wrap('<p><img alt="A" src="a.png"></p>'), `<p>${DEFAULT_LINK}<img alt="A" src="a.png"></a></p>`);
  });

  test('should leave every other byte of the page as it was rendered', () => {
    const html = '<h1 id="t">T&amp;C</h1>\n<p>x <img src="a.png" alt="A" /> y<br>\n<code>&lt;img src="b.png"&gt;</code></p>\n';
    assert.equal(wrap(html), `<h1 id="t">T&amp;C</h1>\n<p>x ${DEFAULT_LINK}<img src="a.png" alt="A" /></a> y<br>\n<code>&lt;img src="b.png"&gt;</code></p>\n`);
  });

  test('should wrap an image written in raw HTML in capitals', () => {
    assert.equal(wrap('<P><IMG SRC="a.png"></P>'), `<P>${DEFAULT_LINK}<IMG SRC="a.png"></a></P>`);
  });

  test('should not touch a page without images, nor an <img> written as code', () => {
    const html = '<pre><code>&lt;img src="a.png"&gt;</code></pre>';
    assert.equal(wrap(html), html);
    assert.equal(wrap('<p>none</p>'), '<p>none</p>');
  });

  test('should write width and height from the options', () => {
    assert.match(wrap('<img src="a.png">', { width: '80%', height: '60vh' }), /^<a class="glightbox" data-type="image" data-width="80%" data-height="60vh" href="a.png"/);
  });

  test('should give href the image src with its entities, and an empty href to an image without src', () => {
    assert.match(wrap('<img src="a.png?x=1&amp;y=&quot;2&quot;">'), /href="a\.png\?x=1&amp;y=&quot;2&quot;"/);
    assert.match(wrap('<img alt="no source">'), /^<a class="glightbox" data-type="image" data-width="auto" data-height="auto" href="" data-desc-position="bottom">/);
  });

  test('should wrap every image of a page in order', () => {
    const out = wrap('<p><img src="1.png"><img src="2.png"></p><table><tr><td><img src="3.png"></td></tr></table>');
    assert.deepEqual([...out.matchAll(/href="(\d)\.png"/g)].map((match) => match[1]), ['1', '2', '3']);
    assert.equal(out.match(/<\/a>/g)?.length, 3);
  });

  describe('captions', () => {
    test('should copy data-title, data-description and data-caption-position (as data-desc-position) from the image', () => {
      const out = wrap('<img src="a.png" alt="A" data-title="Title" data-description="The &lt;b&gt;desc&lt;/b&gt;" data-caption-position="right">');
      assert.match(out, /^<a class="glightbox" data-type="image" data-width="auto" data-height="auto" href="a\.png" data-title="Title" data-description="The <b>desc<\/b>" data-desc-position="right">/);
    });

    test('should write the caption_position option when the image has none', () => {
      assert.match(wrap('<img src="a.png">', { caption_position: 'top' }), /data-desc-position="top"/);
    });

    test('should not write an empty title or description', () => {
      const out = wrap('<img src="a.png" data-title="" data-description>');
      assert.doesNotMatch(out, /<a [^>]*data-title/);
      assert.doesNotMatch(out, /<a [^>]*data-description/);
    });

    test("should take the alt as the title with auto_caption, the image's data-title first", () => {
      assert.match(wrap('<img src="a.png" alt="Alt text">', { auto_caption: true }), /href="a\.png" data-title="Alt text"/);
      assert.match(wrap('<img src="a.png" alt="Alt" data-title="Own">', { auto_caption: true }), /href="a\.png" data-title="Own"/);
      assert.doesNotMatch(wrap('<img src="a.png" alt="Alt text">'), /<a [^>]*data-title/);
    });

    test('should take the alt as the title on a page whose front matter says glightbox.auto_caption: true', () => {
      assert.match(wrap('<img src="a.png" alt="Alt text">', {}, { 'glightbox.auto_caption': true }), /data-title="Alt text"/);
    });
  });

  describe('galleries', () => {
    test("should copy the image's data-gallery", () => {
      assert.match(wrap('<img src="a.png" data-gallery="1">'), /data-desc-position="bottom" data-gallery="1">/);
    });

    test('should put #only-light and #only-dark images in the light and dark galleries with auto_themed', () => {
      assert.match(wrap('<img src="a.png#only-light">', { auto_themed: true }), /data-gallery="light"/);
      assert.match(wrap('<img src="a.png#gh-dark-mode-only" data-gallery="g">', { auto_themed: true }), /data-gallery="dark"/);
      assert.match(wrap('<img src="a.png" data-gallery="g">', { auto_themed: true }), /data-gallery="g"/);
    });

    test('should not group themed images without auto_themed', () => {
      assert.doesNotMatch(wrap('<img src="a.png#only-light">'), /data-gallery/);
    });
  });

  describe('skipped images', () => {
    test('should not wrap an image already inside a link', () => {
      const html = '<p><a href="https://example.org"><img src="a.png"></a></p>';
      assert.equal(wrap(html), html);
    });

    test('should not wrap an image deeper inside a link either (the plugin checks only the parent)', () => {
      const html = '<a href="x.html"><span><img src="a.png"></span></a>';
      assert.equal(wrap(html), html);
    });

    test('should wrap an image next to a link, not in it', () => {
      assert.equal(wrap('<a href="x.html">x</a><img src="a.png">'), `<a href="x.html">x</a>${DEFAULT_LINK}<img src="a.png"></a>`);
    });

    test('should not wrap an image with off-glb, an emoji class or a skip_classes class', () => {
      for (const name of ['off-glb', 'twemoji', 'emojione', 'gemoji', 'no-box']) {
        const html = `<img class="x ${name}" src="a.png">`;
        assert.equal(wrap(html, { skip_classes: ['no-box'] }), html, name);
      }
    });

    test('should wrap an image whose class only contains a skip class name', () => {
      assert.match(wrap('<img class="off-glb-not" src="a.png">'), /^<a class="glightbox"/);
    });

    test('should wrap only on-glb images with manual: true', () => {
      assert.equal(wrap('<img src="a.png">', { manual: true }), '<img src="a.png">');
      assert.match(wrap('<img class="on-glb" src="a.png">', { manual: true }), /^<a class="glightbox"/);
    });

    test('should wrap only on-glb images on a page whose front matter says glightbox-manual: true', () => {
      assert.equal(wrap('<img src="a.png">', {}, { 'glightbox-manual': true }), '<img src="a.png">');
      assert.match(wrap('<img class="on-glb" src="a.png">', {}, { 'glightbox-manual': true }), /^<a class="glightbox"/);
    });

    test('should wrap every image on a glightbox: true page under manual: true, skip classes still skipped', () => {
      assert.match(wrap('<img src="a.png">', { manual: true }, { glightbox: true }), /^<a class="glightbox"/);
      assert.equal(wrap('<img class="off-glb" src="a.png">', { manual: true }, { glightbox: true }), '<img class="off-glb" src="a.png">');
    });
  });
});

describe('applyGlightbox', () => {
  const page = (source: string) => renderPage(source, [ext('attr_list')]);

  test('should wrap the images of every page but those whose front matter says glightbox: false', () => {
    const on = page('![A](a.png)\n');
    const off = page('---\nglightbox: false\n---\n![B](b.png)\n');
    const none = page('text\n');
    const rendered = new Map<string, RenderResult>([['on.md', on], ['off.md', off], ['none.md', none]]);
    applyGlightbox(rendered, optionsOf());
    assert.equal(rendered.get('on.md')?.html, `<p>${DEFAULT_LINK}<img src="a.png" alt="A"></a></p>`);
    assert.equal(rendered.get('off.md'), off);
    assert.equal(rendered.get('none.md'), none);
  });

  test("should caption an image from its attr_list data-title and data-description", () => {
    const rendered = new Map<string, RenderResult>([['a.md', page('![A](a.png){ data-title="Lisbon" data-description="At dusk" data-caption-position="left" }\n')]]);
    applyGlightbox(rendered, optionsOf());
    assert.match(rendered.get('a.md')?.html ?? '', /^<p><a class="glightbox" data-type="image" data-width="auto" data-height="auto" href="a\.png" data-title="Lisbon" data-description="At dusk" data-desc-position="left"><img /);
  });
});
