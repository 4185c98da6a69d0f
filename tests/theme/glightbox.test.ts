/**
 * mkdocs-glightbox's lightbox, its pure parts (src/components/scripts/glightbox-slides.ts): the
 * settings the build writes on the article, and which links a click opens. The lightbox itself
 * is tested in Chromium (tests/browser/glightbox.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { galleryOf, parseSettings } from '../../src/components/scripts/glightbox-slides.ts';

const DEFAULTS = { touchNavigation: true, loop: false, zoomable: true, draggable: true, openEffect: 'zoom', closeEffect: 'zoom', slideEffect: 'slide', background: 'white', shadow: true };

describe('parseSettings', () => {
  test('should read the settings the build wrote', () => {
    const written = { touchNavigation: false, loop: true, zoomable: false, draggable: false, openEffect: 'fade', closeEffect: 'none', slideEffect: 'zoom', background: 'none', shadow: false };
    assert.deepEqual(parseSettings(JSON.stringify(written)), written);
  });

  test("should take the plugin's defaults for what is missing, of the wrong kind, or not JSON", () => {
    assert.deepEqual(parseSettings(undefined), DEFAULTS);
    assert.deepEqual(parseSettings('{"loop": "yes", "openEffect": "spin", "background": 3}'), DEFAULTS);
    assert.deepEqual(parseSettings('not json'), DEFAULTS);
    assert.deepEqual(parseSettings('[]'), DEFAULTS);
  });
});

describe('galleryOf', () => {
  const link = (gallery?: string) => ({ dataset: gallery === undefined ? {} : { gallery } });

  test("should open the links of the clicked link's gallery, at the clicked one", () => {
    const [a, b, c, d] = [link('one'), link(), link('one'), link('two')];
    assert.deepEqual(galleryOf(c, [a, b, c, d]), { links: [a, c], start: 1 });
  });

  test('should open every link of the page, galleries too, for a link without a gallery (as GLightbox does)', () => {
    const [a, b, c] = [link('one'), link(), link()];
    assert.deepEqual(galleryOf(c, [a, b, c]), { links: [a, b, c], start: 2 });
  });
});
