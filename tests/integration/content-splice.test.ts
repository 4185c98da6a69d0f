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
import { titleHeading } from '../../src/shared/title-heading.ts';

const out = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-splice-'));
after(() => rmSync(out, { recursive: true, force: true }));

const page = (route: string, html: string, title = 'Big & <bold>') => ({ route, dest: `${route}/index.html`, title, html });
/** The file Astro would write for `content`, as the layout draws it: characters beyond ASCII on both sides, which the splice copies as bytes. */
const around = (content: string) => `<!doctype html><html><body><nav>Ω 😄</nav><article>${content}</article><footer>é</footer></body></html>`;

describe('contentSplice', () => {
  test('writes the titled content where the marker is: the file Astro would have written', () => {
    // Over a megabyte, with characters beyond Latin-1 across the slices' edges.
    const html = `<p>${'😄 a&amp;b '.repeat(120_000)}</p>`;
    const big = page('p1', html);
    const splice = contentSplice([big], () => true, 'token');
    const marker = splice.marker('p1');
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
    writeFileSync(path.join(out, big.dest), around(splice.marker('p5') ?? ''));
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
    writeFileSync(path.join(out, big.dest), around(splice.marker('p6') ?? ''));
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
    writeFileSync(path.join(out, own.dest), around(splice.marker('p2') ?? ''));
    splice.apply(out);
    assert.equal(readFileSync(path.join(out, own.dest), 'utf8'), around(own.html));
  });

  test('draws no marker for a page it does not splice, and leaves a file without its marker as it is', () => {
    const small = page('p3', '<p>small</p>');
    const hidden = page('p4', '<p>hidden</p>');
    const splice = contentSplice([small, hidden], (p) => p.route === 'p4', 't');
    assert.equal(splice.marker('p3'), undefined);
    assert.equal(splice.marker('nope'), undefined);
    assert.ok(splice.marker('p4'));
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
