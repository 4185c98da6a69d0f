/**
 * The Node side against the real Pagefind binary: what the build index contains (fragments are
 * gzipped JSON after a `pagefind_dcd` signature), that a failure is a message and not a throw,
 * and that the in-memory dev index matches the built one.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { createPagefindIndex, stopPagefind } from '../../src/search/config.ts';
import { buildSearchIndex, startSearchIndex } from '../../src/search/index.ts';
import { pagefindLanguage } from '../../src/search/language.ts';
import { buildMemoryIndex } from '../../src/search/memory-index.ts';
import { pageDocument } from '../../src/search/page-document.ts';

interface StoredFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: Array<{ element: string; id: string }>;
}

function readFragment(bytes: Uint8Array): StoredFragment {
  const text = gunzipSync(bytes).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{')));
}

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><title>${title} - Site</title></head><body>
<header class="md-header"><nav>Headernavword</nav></header>
<nav class="md-nav">Sidebarword</nav>
<article class="md-content__inner md-typeset" data-pagefind-body>${body}</article>
<nav class="md-nav md-nav--secondary">Tocword</nav><footer>Footerword</footer></body></html>`;

describe('buildSearchIndex', () => {
  let dir = '';
  let fragments: StoredFragment[] = [];
  let result: Awaited<ReturnType<typeof buildSearchIndex>>;
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    mkdirSync(path.join(dir, 'real-time-communication'));
    writeFileSync(path.join(dir, 'index.html'), page('Home', '<h1 id="home">Home</h1><p>Welcome.</p>'));
    writeFileSync(path.join(dir, '404.html'), page('Not found', '<h1 id="404">404 - Not found</h1>'));
    writeFileSync(path.join(dir, '4.html'), page('Four', '<h1 id="four">Four</h1>'));
    mkdirSync(path.join(dir, '404'));
    writeFileSync(path.join(dir, '404/index.html'), page('Error codes', '<h1 id="codes">The 404 code</h1>'));
    // A static HTML file of docs_dir, copied as it is: no data-pagefind-body, so no search entry.
    writeFileSync(path.join(dir, 'google1234.html'), '<!doctype html><html><head><title>Verify</title></head><body><p>google-site-verification</p></body></html>');
    writeFileSync(path.join(dir, 'real-time-communication/index.html'), page('RTC', '<h1 id="real-time-communication">Real-Time Communication</h1><p>Intro.</p><h2 id="signal">Signal<a class="headerlink" href="#signal">¶</a></h2><p>Sealed Sender hides the sender.</p><div data-search-exclude><p>Excludedword stays out.</p></div>'));
    result = await buildSearchIndex(dir, 'en');
    const folder = path.join(dir, 'pagefind/fragment');
    fragments = readdirSync(folder).map((name) => readFragment(readFileSync(path.join(folder, name))));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('should leave out of a page\'s text what it marks data-search-exclude, as Material\'s search does', () => {
    const rtc = fragments.find((f) => f.url === '/real-time-communication/');
    assert.match(rtc?.content ?? '', /Sealed Sender hides the sender/);
    assert.doesNotMatch(rtc?.content ?? '', /Excludedword/);
  });

  test('should index every page, count only pages (not static HTML files) and write the search API to pagefind/', () => {
    assert.deepEqual(result.messages, []);
    assert.deepEqual(fragments.map((f) => f.url).sort(), ['/', '/4.html', '/404/', '/real-time-communication/']);
    assert.equal(result.pages, 4);
    assert.ok(readdirSync(path.join(dir, 'pagefind')).includes('pagefind.js'));
  });
  test('should leave out the root 404.html page, but not a page under 404/', () => {
    assert.ok(!fragments.some((f) => f.url === '/404.html'));
  });
  test('should not deploy Pagefind\'s unused ready-made UIs', () => {
    assert.deepEqual(readdirSync(path.join(dir, 'pagefind')).filter((name) => /ui|highlight/.test(name)), []);
  });
  test('should index the article only, not header, nav, ToC or footer', () => {
    const all = fragments.map((f) => f.content).join(' ');
    assert.match(all, /Sealed Sender/);
    for (const word of ['Headernavword', 'Sidebarword', 'Tocword', 'Footerword']) assert.doesNotMatch(all, new RegExp(word));
  });
  test('should take the title from the <h1> and keep heading ids for sub-results', () => {
    const rtc = fragments.find((f) => f.url === '/real-time-communication/');
    assert.equal(rtc?.meta['title'], 'Real-Time Communication');
    assert.deepEqual(rtc?.anchors.map((a) => `${a.element}#${a.id}`), ['h1#real-time-communication', 'h2#signal']);
  });
  test('should leave the ¶ permalinks out of section titles', () => {
    const rtc = fragments.find((f) => f.url === '/real-time-communication/');
    assert.doesNotMatch(rtc?.content ?? '', /¶/);
  });
  test('should write the index under theme.language', () => {
    assert.ok(readdirSync(path.join(dir, 'pagefind')).some((name) => /^pagefind\.en_[0-9a-f]+\.pf_meta$/.test(name)));
  });
  test('should report a missing folder as a message, not throw', async () => {
    const missing = await buildSearchIndex(path.join(dir, 'does-not-exist'), 'en');
    assert.equal(missing.pages, 0);
    assert.ok(missing.messages.length > 0);
  });
});

describe('startSearchIndex', () => {
  test('should index a page read from its file (addFiles) as it indexes its HTML handed over', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    try {
      const html = page('Big', '<h1 id="big">Big page</h1><p>Bulkword here.</p><h2 id="more">More</h2><p>Tailword.</p>');
      const fragmentsOf = async (add: (index: ReturnType<typeof startSearchIndex>, site: string) => void, site: string) => {
        mkdirSync(path.join(site, 'big'), { recursive: true });
        writeFileSync(path.join(site, 'big/index.html'), html);
        // Another page in the folder, which the glob leaves out.
        writeFileSync(path.join(site, 'other.html'), page('Other', '<h1 id="other">Other</h1>'));
        const index = startSearchIndex('en');
        add(index, site);
        const result = await index.finish(site);
        assert.equal(result.pages, 1);
        const folder = path.join(site, 'pagefind/fragment');
        return readdirSync(folder).map((name) => readFragment(readFileSync(path.join(folder, name))));
      };
      const handed = await fragmentsOf((index) => index.add('big/index.html', html), path.join(dir, 'handed'));
      const read = await fragmentsOf((index, site) => index.addFiles(site, [{ file: 'big/index.html', chars: html.length }]), path.join(dir, 'read'));
      assert.deepEqual(read, handed);
      assert.equal(read[0]?.url, '/big/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // What `finish` counts on: Pagefind's service takes its messages one at a time, in the order
  // sent, so a write asked for before the pages are answered still writes every one of them.
  test("should have Pagefind write pages whose answers it has not yet given (its service's order)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    // Started as the build starts it: one Pagefind process serves every index, one after another.
    const { index } = await createPagefindIndex('en');
    try {
      assert.ok(index);
      writeFileSync(path.join(dir, 'a.html'), page('A', '<h1 id="a">A</h1>'));
      const answered: string[] = [];
      const added = [
        index.addDirectory({ path: dir, glob: 'a.html' }).then(() => answered.push('directory')),
        index.addHTMLFile({ sourcePath: 'b/index.html', content: page('B', '<h1 id="b">B</h1>') }).then(() => answered.push('file')),
      ];
      const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
      await Promise.all(added);
      assert.deepEqual(written.errors, []);
      assert.deepEqual(answered, ['directory', 'file']);
      const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
      assert.equal(entry.languages.en.page_count, 2);
    } finally {
      await stopPagefind(index);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('should ask Pagefind for the write when finish is called, once every page is handed over, without waiting for its answers', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    try {
      const index = startSearchIndex('en');
      for (const name of ['a', 'b', 'c']) index.add(`${name}/index.html`, page(name, `<h1 id="${name}">${name}</h1>`));
      // Pagefind is up, and the pages are handed to it (not yet answered: no turn of the loop since).
      await index.started;
      const finished = index.finish(dir);
      // This thread now holds the event loop (as the publish stage placing files does): the write
      // happens only if it was asked for before. The deadline only ends a failing test.
      const entry = path.join(dir, 'pagefind/pagefind-entry.json');
      const deadline = Date.now() + 30_000;
      while (!existsSync(entry) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      assert.ok(existsSync(entry), 'Pagefind wrote nothing while this thread was busy');
      const result = await finished;
      assert.deepEqual(result.messages, []);
      assert.equal(result.pages, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('buildMemoryIndex', () => {
  test('should index model pages in memory with their URLs, titles and heading ids', async () => {
    const index = await buildMemoryIndex([
      { url: '', title: 'Home', html: '<p>Welcome to Tor.</p>' },
      { url: 'vpn/', title: 'VPN', html: '<h1 id="vpn">VPN Services</h1><h2 id="tor">Tor</h2><p>Tor is not a VPN.</p>' },
    ], 'en');
    assert.equal(index.pages, 2);
    assert.ok(index.files.has('pagefind.js'));
    assert.ok(index.files.has('pagefind-entry.json'));
    const fragments = [...index.files].filter(([name]) => name.startsWith('fragment/')).map(([, bytes]) => readFragment(bytes));
    assert.deepEqual(fragments.map((f) => [f.url, f.meta['title']]).sort(), [['/', 'Home'], ['/vpn/', 'VPN Services']]);
  });

  test("should index each page in its own language's index when no language is forced (a multilingual site)", async () => {
    const index = await buildMemoryIndex([
      { url: '', title: 'Home', html: '<p>Welcome.</p>', language: 'en' },
      { url: 'fr/', title: 'Accueil', html: '<p>Bienvenue.</p>', language: 'fr' },
    ], undefined);
    const entry = JSON.parse(new TextDecoder().decode(index.files.get('pagefind-entry.json'))) as { languages: Record<string, { page_count: number }> };
    assert.deepEqual(Object.fromEntries(Object.entries(entry.languages).map(([code, language]) => [code, language.page_count])), { en: 1, fr: 1 });
  });

  test('should leave out of a page what mkdocs-exclude-search leaves out of it, as a build does', async () => {
    const index = await buildMemoryIndex([
      { url: 'guide/', title: 'Guide', html: '<h1 id="guide">Guide</h1><p>Guideword.</p><h2 id="secrets">Secrets</h2><p>Secretword.</p>', exclusion: { intro: false, section: (id) => id === 'secrets' } },
    ], 'en');
    const [fragment] = [...index.files].filter(([name]) => name.startsWith('fragment/')).map(([, bytes]) => readFragment(bytes));
    assert.match(fragment?.content ?? '', /Guideword/);
    assert.doesNotMatch(fragment?.content ?? '', /Secret/);
  });
});

describe('pageDocument', () => {
  test('should wrap the page in the article the layout indexes, adding the title as <h1>', () => {
    assert.equal(pageDocument({ url: 'x/', title: 'A & B', html: '<p>x</p>' }, 'en'),
      '<!doctype html><html lang="en"><head><title>A &amp; B</title></head><body><article data-pagefind-body><h1>A &amp; B</h1><p>x</p></article></body></html>');
  });
  test('should not add a second <h1> when the page has one', () => {
    assert.doesNotMatch(pageDocument({ url: 'x/', title: 'T', html: '<h1 id="t">T</h1>' }, 'en'), /<h1>T<\/h1>/);
  });
  test('should index a page\'s tags from the attribute Pagefind is told to read, as the built page has them', async () => {
    const index = await buildMemoryIndex([{ url: 'a/', title: 'A', html: '<p>x</p>', tags: [{ name: 'Walrus' }, { name: 'Otter & Co' }] }, { url: 'b/', title: 'B', html: '<p>y</p>' }], 'en');
    const fragments = [...index.files].filter(([name]) => name.startsWith('fragment/')).map(([, bytes]) => readFragment(bytes));
    assert.deepEqual(fragments.filter((f) => f.content.includes('Walrus')).map((f) => f.url), ['/a/']);
  });
});

describe('pagefindLanguage', () => {
  test('should lowercase BCP 47 tags and fall back to English for nonsense', () => {
    assert.equal(pagefindLanguage('pt-BR'), 'pt-br');
    assert.equal(pagefindLanguage('en'), 'en');
    assert.equal(pagefindLanguage(''), 'en');
    assert.equal(pagefindLanguage('not a language'), 'en');
    assert.equal(pagefindLanguage(undefined), 'en');
  });
});
