/**
 * Reusing the last bundle's fragments (src/search/bundle-reuse.ts) against the real Pagefind
 * binary: what it names a fragment by and the URL it gives a file are checked, not assumed, and a
 * bundle written with reused fragments is byte for byte the one written afresh.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { pagefindHash, pagefindUrl, seedBundle, settleBundle, sharedStarts } from '../../src/search/bundle-reuse.ts';
import { startSearchIndex, type BundleReuse } from '../../src/search/index.ts';
import { scratchFolders, searchPage } from '../helpers/search-bundle.ts';

const page = (title: string, body: string) => searchPage(title, body);

const tempDir = scratchFolders('bundle-reuse-');

/** Writes an index of `pages` (site file name -> HTML) into `<dir>/pagefind`; returns the bundle's folder. */
async function writeIndex(pages: Readonly<Record<string, string>>, reuse?: BundleReuse): Promise<string> {
  const dir = tempDir();
  const search = startSearchIndex('en', reuse);
  for (const [dest, html] of Object.entries(pages)) search.add(dest, html);
  const result = await search.finish(dir);
  assert.deepEqual(result.messages, []);
  return result.outputPath;
}

/** Every file of a bundle, by its name under it, with its bytes. */
function filesOf(bundle: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(bundle, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(bundle, name);
    if (statSync(file).isFile()) files.set(name.split(path.sep).join('/'), readFileSync(file).toString('base64'));
  }
  return files;
}

const inode = (file: string) => statSync(file).ino;

/**
 * A bundle as if Pagefind had just written it: an index whose metadata names the fragment hashes
 * `named`, and the fragment files `written` (hash -> compressed bytes).
 */
function writtenBundle(named: readonly string[], written: Readonly<Record<string, Buffer>>): string {
  const out = tempDir();
  mkdirSync(path.join(out, 'fragment'));
  writeFileSync(path.join(out, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { hash: 'en_0000000000' } } }));
  writeFileSync(path.join(out, 'pagefind.en_0000000000.pf_meta'), gzipSync(Buffer.from(`pagefind_dcd ${named.join(' ')} `)));
  for (const [hash, bytes] of Object.entries(written)) writeFileSync(path.join(out, 'fragment', `${hash}.pf_fragment`), bytes);
  return out;
}
const fragmentOf = (bundle: string, url: string): string | undefined => readdirSync(path.join(bundle, 'fragment')).find((name) => {
  const text = gunzipSync(readFileSync(path.join(bundle, 'fragment', name))).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))).url === url;
});

const first = {
  'index.html': page('Home', '<p>Welcome home.</p>'),
  'about/index.html': page('About', '<p>About this site.</p>'),
  'page.html': page('Plain', '<p>A page without its own folder.</p>'),
  'news/index.html': page('News', '<p>Old news.</p>'),
};
const second = { ...first, 'news/index.html': page('News', '<p>Fresh news, changed.</p>') };
const keptUrls = new Set(['index.html', 'about/index.html', 'page.html'].flatMap((dest) => pagefindUrl(dest) ?? []));

describe('Pagefind, as bundle-reuse.ts reads it', () => {
  test("should name each fragment by its language and the start of its content's SHA-1 as pagefindHash writes it, and give each page pagefindUrl's URL", async () => {
    const bundle = await writeIndex(first);
    const names = readdirSync(path.join(bundle, 'fragment'));
    assert.equal(names.length, 4);
    const urls: string[] = [];
    for (const name of names) {
      const content = gunzipSync(readFileSync(path.join(bundle, 'fragment', name))).subarray('pagefind_dcd'.length);
      const hash = path.basename(name, '.pf_fragment');
      assert.ok(hash.startsWith('en_'), name);
      assert.ok(pagefindHash(content).startsWith(hash.slice(3)), name);
      urls.push(JSON.parse(content.toString('utf8')).url);
    }
    assert.deepEqual(urls.sort(), Object.keys(first).map((dest) => pagefindUrl(dest)).sort());
  });
});

