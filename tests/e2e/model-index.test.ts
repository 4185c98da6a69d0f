/**
 * src/integration/model-index.ts: the search document a build makes of each page from the model,
 * before Astro draws it, is the one the drawn page gives (brought to the same form), for the
 * fixture sites whose pages it is made for: content actions, other languages, fallback copies
 * (their search URL), escaped titles. And the index made from those documents is the index made
 * from the drawn pages, byte for byte (the real Pagefind).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { startEmit } from '../../src/integration/emit.ts';
import { drawnDocument, modelDocument, modelIndexable } from '../../src/integration/model-index.ts';
import type { PageModel } from '../../src/site/model.ts';
import { searchedPages } from '../../src/search/exclude.ts';
import { searchDocument } from '../../src/search/search-document.ts';
import { prepareSite } from '../../src/site/prepare.ts';
import { buildSite } from '../helpers/build-site.ts';
import { searchBundle } from '../helpers/search-bundle.ts';
import { sharedSite, type SharedBuild } from '../helpers/shared-site.ts';
import { BASIC_SITE, FEATURES_SITE, I18N_AR_SITE, I18N_FOLDER_SITE, TAGS_SITE, THEME_SITE } from '../helpers/sites.ts';

/** Each indexable page's model document and its drawn page's, and the drawn page's HTML. */
async function documentsOf(build: SharedBuild) {
  const built = await sharedSite(build);
  const site = await prepareSite({ configFile: build.config });
  const searched = searchedPages(site.model.pages, site.model.site.search, site.excludeSearch);
  return searched.filter(({ page, exclusion }) => modelIndexable(page, exclusion)).map(({ page }) => {
    const html = readFileSync(path.join(built.dir, ...page.dest.split('/')), 'utf8');
    return { dest: page.dest, html, drawn: drawnDocument(html), model: modelDocument(site, page) };
  });
}

