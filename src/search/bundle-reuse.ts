/**
 * The last build's search fragments, reused for the pages it kept as they were.
 *
 * Pagefind names each page's fragment (its URL, text and anchors, gzipped) by its content: the
 * language, `_`, and the start of the SHA-1 of the uncompressed bytes, written as hex without
 * zero padding (pagefind/src/utils.rs full_hash; a longer start when two pages of one index share
 * it). It never writes such a file that is already there, nor compresses it
 * (pagefind/src/output/mod.rs, `WriteBehavior::Immutable`), and compressing (gzip at its best
 * level) is most of its write: a rebuild of the corpus with one page changed compressed and wrote
 * the other 122 fragments again, the same bytes.
 *
 * So before the write, the last bundle's fragments of the pages this build keeps as they were
 * (same file, so the same fragment) are linked into the new bundle's folder (seedBundle), found
 * by the URL each fragment starts with. Only those: a name is a short hash prefix, and a file of
 * another page, or of a page's old text, could share its name with a new fragment of other bytes
 * (Pagefind's own note on it); a kept page's fragment is one the new index has too, so a name
 * two of its fragments share shows in the index as one name the start of another. After the
 * write (settleBundle), a seeded fragment the new index does not name is removed, and one it names
 * is removed when such a shared start is there, when its page has a fragment Pagefind wrote now
 * (the page was indexed otherwise: what mkdocs-exclude-search leaves out changed, and the old
 * fragment's name may be a new one's), or when its bytes do not hash to its name (changed
 * since): the caller then has Pagefind write again, which writes exactly those.
 *
 *   const seeded = seedBundle('site/pagefind', 'work/out/pagefind', new Set(['/', '/about/']));
 *   await index.writeFiles({ outputPath: 'work/out/pagefind' });
 *   if (settleBundle('work/out/pagefind', seeded).length > 0) await index.writeFiles({ outputPath: 'work/out/pagefind' });
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { bundleLanguages, bundleParts } from './bundle-entry.ts';

const FRAGMENTS = 'fragment';
const FRAGMENT_ENDING = '.pf_fragment';
/** What starts every compressed file's content, before the bytes its name hashes. */
const MARKER = 'pagefind_dcd';
/** Compressed bytes read to find a fragment's URL (its first field); the whole file when they are not enough. */
const HEAD_BYTES = 1024;

/**
 * The URL Pagefind gives the page at `dest` (a site file, POSIX), for a name it is sure of:
 * `about/index.html` is `/about/`, `page.html` `/page.html`. Undefined for a name with any other
 * character than letters, digits, `_`, `.` and `-`, which Pagefind may encode: such a page's
 * fragment is not reused (never mistaken for another's).
 */
