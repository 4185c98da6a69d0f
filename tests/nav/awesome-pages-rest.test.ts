import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasRestEntry, navWithRest } from '../../src/nav/awesome-pages-rest.ts';
import type { NavConfig } from '../../src/nav/types.ts';

// The nav MkDocs (with awesome-pages) generates for: index.md, a.md, z.md, guide/b.md, guide/deep/c.md, api/d.md.
const generated: NavConfig = ['index.md', 'a.md', 'z.md', { Guide: ['guide/b.md', { Deep: ['guide/deep/c.md'] }] }, { Api: ['api/d.md'] }];

describe('awesome-pages: `...` entries in mkdocs.yml\'s nav', () => {
  it('should find a rest entry at any depth, and none in a nav without one', () => {
    assert.ok(hasRestEntry(['index.md', { Docs: ['... | guide/**'] }]));
    assert.ok(hasRestEntry(['...']));
    assert.ok(!hasRestEntry(['index.md', { More: ['more.md', 'https://x.org/...'] }]));
  });

  it('should fill `...` with the generated pages no entry names, in their sections', () => {
    assert.deepEqual(navWithRest(['index.md', { Intro: 'a.md' }, '...'], generated), [
      'index.md',
      { Intro: 'a.md' },
      'z.md',
      { Guide: ['guide/b.md', { Deep: ['guide/deep/c.md'] }] },
      { Api: ['api/d.md'] },
    ]);
  });

  it('should give a filtered entry its matches first, wherever it stands, and the plain `...` what is left', () => {
    assert.deepEqual(navWithRest(['index.md', '...', { Guide: ['... | guide/**/*.md'] }, '... | regex=^api/'], generated), [
      'index.md',
      'a.md',
      'z.md',
      { Guide: [{ Guide: ['guide/b.md', { Deep: ['guide/deep/c.md'] }] }] },
      { Api: ['api/d.md'] },
    ]);
  });

  it('should leave out a page named elsewhere and a generated link, and drop an empty section', () => {
    const withLink: NavConfig = [...generated, { Home: 'https://example.org/' }];
    assert.deepEqual(navWithRest(['guide/b.md', 'guide/deep/c.md', '... | guide/**', '...'], withLink), ['guide/b.md', 'guide/deep/c.md', 'index.md', 'a.md', 'z.md', { Api: ['api/d.md'] }]);
  });

  it('should read an invalid regex as no rest entry (a nav entry MkDocs does not find)', () => {
    assert.ok(!hasRestEntry(['... | regex=(']));
    assert.deepEqual(navWithRest(['... | regex=(', '...'], ['a.md']), ['... | regex=(', 'a.md']);
  });
});
