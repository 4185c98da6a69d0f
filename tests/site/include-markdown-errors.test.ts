/**
 * What the include-markdown plugin says when a directive cannot be followed: where the plugin
 * stops the build, here the directive stays as written with a warning at `file:line` (through
 * the chain of includers), and the rest of the page is expanded; include loops stop; URLs are
 * never fetched; the plugin's options are checked at its entry in mkdocs.yml.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { sitePlugins } from '../../src/site/plugins.ts';
import { expand, project } from '../helpers/include-markdown-project.ts';

/** The page's messages as `file:line: text`, files relative to the project. */
function said(dir: string, outcome: ReturnType<typeof expand>): string[] {
  return outcome.messages.map((m) => `${path.relative(dir, m.file ?? '')}:${m.line ?? '?'}: ${m.message.replace(/^include-markdown plugin: /, '')}`);
}

describe('the include-markdown plugin: directives it cannot follow', () => {
  test('should leave a directive whose file is missing as written, warned at its line, and expand the others', () => {
    const dir = project({ 'docs/a.md': 'A' });
    const outcome = expand(dir, '# Page\n\n{% include-markdown "missing.md" %}\n{% include "./gone/*.md" %} {% include "a.md" %}\n', { src: 'guide/page.md' });
    assert.equal(outcome.markdown, '# Page\n\n{% include-markdown "missing.md" %}\n{% include "./gone/*.md" %} A\n');
    assert.deepEqual(said(dir, outcome), [
      "docs/guide/page.md:3: no file found for 'missing.md' (relative to docs_dir); the directive is left as written",
      "docs/guide/page.md:4: no file found for './gone/*.md' (relative to guide/page.md); the directive is left as written",
    ]);
    assert.deepEqual(outcome.includes, [path.join(dir, 'docs/a.md')]);
  });

  test('should refuse a directive without a quoted file, an empty string argument, a flag that is not true or false, an offset that is not a number', () => {
    const dir = project({ 'docs/a.md': 'A' });
    const page = ['{% include a.md %}', '{% include "a.md" start= %}', '{% include "a.md" dedent=yes %}', '{% include-markdown "a.md" heading-offset=one %}', '{% include-markdown "a.md" heading-offset= %}'].join('\n');
    const outcome = expand(dir, page);
    assert.equal(outcome.markdown, page);
    assert.deepEqual(said(dir, outcome), [
      "docs/index.md:4: 'heading-offset' must be a whole number in this 'include-markdown' directive, found 'one'; the directive is left as written",
      "docs/index.md:5: empty 'heading-offset' argument in this 'include-markdown' directive; the directive is left as written",
      "docs/index.md:1: no file named in this 'include' directive (write its path in quotes); the directive is left as written",
      "docs/index.md:2: empty 'start' argument in this 'include' directive (give it a quoted value); the directive is left as written",
      "docs/index.md:3: 'dedent' must be true or false in this 'include' directive, found 'yes'; the directive is left as written",
    ]);
  });

  test("should warn about an argument the directive does not take and include the file anyway (include has no heading-offset)", () => {
    const dir = project({ 'docs/a.md': '# A\n' });
    const outcome = expand(dir, '{% include "a.md" heading-offset=1 colour="red" %}');
    assert.equal(outcome.markdown, '# A\n');
    assert.deepEqual(said(dir, outcome), [
      "docs/index.md:1: unknown argument 'heading-offset' in this 'include' directive, ignored",
      "docs/index.md:1: unknown argument 'colour' in this 'include' directive, ignored",
    ]);
  });

  test('should warn when start or end is in none of the files, and include what the cut leaves', () => {
    const dir = project({ 'docs/a.md': 'all of it\n' });
    const outcome = expand(dir, '\n{% include-markdown "a.md" start="<!--s-->" %}|{% include "a.md" end="<!--e-->" %}');
    assert.equal(outcome.markdown, '\n|all of it\n');
    assert.deepEqual(said(dir, outcome), [
      "docs/index.md:2: start delimiter '<!--s-->' of this 'include-markdown' directive is not in a.md; nothing was included",
      "docs/index.md:2: end delimiter '<!--e-->' of this 'include' directive is not in a.md",
    ]);
  });

  test('should never fetch a URL: the directive stays, with a warning that says what to do', () => {
    const dir = project();
    const outcome = expand(dir, '{% include-markdown "https://raw.githubusercontent.com/o/r/main/README.md" %}');
    assert.equal(outcome.markdown, '{% include-markdown "https://raw.githubusercontent.com/o/r/main/README.md" %}');
    const refused = expand(dir, "{% include 'http://example.org/a.md' %}", { options: { include_from_url: false } });
    assert.match(said(dir, refused)[0] ?? '', /'http:\/\/example\.org\/a\.md' is a URL \(and include_from_url is false\): nothing is fetched/);
    assert.match(said(dir, outcome)[0] ?? '', /^docs\/index\.md:1: 'https:\/\/raw\.githubusercontent\.com\/o\/r\/main\/README\.md' is a URL: nothing is fetched from the network here, so the directive is left as written; save the file in the project and include it by path$/);
  });

  test('should refuse an order the plugin does not know, and use alpha-path for random', () => {
    const dir = project({ 'docs/p/b.md': 'B', 'docs/p/a.md': 'A' });
    const outcome = expand(dir, '{% include "p/*.md" order="shuffled" %}\n{% include "p/*.md" order="random" %}');
    assert.equal(outcome.markdown, '{% include "p/*.md" order="shuffled" %}\nAB');
    assert.match(said(dir, outcome).join('\n'), /index\.md:1: 'order' must be .* found 'shuffled'; the directive is left as written\ndocs\/index\.md:2: 'order: random' is not supported here/);
  });

  test('should say when a file cannot be decoded or the encoding is unknown', () => {
    const dir = project({ 'docs/latin.txt': Uint8Array.from([0x63, 0x61, 0x66, 0xe9]) });
    const outcome = expand(dir, '{% include "latin.txt" %}\n{% include "latin.txt" encoding="klingon" %}');
    assert.equal(outcome.markdown, '{% include "latin.txt" %}\n{% include "latin.txt" encoding="klingon" %}');
    assert.match(said(dir, outcome)[0] ?? '', /latin\.txt is not valid utf-8; set the directive's encoding; the directive is left as written$/);
    assert.match(said(dir, outcome)[1] ?? '', /:2: unknown encoding 'klingon'/);
  });
});

describe('the include-markdown plugin: include chains and loops', () => {
  test("should locate a problem in an included file at that file's line, with the chain of includers", () => {
    const dir = project({ 'docs/parts/outer.md': 'One\n<!--s-->\nTwo\n{% include "./inner.md" %}\n', 'docs/parts/inner.md': '\n\n{% include "nowhere.md" %}\n' });
    const outcome = expand(dir, 'Page\n{% include-markdown "parts/outer.md" start="<!--s-->" %}');
    assert.deepEqual(said(dir, outcome), ["docs/parts/inner.md:3: no file found for 'nowhere.md' (relative to docs_dir); the directive is left as written (included from parts/outer.md:4 < index.md:2)"]);
    assert.equal(outcome.markdown, 'Page\n\nTwo\n\n\n{% include "nowhere.md" %}\n\n');
  });

  test('should stop a file that includes itself, directly or through another, with a message instead of hanging', () => {
    const dir = project({ 'docs/self.md': 'Self {% include-markdown "self.md" %}', 'docs/a.md': 'A {% include "./b.md" %}', 'docs/b.md': 'B {% include "a.md" %}', 'docs/index.md': 'Me' });
    const self = expand(dir, '{% include-markdown "self.md" %}', { src: 'page.md' });
    assert.equal(self.markdown, 'Self {% include-markdown "self.md" %}');
    assert.deepEqual(said(dir, self), ['docs/self.md:1: self.md includes itself through this directive, which would never end; the directive is left as written (included from page.md:1)']);
    const mutual = expand(dir, '{% include "a.md" %}', { src: 'page.md' });
    assert.equal(mutual.markdown, 'A B {% include "a.md" %}');
    assert.deepEqual(said(dir, mutual), ['docs/b.md:1: a.md includes itself through this directive, which would never end; the directive is left as written (included from a.md:1 < page.md:1)']);
    assert.match(said(dir, expand(dir, 'Me: {% include "index.md" %}'))[0] ?? '', /index\.md includes itself/);
  });

  test('should include a file that names itself once with recursive=false, its directive as text', () => {
    const dir = project({ 'docs/self.md': 'Self {% include-markdown "self.md" %}' });
    const outcome = expand(dir, '{% include-markdown "self.md" recursive=false %}', { src: 'page.md' });
    assert.deepEqual(outcome.messages, []);
    assert.equal(outcome.markdown, 'Self {% include-markdown "self.md" %}');
  });
});

describe("the include-markdown plugin's options", () => {
  const place = (name: string) => (name === 'include-markdown' ? { file: '/p/mkdocs.yml', line: 7, column: 5 } : undefined);
  const plugins = (options: Record<string, unknown>) =>
    sitePlugins({ plugins: [{ name: 'include-markdown', options }], markdown_extensions: [], extra: {}, config_file_path: '/p/mkdocs.yml' }, false, place);

  test('should read the options into the defaults of every directive, with no message', () => {
    const read = plugins({ comments: true, heading_offset: 1, preserve_includer_indent: false, start: '<!--s-->', exclude: ['api/**'], opening_tag: '{!' });
    assert.deepEqual(read.messages, []);
    assert.equal(read.includeMarkdown?.defaults.comments, true);
    assert.equal(read.includeMarkdown?.defaults.headingOffset, 1);
    assert.equal(read.includeMarkdown?.defaults.start, '<!--s-->');
    assert.deepEqual(read.includeMarkdown?.exclude, ['api/**']);
    assert.equal(read.includeMarkdown?.openingTag, '{!');
    assert.equal(plugins({}).includeMarkdown?.defaults.preserveIncluderIndent, true);
    assert.equal(sitePlugins({ plugins: [], markdown_extensions: [], extra: {}, config_file_path: '/p/mkdocs.yml' }).includeMarkdown, undefined);
  });

  test("should warn at the plugin's entry about unknown options, wrong types and the URL cache, which does nothing here", () => {
    const read = plugins({ enabled: false, dedent: 'yes', heading_offset: 1.5, exclude: 'api/**', cache: 600, directives: { include: 'in clude' } });
    assert.deepEqual(
      read.messages.map((m) => `${m.file}:${m.line}:${m.column}: ${m.message}`),
      [
        "/p/mkdocs.yml:7:5: include-markdown plugin: unknown option 'enabled', ignored (the plugin has no such option)",
        "/p/mkdocs.yml:7:5: include-markdown plugin: 'exclude' must be a list of globs, found the string \"api/**\"; read as a list of one",
        '/p/mkdocs.yml:7:5: include-markdown plugin: \'directives\' entry "include": "in clude" is not a directive name for include or include-markdown; ignored',
        "/p/mkdocs.yml:7:5: include-markdown plugin: 'cache' and 'cache_dir' keep files fetched from URLs, and URLs are never fetched here (a directive that names one is left as written); ignored",
        "/p/mkdocs.yml:7:5: include-markdown plugin: 'dedent' must be true or false, found \"yes\"; using false",
        "/p/mkdocs.yml:7:5: include-markdown plugin: 'heading_offset' must be a whole number, found 1.5; using 0",
      ],
    );
    assert.deepEqual(read.includeMarkdown?.exclude, ['api/**']);
  });
});