export function pagefindUrl(dest: string): string | undefined {
  if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(dest) || dest.split('/').some((part) => /^\.+$/.test(part))) return undefined;
  return `/${dest.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A fragment linked from the last bundle: its name under the bundle (POSIX) and its page's URL. */
export interface SeededFragment {
  readonly name: string;
  readonly url: string;
}

/**
 * Links the fragments of the bundle `last` whose URL is one of `kept` into `outputPath`, looking
 * in each of its parts but those `whole` names (kept whole, their pages in none of the new parts:
 * kept-parts.ts; one that cannot be linked after all has its pages' fragments written again).
 * None when `last` has no bundle. A fragment that cannot be read or linked is left to Pagefind.
 */
export function seedBundle(last: string, outputPath: string, kept: ReadonlySet<string>, whole: ReadonlySet<string> = new Set()): SeededFragment[] {
  const seeded: SeededFragment[] = [];
  if (kept.size === 0 || !existsSync(path.join(last, 'pagefind-entry.json'))) return seeded;
  let made = false;
  // Every part of the last index (index-parts.ts PART_CHARS): a page may have been in another then.
  for (const folder of ['', ...bundleParts(last).map((part) => part.slice(0, -1))]) {
    if (whole.has(folder)) continue;
    for (const name of safeList(path.join(last, folder, FRAGMENTS))) {
      if (!name.endsWith(FRAGMENT_ENDING)) continue;
      const from = path.join(last, folder, FRAGMENTS, name);
      const url = fragmentUrl(from);
      if (url === undefined || !kept.has(url)) continue;
      try {
        if (!made) mkdirSync(path.join(outputPath, FRAGMENTS), { recursive: true });
        made = true;
        linkSync(from, path.join(outputPath, FRAGMENTS, name));
        seeded.push({ name: `${FRAGMENTS}/${name}`, url });
      } catch {
        // Written by Pagefind instead; or a file of that name was linked from another part of the
        // last index: a page the new one has too, so settleBundle sees the two share a name.
      }
    }
  }
  return seeded;
}

/**
 * After Pagefind wrote into `outputPath`: removes each of the `seeded` fragments the new index
 * does not name, and each it names that another name it has starts with (two fragments with one
 * start), whose page has a fragment Pagefind wrote now, or whose bytes do not hash to its name;
 * returns those last three (Pagefind must write them). A fragment is named when its hash appears
 * in a metadata file's uncompressed bytes (as a CBOR text string): a stray match keeps a file,
 * never removes one the index needs.
 */
export function settleBundle(outputPath: string, seeded: readonly SeededFragment[]): string[] {
  const named = Buffer.concat(metaFiles(outputPath).map((file) => contentOf(readFileSync(path.join(outputPath, file))) ?? Buffer.alloc(0)));
  const written = safeList(path.join(outputPath, FRAGMENTS));
  const inIndex = new Set(written.map((name) => path.basename(name, FRAGMENT_ENDING)).filter((hash) => named.includes(hash)));
  const shared = sharedStarts(inIndex);
  // The pages of the fragments Pagefind wrote now (in a rebuild, the few changed pages').
  const linked = new Set(seeded.map(({ name }) => name));
  const fresh = new Set(written.flatMap((name) => (linked.has(`${FRAGMENTS}/${name}`) ? [] : fragmentUrl(path.join(outputPath, FRAGMENTS, name)) ?? [])));
  const wrong: string[] = [];
  for (const { name, url } of seeded) {
    const file = path.join(outputPath, ...name.split('/'));
    const hash = path.basename(name, FRAGMENT_ENDING);
    if (!inIndex.has(hash)) {
      rmSync(file, { force: true });
      continue;
    }
    if (shared.has(hash) || fresh.has(url) || !holdsItsName(file, hash)) {
      rmSync(file, { force: true });
      wrong.push(name);
    }
  }
  return wrong;
}

/** Shortest start of a hash Pagefind names a file by (after `<language>_`). */
const SHORT_HASH = 7;

/** The names of `names` one of which starts another (`en_1a2b3c4`, `en_1a2b3c4d`): two fragments whose hashes start alike. */
export function sharedStarts(names: ReadonlySet<string>): Set<string> {
  const shared = new Set<string>();
  for (const name of names) {
    const hashAt = name.lastIndexOf('_') + 1;
    for (let end = hashAt + SHORT_HASH; end < name.length; end++) {
      const start = name.slice(0, end);
      if (!names.has(start)) continue;
      shared.add(start);
      shared.add(name);
    }
  }
  return shared;
}

/** The metadata files `pagefind-entry.json` names, one per language. */
function metaFiles(outputPath: string): string[] {
  return bundleLanguages(outputPath).flatMap(({ hash }) => (hash === undefined ? [] : [`pagefind.${hash}.pf_meta`]));
}

/** Whether the file's uncompressed content, after the marker, has the SHA-1 its name starts with (after `<language>_`). */
function holdsItsName(file: string, hash: string): boolean {
  const prefix = hash.slice(hash.lastIndexOf('_') + 1);
  const content = contentOf(readFileSync(file));
  return content !== undefined && prefix.length > 0 && pagefindHash(content).startsWith(prefix);
}

/** The URL a fragment file starts with (`{"url":"/about/",...`), read from its first bytes. */
function fragmentUrl(file: string): string | undefined {
  let head: Buffer;
  try {
    const fd = openSync(file, 'r');
    try {
      head = Buffer.alloc(HEAD_BYTES);
      head = head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const found = urlIn(head, true);
  if (found !== undefined || head.length < HEAD_BYTES) return found;
  try {
    return urlIn(readFileSync(file), false);
  } catch {
    return undefined;
  }
}

/** The `url` field a fragment's bytes (`partial`: its first bytes only) start with. */
function urlIn(bytes: Buffer, partial: boolean): string | undefined {
  const text = contentOf(bytes, partial)?.toString('utf8');
  const field = text === undefined ? undefined : /^\{"url":("(?:[^"\\]|\\.)*")/.exec(text)?.[1];
  try {
    const parsed: unknown = field === undefined ? undefined : JSON.parse(field);
    return typeof parsed === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A compressed file's bytes after the marker (`partial`: of its first bytes only); undefined when it cannot be read so. */
function contentOf(bytes: Buffer, partial = false): Buffer | undefined {
  try {
    const content = gunzipSync(bytes, partial ? { finishFlush: constants.Z_SYNC_FLUSH } : {});
    return content.subarray(0, MARKER.length).toString('latin1') === MARKER ? content.subarray(MARKER.length) : undefined;
  } catch {
    return undefined;
  }
}

/** SHA-1 as Pagefind writes it (pagefind/src/utils.rs full_hash): each byte in hex without its leading zero. */
export function pagefindHash(bytes: Uint8Array): string {
  return [...createHash('sha1').update(bytes).digest()].map((byte) => byte.toString(16)).join('');
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