describe('model-index', () => {
  for (const [name, build, least] of [['basic-site', BASIC_SITE, 3], ['features-site', FEATURES_SITE, 3], ['theme-site', THEME_SITE, 2], ['i18n-folder', I18N_FOLDER_SITE, 4], ['i18n-ar', I18N_AR_SITE, 2], ['tags-site', TAGS_SITE, 4]] as const) {
    test(`should make of each page of ${name} the document its drawn page gives`, async () => {
      const documents = await documentsOf(build);
      assert.ok(documents.length >= least, `${documents.length} pages`);
      for (const { dest, drawn, model } of documents) assert.equal(drawn, model, dest);
    });
  }

  test('should make the same document of a page whose HTML a big site keeps in a file', async () => {
    const site = await prepareSite({ configFile: FEATURES_SITE.config });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'model-file-'));
    try {
      for (const [index, page] of site.model.pages.entries()) {
        const html = typeof page.html === 'string' ? page.html : '';
        const file = path.join(dir, `${index}.html`);
        writeFileSync(file, `before${html}after`);
        const inFile = { ...page, html: { file, chars: html.length, at: { offset: Buffer.byteLength('before'), bytes: Buffer.byteLength(html) } } };
        assert.equal(modelIndexable(inFile, undefined), modelIndexable(page, undefined), page.dest);
        assert.equal(modelDocument(site, inFile), modelDocument(site, page), page.dest);
      }
      // A heading marked to be left out of search, found in the file too.
      const [first] = site.model.pages;
      assert.ok(first);
      const marked = '<h2 id="x" data-search-exclude>Hidden</h2><p>x</p>';
      writeFileSync(path.join(dir, 'marked.html'), marked);
      assert.equal(modelIndexable({ ...first, html: { file: path.join(dir, 'marked.html'), chars: marked.length } }, undefined), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('should leave out the content actions, which Pagefind ignores, and keep what it reads', async () => {
    const documents = await documentsOf(FEATURES_SITE);
    const withActions = documents.filter(({ html }) => /<article[^>]*>[^]*class="md-content__button md-icon"/.test(html));
    assert.ok(withActions.length > 0, 'some drawn page has content actions');
    for (const { drawn } of withActions) assert.doesNotMatch(drawn ?? '', /md-content__button/);
  });

  test('should give the search URL of a fallback copy as the drawn article does', async () => {
    const documents = await documentsOf(I18N_FOLDER_SITE);
    assert.ok(documents.some(({ model }) => /<article data-pagefind-body data-pagefind-meta="url:\//.test(model)), 'a fallback copy is indexed at its default page');
  });

  test('should make the index the drawn pages make', async () => {
    const documents = await documentsOf(FEATURES_SITE);
    const fromModel = await searchBundle(Object.fromEntries(documents.map(({ dest, model }) => [dest, model])));
    const fromDrawn = await searchBundle(Object.fromEntries(documents.map(({ dest, html }) => [dest, searchDocument(html)])));
    assert.deepEqual([...fromModel.keys()].sort(), [...fromDrawn.keys()].sort());
    for (const [file, bytes] of fromDrawn) assert.ok(fromModel.get(file)?.equals(bytes), file);
  });

  test('should index the drawn pages when one says more to Pagefind than the model knows (a filter in a template override\'s head)', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'model-index-'));
    try {
      const files: Record<string, string> = {
        'mkdocs.yml': 'site_name: Filtered\ntheme:\n  name: material\n  custom_dir: overrides\n',
        'overrides/main.html': '{% extends "base.html" %}\n{% block extrahead %}<meta data-pagefind-filter="version[content]" content="2.0">{% endblock %}\n',
        'docs/index.md': '# Home\n\nWelcome text.\n',
        'docs/guide.md': '# Guide\n\n## Install\n\nSteps to follow.\n',
      };
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        writeFileSync(path.join(root, name), text);
      }
      const built = await buildSite(path.join(root, 'mkdocs.yml'), [], {}, path.join(root, 'site'));
      const pages = ['index.html', 'guide/index.html'];
      const drawn = Object.fromEntries(pages.map((dest) => [dest, searchDocument(readFileSync(path.join(built.dir, dest), 'utf8'))]));
      assert.match(drawn['guide/index.html'] ?? '', /data-pagefind-filter="version\[content\]"/);
      const expected = await searchBundle(drawn);
      assert.ok([...expected.keys()].some((file) => file.startsWith('filter/')), 'the filter is in the index');
      const folder = path.join(built.dir, 'pagefind');
      const written = new Map(readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.')).map((name) => [name, readFileSync(path.join(folder, name))]));
      assert.deepEqual([...written.keys()].sort(), [...expected.keys()].sort());
      for (const [file, bytes] of expected) assert.ok(written.get(file)?.equals(bytes), file);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  for (const [name, build] of [['features-site', FEATURES_SITE], ['tags-site', TAGS_SITE]] as const) {
    test(`should write, in a build's emit stage, the index the drawn pages of ${name} make, and hold only when every drawn page was checked and agreed`, async () => {
      const built = await sharedSite(build);
      const site = await prepareSite({ configFile: build.config });
      const drawnHtml = (page: PageModel) => readFileSync(path.join(built.dir, ...page.dest.split('/')), 'utf8');
      const run = async (draw: (page: PageModel) => string | undefined) => {
        const root = mkdtempSync(path.join(os.tmpdir(), 'model-emit-'));
        const out = path.join(root, 'out');
        mkdirSync(out);
        const emit = startEmit(site, out, undefined, false);
        emit.pagesToRender();
        for (const page of site.model.pages) {
          const html = draw(page);
          if (html !== undefined) await emit.pageRendered(page.route, html);
        }
        const model = emit.modelIndex();
        assert.ok(model, 'the index is made from the model');
        const result = await model.result;
        const folder = path.join(model.dir, 'pagefind');
        const files = new Map(readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.includes('.')).map((file) => [file, readFileSync(path.join(folder, file))]));
        rmSync(root, { recursive: true, force: true });
        return { holds: model.holds(), pages: result.pages, files };
      };
      const searched = searchedPages(site.model.pages, site.model.site.search, site.excludeSearch).map(({ page }) => page);
      const drawn = await run(drawnHtml);
      assert.equal(drawn.holds, true);
      assert.equal(drawn.pages, searched.length);
      const expected = await searchBundle(Object.fromEntries(searched.map((page) => [page.dest, searchDocument(drawnHtml(page))])));
      assert.deepEqual([...drawn.files.keys()].sort(), [...expected.keys()].sort());
      for (const [file, bytes] of expected) assert.ok(drawn.files.get(file)?.equals(bytes), file);
      const [first] = searched;
      assert.ok(first);
      // A drawn page that says more (an image Pagefind takes for the result), or one never drawn.
      assert.equal((await run((page) => (page === first ? drawnHtml(page).replace('</article>', '<img src="x.png" alt=""></article>') : drawnHtml(page)))).holds, false);
      assert.equal((await run((page) => (page === first ? undefined : drawnHtml(page)))).holds, false);
    });
  }

  test('should not take a page whose article Pagefind reads more of than the model knows', () => {
    const page = (article: string, head = '<title>T - S</title>') => `<!doctype html><html lang="en"><head>${head}</head><body><div><article class="md-content__inner md-typeset" data-pagefind-body>${article}</article></div></body></html>`;
    assert.equal(drawnDocument(page('<h1>T</h1><p>x</p>')), '<!doctype html><html lang="en"><head><title>T - S</title></head><body><article data-pagefind-body><h1>T</h1><p>x</p></article></body></html>');
    // A filter Pagefind reads on the article, or in the head.
    assert.equal(drawnDocument(page('<h1>T</h1>').replace('data-pagefind-body', 'data-pagefind-body data-pagefind-filter="a:b"')), undefined);
    assert.equal(drawnDocument(page('<h1>T</h1>', '<title>T</title><meta data-pagefind-meta="x:y">')), undefined);
    // An ignored element that holds an anchor or a filter stays, so the documents differ.
    const ignored = '<a href="e" class="md-content__button md-icon" data-pagefind-ignore><span id="x">Edit</span></a>';
    assert.match(drawnDocument(page(`${ignored}<h1>T</h1>`)) ?? '', /id="x"/);
    assert.doesNotMatch(drawnDocument(page(`${ignored.replace(' id="x"', '')}<h1>T</h1>`)) ?? '', /Edit/);
    // An image or a heading in an ignored element: Pagefind takes the first of each before it leaves the element out.
    const aside = (inner: string) => `<aside class="md-source-file" data-pagefind-ignore>${inner}</aside>`;
    assert.match(drawnDocument(page(`<h1>T</h1>${aside('<img src="a.png" alt="">')}`)) ?? '', /<aside/);
    assert.doesNotMatch(drawnDocument(page(`<h1>T</h1>${aside('<span>date</span>')}`)) ?? '', /<aside/);
    // The attribute's name in another attribute's value is no attribute.
    assert.match(drawnDocument(page(`<h1>T</h1><aside title="data-pagefind-ignore">Read</aside>`)) ?? '', /Read/);
    // An <h1> in the head would be Pagefind's title.
    assert.equal(drawnDocument(page('<h1>T</h1>', '<title>T</title><noscript><h1>Other</h1></noscript>')), undefined);
  });
});
