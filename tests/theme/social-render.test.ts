import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { deflateSync } from 'node:zlib';
import type { SocialCard } from '../../src/site/social-cards.ts';
import { fontMetrics } from '../../src/theme/font-metrics.ts';
import { fontsourceLocator } from '../../src/theme/fonts.ts';
import { cardFonts } from '../../src/theme/social-fonts.ts';
import { cardRenderer, textMetrics } from '../../src/theme/social-render.ts';
import { saveImage } from '../helpers/screenshot.ts';

/** A font of two tables: head (unitsPerEm at 18) and hhea (ascender at 4, descender at 6). */
function tables(unitsPerEm: number, ascender: number, descender: number): Array<[string, Buffer]> {
  const head = Buffer.alloc(54);
  head.writeUInt16BE(unitsPerEm, 18);
  const hhea = Buffer.alloc(36);
  hhea.writeInt16BE(ascender, 4);
  hhea.writeInt16BE(-descender, 6);
  return [['head', head], ['hhea', hhea]];
}

function sfnt(parts: Array<[string, Buffer]>): Buffer {
  const header = Buffer.alloc(12 + parts.length * 16);
  header.writeUInt16BE(parts.length, 4);
  let offset = header.length;
  parts.forEach(([tag, data], index) => {
    header.write(tag, 12 + index * 16, 'latin1');
    header.writeUInt32BE(offset, 12 + index * 16 + 8);
    header.writeUInt32BE(data.length, 12 + index * 16 + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...parts.map(([, data]) => data)]);
}

function woff(parts: Array<[string, Buffer]>): Buffer {
  const header = Buffer.alloc(44 + parts.length * 20);
  header.writeUInt32BE(0x774f4646, 0);
  header.writeUInt16BE(parts.length, 12);
  const bodies = parts.map(([, data]) => deflateSync(data));
  let offset = header.length;
  parts.forEach(([tag, data], index) => {
    const at = 44 + index * 20;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(offset, at + 4);
    header.writeUInt32BE(bodies[index]?.length ?? 0, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    offset += bodies[index]?.length ?? 0;
  });
  return Buffer.concat([header, ...bodies]);
}

describe('font metrics (src/theme/font-metrics.ts)', () => {
  test('should read unitsPerEm, ascender and descender from a TrueType file and from its WOFF', () => {
    const parts = tables(2048, 1900, 500);
    assert.deepEqual(fontMetrics(sfnt(parts)), { unitsPerEm: 2048, ascender: 1900, descender: 500 });
    assert.deepEqual(fontMetrics(woff(parts)), { unitsPerEm: 2048, ascender: 1900, descender: 500 });
  });

  test('should say nothing of a file that is no font or lacks the tables', () => {
    assert.equal(fontMetrics(Buffer.from('not a font at all')), undefined);
    assert.equal(fontMetrics(sfnt([tables(1000, 800, 200)[0] ?? ['head', Buffer.alloc(54)]])), undefined);
  });
});

describe('card text sizes (the plugin\'s _metrics)', () => {
  const roboto = { unitsPerEm: 2048, ascender: 1900, descender: 500 };
  const fits = (layer: { height: number; lines: number; lineHeight: number }, size: number) => {
    const ascender = (roboto.ascender / roboto.unitsPerEm) * size;
    const descender = (roboto.descender / roboto.unitsPerEm) * size;
    return layer.lines * ascender + descender + (layer.lines - 1) * (layer.lineHeight - 1) * ascender <= layer.height + 1e-9;
  };

  for (const layer of [{ height: 42, lines: 1, lineHeight: 1 }, { height: 310, lines: 3, lineHeight: 1.25 }, { height: 64, lines: 2, lineHeight: 1.5 }]) {
    test(`should size ${layer.lines} line(s) of height ${layer.lineHeight} to the largest whole size that fits ${layer.height}px`, () => {
      const { size, step } = textMetrics(layer, roboto);
      assert.ok(fits(layer, size) && !fits(layer, size + 1), `size ${size}`);
      assert.equal(step, layer.lineHeight * (roboto.ascender / roboto.unitsPerEm) * size, 'a line step is its line height of ascenders');
    });
  }
});

describe('card fonts (src/theme/social-fonts.ts)', () => {
  test('should load the family\'s bold and regular faces, Latin first, every subset', () => {
    const fonts = cardFonts('Roboto', fontsourceLocator());
    assert.equal(fonts.problem, undefined);
    assert.deepEqual([...new Set(fonts.faces.map((face) => face.weight))], [700, 400]);
    assert.deepEqual(fonts.faces.filter((face) => face.weight === 700).slice(0, 2).map((face) => face.subset), ['latin', 'latin-ext']);
    assert.ok(fonts.faces.some((face) => face.subset === 'greek'));
    assert.equal(fonts.metrics[700].unitsPerEm, 2048);
  });

  test('should draw Roboto, with a warning, for a family that is not installed (never a font host)', () => {
    const fonts = cardFonts('Not A Font', fontsourceLocator());
    assert.equal(fonts.family, 'Roboto');
    assert.match(fonts.problem ?? '', /"Not A Font" is not installed \(npm install @fontsource\/not-a-font/);
  });
});

describe('a card drawn (src/theme/social-render.ts)', () => {
  const card: SocialCard = { to: 'x.png', siteName: 'Social Site', title: 'Setting up the project on Ελληνικά machines', description: 'Everything you need to install, step by step.', background: '#009485', backgroundImage: undefined, color: '#ffffff', fontFamily: 'Roboto', logo: { kind: 'icon', name: 'material/rocket' } };
  // Material's rocket, as the model's icons hold it (the icon sets paint with currentColor).
  const mdi = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@iconify-json/mdi/icons.json'), 'utf8')) as { icons: Record<string, { body: string }> };
  const icons = { 'material/rocket': `<svg aria-hidden="true" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${mdi.icons['rocket-launch']?.body ?? ''}</svg>` };

  test('should be a 1200×630 PNG', async () => {
    const renderer = await cardRenderer(fontsourceLocator(), icons);
    const problems: unknown[] = [];
    const png = await renderer.render(card, (problem) => problems.push(problem));
    saveImage('social-card.png', png);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
    assert.deepEqual(problems, []);
  });

  test('should draw a PNG or SVG logo and a background image under a translucent colour without a problem', async () => {
    const renderer = await cardRenderer(fontsourceLocator(), icons);
    const problems: unknown[] = [];
    const dir = mkdtempSync(path.join(tmpdir(), 'social-render-'));
    const plain = await renderer.render({ ...card, logo: undefined }, (problem) => problems.push(problem));
    // A card is a PNG: the next card's logo and background.
    writeFileSync(path.join(dir, 'logo.png'), plain);
    writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#fff"/></svg>');
    const drawn = await renderer.render({ ...card, logo: { kind: 'image', file: path.join(dir, 'logo.svg') }, background: '#00948580', backgroundImage: path.join(dir, 'logo.png') }, (problem) => problems.push(problem));
    const logo = await renderer.render({ ...card, logo: { kind: 'image', file: path.join(dir, 'logo.png') } }, (problem) => problems.push(problem));
    assert.deepEqual(problems, []);
    assert.ok(!drawn.equals(plain) && !logo.equals(plain));
  });

  test('should draw the card without a logo that cannot be read or shown, and say why: a warning for what is missing, a note for WebP', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'social-render-'));
    writeFileSync(path.join(dir, 'logo.webp'), 'RIFF');
    writeFileSync(path.join(dir, 'stub.png'), 'png');
    const renderer = await cardRenderer(fontsourceLocator(), icons);
    const problems: Array<{ severity: string; message: string }> = [];
    const missing = await renderer.render({ ...card, logo: { kind: 'image', file: path.join(dir, 'gone.png') } }, (problem) => problems.push(problem));
    await renderer.render({ ...card, logo: { kind: 'image', file: path.join(dir, 'logo.webp') } }, (problem) => problems.push(problem));
    await renderer.render({ ...card, logo: { kind: 'icon', name: 'material/nothing' } }, (problem) => problems.push(problem));
    await renderer.render({ ...card, backgroundImage: path.join(dir, 'stub.png') }, (problem) => problems.push(problem));
    assert.equal(missing.readUInt32BE(16), 1200);
    assert.deepEqual(problems.map((problem) => `${problem.severity} ${problem.message.replace(dir, 'DIR')}`), ["warning 'DIR/gone.png' cannot be read", "info 'DIR/logo.webp' is not an image the cards can show (PNG, JPEG, GIF or SVG)", "warning the icon 'material/nothing' is not known", "warning 'DIR/stub.png' is not a png image whose size can be read"]);
  });
});
