/**
 * A big page's content written into its file at the marker Astro drew (src/integration/content-splice.ts):
 * the same file as Astro drawing it, with the title heading Material adds.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { contentIsOurs, contentSplice } from '../../src/integration/content-splice.ts';
import type { TocEntry } from '../../src/markdown/index.ts';
import { titleHeading } from '../../src/shared/title-heading.ts';
import { tocEntries } from '../../src/theme/toc.ts';
import { tocItemsHtml } from '../../src/theme/toc-html.ts';

const out = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-splice-'));
after(() => rmSync(out, { recursive: true, force: true }));

const page = (route: string, html: string, title = 'Big & <bold>', toc: TocEntry[] = []) => ({ route, dest: `${route}/index.html`, title, html, toc });
/** The file Astro would write for `content`, as the layout draws it: characters beyond ASCII on both sides, which the splice copies as bytes. */
const around = (content: string) => `<!doctype html><html><body><nav>Ω 😄</nav><article>${content}</article><footer>é</footer></body></html>`;

describe('contentSplice', () => {
  test('writes the titled content where the marker is: the file Astro would have written', () => {
    // Over a megabyte, with characters beyond Latin-1 across the slices' edges.
    const html = `<p>${'😄 a&amp;b '.repeat(120_000)}</p>`;
    const big = page('p1', html);
    const splice = contentSplice([big], () => true, 'token');
    const marker = splice.markers('p1')?.content;
    assert.ok(marker?.includes('token'));
    mkdirSync(path.join(out, 'p1'));
    writeFileSync(path.join(out, big.dest), around(marker ?? ''));
    splice.apply(out);
    assert.equal(readFileSync(path.join(out, big.dest), 'utf8'), around(`<h1>Big &amp; &lt;bold></h1>${html}`));
  });

  test('writes a character beyond the BMP whole where a slice of the content ends inside it', () => {
    // The pair's first half is the last character of the first 1 MiB slice.
    const html = `<p>${'a'.repeat((1 << 20) - 4)}😄</p>`;
    const big = page('p5', html);
    const splice = contentSplice([big], () => true, 'token');
    mkdirSync(path.join(out, 'p5'));
    writeFileSync(path.join(out, big.dest), around(splice.markers('p5')?.content ?? ''));
    splice.apply(out);
    assert.equal(readFileSync(path.join(out, big.dest), 'utf8'), around(`<h1>Big &amp; &lt;bold></h1>${html}`));
  });

  test('copies content held in a file (page-html.ts), titled the same', () => {
    const html = `<p>${'😄 a&amp;b '.repeat(120_000)}</p>`;
    const file = path.join(out, 'p6.content.html');
    writeFileSync(file, html);
    const big = { ...page('p6', ''), html: { file, chars: html.length } };
    const splice = contentSplice([big], () => true, 'token');
    mkdirSync(path.join(out, 'p6'));
    writeFileSync(path.join(out, big.dest), around(splice.markers('p6')?.content ?? ''));
    splice.apply(out);
    assert.equal(readFileSync(path.join(out, big.dest), 'utf8'), around(`<h1>Big &amp; &lt;bold></h1>${html}`));
    // Its own h1, found in the file: no heading added.
    writeFileSync(file, `<h1 id="x">Own</h1>${html}`);
    assert.equal(titleHeading(big), '');
  });

  test('adds no title heading to content that has its own h1', () => {
    const own = page('p2', '<h1 id="x">Own</h1><p>x</p>');
    assert.equal(titleHeading(own), '');
    const splice = contentSplice([own], () => true, 't');
    mkdirSync(path.join(out, 'p2'));
    writeFileSync(path.join(out, own.dest), around(splice.markers('p2')?.content ?? ''));
    splice.apply(out);
    assert.equal(readFileSync(path.join(out, own.dest), 'utf8'), around(own.html));
  });

  test('writes the toc\'s entries where each toc marker is, as the layout draws them, and the content at its own', () => {
    const heading = (level: number, id: string, children: TocEntry[] = []): TocEntry => ({ level, id, name: `${id} & é`, children });
    // Material leaves the h1 out of the toc (toc.ts tocEntries); more entries than one write takes.
    const toc = [heading(1, 'title', Array.from({ length: 2_000 }, (_, i) => heading(2, `h${i}`, [heading(3, `h${i}-a`)])))];
    const big = page('p7', '<h1 id="title">T</h1><p>😄</p>', 'T', toc);
    const splice = contentSplice([big], () => true, 'token');
    const markers = splice.markers('p7');
    assert.ok(markers && markers.toc !== markers.content);
    // Drawn twice (the nav's integrated toc, the secondary sidebar), around the content.
    const drawn = (items: string, content: string) => `<nav>${items}</nav>${around(content)}<aside>Ω ${items}</aside>`;
    mkdirSync(path.join(out, 'p7'));
    writeFileSync(path.join(out, big.dest), drawn(markers.toc, markers.content));
    splice.apply(out);
    const items = tocItemsHtml(tocEntries(big));
    assert.ok(items.length > 1 << 17, 'the toc takes several writes');
    assert.equal(readFileSync(path.join(out, big.dest), 'utf8'), drawn(items, big.html));
  });

  test('draws no marker for a page it does not splice, and leaves a file without its marker as it is', () => {
    const small = page('p3', '<p>small</p>');
    const hidden = page('p4', '<p>hidden</p>');
    const splice = contentSplice([small, hidden], (p) => p.route === 'p4', 't');
    assert.equal(splice.markers('p3'), undefined);
    assert.equal(splice.markers('nope'), undefined);
    assert.ok(splice.markers('p4'));
    // A site's container block that draws no content: the marker is never written.
    mkdirSync(path.join(out, 'p4'));
    writeFileSync(path.join(out, hidden.dest), around(''));
    splice.apply(out);
    assert.equal(readFileSync(path.join(out, hidden.dest), 'utf8'), around(''));
  });
});

describe('contentIsOurs', () => {
  test('is false where a site template draws the content (the content block or partials/content.html)', () => {
    assert.equal(contentIsOurs({ overrides: undefined, blog: undefined }), true);
    assert.equal(contentIsOurs({ overrides: { blocks: { content: [] }, partials: {} }, blog: undefined }), false);
    assert.equal(contentIsOurs({ overrides: { blocks: {}, partials: { content: [] } }, blog: undefined }), false);
  });
});
