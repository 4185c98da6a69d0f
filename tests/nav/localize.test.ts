/** src/nav/localize.ts: a nav config swapped into one language (mkdocs-static-i18n). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localizeNavConfig } from '../../src/nav/index.ts';

const french = (src: string) => src.replace(/\.md$/, '.fr.md');

describe('localizeNavConfig', () => {
  test("should swap every entry's path, at any depth, titled or not", () => {
    assert.deepEqual(localizeNavConfig(['index.md', { Setup: 'setup.md' }, { Guide: ['guide/a.md', { Deep: ['guide/b.md'] }] }], french), ['index.fr.md', { Setup: 'setup.fr.md' }, { Guide: ['guide/a.fr.md', { Deep: ['guide/b.fr.md'] }] }]);
  });

  test('should translate the titles of sections and titled entries the translations list, and only those', () => {
    assert.deepEqual(localizeNavConfig([{ Guide: [{ Setup: 'setup.md' }, { Other: 'o.md' }] }], (src) => src, { Guide: 'Le guide', Setup: 'Installation' }), [{ 'Le guide': [{ Installation: 'setup.md' }, { Other: 'o.md' }] }]);
  });

  test('should keep a link the mapping leaves alone', () => {
    assert.deepEqual(localizeNavConfig([{ GitHub: 'https://github.com/x' }], (src) => src), [{ GitHub: 'https://github.com/x' }]);
  });
});