describe('seedBundle and settleBundle', () => {
  test('should write, with the kept pages\' fragments linked from the last bundle, the bundle written afresh, byte for byte', async () => {
    const last = await writeIndex(first);
    const fresh = await writeIndex(second);
    const reused = await writeIndex(second, { last, kept: keptUrls });
    assert.deepEqual(filesOf(reused), filesOf(fresh));
    // The three kept pages' fragments are the last bundle's files; the changed page's is new.
    for (const url of keptUrls) {
      const name = fragmentOf(reused, url) ?? '';
      assert.equal(inode(path.join(reused, 'fragment', name)), inode(path.join(last, 'fragment', name)), url);
    }
    const news = fragmentOf(reused, '/news/') ?? '';
    assert.notEqual(news, fragmentOf(last, '/news/'));
  });

  test('should link only the fragments of the kept URLs', async () => {
    const last = await writeIndex(first);
    const seeded = seedBundle(last, tempDir(), new Set(['/about/']));
    assert.deepEqual(seeded, [{ name: `fragment/${fragmentOf(last, '/about/')}`, url: '/about/' }]);
  });

  test('should remove a linked fragment the new index does not name', async () => {
    const last = await writeIndex(first);
    const { 'news/index.html': dropped, ...rest } = second;
    assert.ok(dropped);
    // News is said to be kept, but the new index has no such page: its old fragment must go.
    const reused = await writeIndex(rest, { last, kept: new Set([...keptUrls, '/news/']) });
    assert.deepEqual(filesOf(reused), filesOf(await writeIndex(rest)));
  });

  test("should have Pagefind write again a linked fragment whose bytes are not what its name says (a changed file)", async () => {
    const last = await writeIndex(first);
    const name = fragmentOf(last, '/about/') ?? '';
    // Same name, same URL, other text: its content no longer hashes to its name.
    const forged = Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/about/', content: 'Forged text.' })}`);
    writeFileSync(path.join(last, 'fragment', name), gzipSync(forged));
    const reused = await writeIndex(second, { last, kept: keptUrls });
    assert.deepEqual(filesOf(reused), filesOf(await writeIndex(second)));
    assert.notEqual(inode(path.join(reused, 'fragment', name)), inode(path.join(last, 'fragment', name)));
  });

  test('should have Pagefind write again a linked fragment whose hash start the index gives two fragments (a new page shares it)', async () => {
    const last = await writeIndex(first);
    const name = fragmentOf(last, '/about/') ?? '';
    const hash = path.basename(name, '.pf_fragment');
    // A bundle whose index names the linked fragment and a longer name it starts: Pagefind
    // lengthened one of two hashes that start alike, and which page has which name is unknown.
    const out = writtenBundle([hash, `${hash}a`], { [`${hash}a`]: readFileSync(path.join(last, 'fragment', name)) });
    const seeded = seedBundle(last, out, new Set(['/about/']));
    assert.deepEqual(seeded, [{ name: `fragment/${name}`, url: '/about/' }]);
    assert.deepEqual(settleBundle(out, seeded), [`fragment/${name}`]);
    assert.equal(existsSync(path.join(out, 'fragment', name)), false);
  });

  test("should have Pagefind write again a linked fragment the index names when its page has a fragment written now (indexed otherwise: the name is another's)", async () => {
    const last = await writeIndex(first);
    const name = fragmentOf(last, '/about/') ?? '';
    const hash = path.basename(name, '.pf_fragment');
    // The index names the linked fragment's hash, and Pagefind wrote a new fragment of /about/:
    // the name is now a new fragment's, which Pagefind did not write since the file was there.
    const out = writtenBundle([hash, 'en_fffffff'], { en_fffffff: gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/about/', content: 'About, indexed otherwise.' })}`)) });
    const seeded = seedBundle(last, out, new Set(['/about/']));
    assert.deepEqual(settleBundle(out, seeded), [`fragment/${name}`]);
    assert.equal(existsSync(path.join(out, 'fragment', name)), false);
  });

  test('should leave the last bundle as it was', async () => {
    const last = await writeIndex(first);
    const before = filesOf(last);
    const inodes = new Map([...before.keys()].map((name) => [name, inode(path.join(last, name))]));
    await writeIndex(second, { last, kept: keptUrls });
    assert.deepEqual(filesOf(last), before);
    for (const [name, ino] of inodes) assert.equal(inode(path.join(last, name)), ino, name);
  });

  test('should seed nothing from a folder without a bundle', () => {
    const dir = tempDir();
    assert.deepEqual(seedBundle(path.join(dir, 'missing'), path.join(dir, 'out'), keptUrls), []);
  });
});

describe('sharedStarts', () => {
  test('should name both fragments of a hash start two of them share, and no other', () => {
    assert.deepEqual([...sharedStarts(new Set(['en_1234567', 'en_12345678', 'en_abcdef0', 'pt-br_abcdef0']))].sort(), ['en_1234567', 'en_12345678']);
  });
});

describe('pagefindUrl', () => {
  test('should give a folder page its folder and a file page its file, and nothing for a name Pagefind may encode', () => {
    assert.equal(pagefindUrl('index.html'), '/');
    assert.equal(pagefindUrl('about/index.html'), '/about/');
    assert.equal(pagefindUrl('page.html'), '/page.html');
    assert.equal(pagefindUrl('a b/index.html'), undefined);
    assert.equal(pagefindUrl('caf\u00e9/index.html'), undefined);
    assert.equal(pagefindUrl('../index.html'), undefined);
  });
});
