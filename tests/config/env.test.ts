import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { project } from './project.ts';

const extra = (yml: string, env: Record<string, string | undefined> = {}): unknown =>
  project(`site_name: x\nextra:\n${yml}`).load(env).config.extra;

describe('!ENV', () => {
  it('should read a set variable with the scalar form', () => {
    assert.deepEqual(extra('  a: !ENV NAME\n', { NAME: 'value' }), { a: 'value' });
  });

  it('should give null for an unset variable with the scalar form', () => {
    assert.deepEqual(extra('  a: !ENV NAME\n'), { a: null });
  });

  it('should take the first set variable of the list form', () => {
    assert.deepEqual(extra('  a: !ENV [FIRST, SECOND, "fallback"]\n', { SECOND: 'two' }), { a: 'two' });
    assert.deepEqual(extra('  a: !ENV [FIRST, SECOND, "fallback"]\n', { FIRST: 'one', SECOND: 'two' }), { a: 'one' });
  });

  it('should fall back to the last item when no variable is set', () => {
    assert.deepEqual(extra('  a: !ENV [FIRST, SECOND, "fallback"]\n'), { a: 'fallback' });
  });

  it('should keep the default\'s YAML type', () => {
    assert.deepEqual(extra('  a: !ENV [FLAG, false]\n  b: !ENV [COUNT, 3]\n'), { a: false, b: 3 });
  });

  it('should type a variable\'s text like a plain YAML scalar', () => {
    assert.deepEqual(extra('  a: !ENV [FLAG, false]\n  b: !ENV N\n  c: !ENV S\n', { FLAG: 'true', N: '42', S: 'hello: world' }), {
      a: true,
      b: 42,
      c: 'hello: world',
    });
  });

  it('should count a set-but-empty variable as set', () => {
    assert.deepEqual(extra('  a: !ENV [EMPTY, "fallback"]\n', { EMPTY: '' }), { a: null });
  });

  it('should give null for a one-item list whose variable is unset (no default)', () => {
    assert.deepEqual(extra('  a: !ENV [ONLY]\n'), { a: null });
  });

  it('should read a list spread over several lines', () => {
    assert.deepEqual(extra('  a:\n    !ENV [\n      LONG,\n      "a long default",\n    ]\n'), { a: 'a long default' });
  });

  it('should not read process.env when an env is given', () => {
    process.env['MKDOCS_CONFIG_TEST_VAR'] = 'from process';
    try {
      assert.deepEqual(extra('  a: !ENV [MKDOCS_CONFIG_TEST_VAR, "default"]\n'), { a: 'default' });
    } finally {
      delete process.env['MKDOCS_CONFIG_TEST_VAR'];
    }
  });

  it('should resolve !ENV in top-level settings like docs_dir and site_url', () => {
    const p = project('site_name: !ENV [NAME, "Docs"]\nsite_url: !ENV [URL, "https://a.org/"]\ndocs_dir: !ENV [DOCS, "docs"]\n', { 'other/': '' });
    assert.equal(p.load().config.site_name, 'Docs');
    assert.equal(p.load({ URL: 'https://b.org/x' }).config.site_url, 'https://b.org/x/');
    assert.equal(p.load({ DOCS: 'other' }).config.docs_dir, `${p.dir}/other`);
  });
});

describe('!ENV as a nav mapping key', () => {
  const yml = [
    'site_name: x',
    'nav:',
    '  - !ENV [NAV_HOME, "Home"]: index.md',
    '  - !ENV [NAV_GUIDE, \'Guide\']:',
    '      - guide/a.md',
    '      - !ENV [NAV_DEEP, "Deep"]: guide/b.md',
    '  - !ENV [NAV_BLOG, "Blog"]: !ENV [BLOG_URL, "/blog/"]',
    '  - !ENV NAV_PLAIN: plain.md',
    '',
  ].join('\n');

  it('should use the defaults as titles when the variables are unset', () => {
    assert.deepEqual(project(yml).load().config.nav, [
      { Home: 'index.md' },
      { Guide: ['guide/a.md', { Deep: 'guide/b.md' }] },
      { Blog: '/blog/' },
      { null: 'plain.md' },
    ]);
  });

  it('should use the variables when they are set, for keys and values alike', () => {
    const nav = project(yml).load({ NAV_HOME: 'Accueil', NAV_DEEP: 'Profond', BLOG_URL: 'https://blog.example/', NAV_PLAIN: 'Simple' }).config.nav;
    assert.deepEqual(nav, [
      { Accueil: 'index.md' },
      { Guide: ['guide/a.md', { Profond: 'guide/b.md' }] },
      { Blog: 'https://blog.example/' },
      { Simple: 'plain.md' },
    ]);
  });

  it('should keep columns true after the key is swapped, for errors further along the line', () => {
    const p = project('site_name: x\nnav:\n  - !ENV [NAV_HOME, "Home"]: 3\n');
    assert.equal(p.error(), "mkdocs.yml:3:30: invalid value for 'nav[0].Home': found 3 (a number), expected a page path, a URL or a list of nav items");
  });

  it('should not touch !ENV lists that are values, or text inside block scalars', () => {
    const p = project('site_name: x\nextra:\n  a: !ENV [A, "x"]\n  b: |\n    - !ENV [B, "y"]: not a key\n');
    assert.deepEqual(p.load().config.extra, { a: 'x', b: '- !ENV [B, "y"]: not a key\n' });
  });
});
