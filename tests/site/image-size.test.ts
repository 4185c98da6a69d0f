/** src/site/image-size.ts: the logo's intrinsic size, read from its file's header. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { imageSize, logoSize } from '../../src/site/image-size.ts';

const svg = (tag: string) => new TextEncoder().encode(`<?xml version="1.0"?>\n${tag}<path d="M0 0"/></svg>`);

function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  const view = new DataView(bytes.buffer);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('imageSize', () => {
  test('should read an SVG\'s viewBox when it has no width and height', () => {
    assert.deepEqual(imageSize(svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 12" role="img">'), 'logo.svg'), { width: 24, height: 12 });
  });

  test('should prefer an SVG\'s width and height in px or user units over its viewBox', () => {
    assert.deepEqual(imageSize(svg('<svg width="120px" height=\'40\' viewBox="0 0 24 24">'), 'a.svg'), { width: 120, height: 40 });
  });

  test('should take one given length and the viewBox\'s ratio for the other', () => {
    assert.deepEqual(imageSize(svg('<svg height="48" viewBox="0,0,48,24">'), 'a.svg'), { width: 96, height: 48 });
  });

  test('should not guess from relative lengths, nor from an SVG without a size', () => {
    assert.equal(imageSize(svg('<svg width="100%" height="2em">'), 'a.svg'), undefined);
    assert.equal(imageSize(svg('<svg>'), 'a.svg'), undefined);
    assert.equal(imageSize(svg('<svg viewBox="0 0 0 10">'), 'a.svg'), undefined);
  });

  test('should read PNG, GIF and JPEG headers', () => {
    assert.deepEqual(imageSize(png(300, 100), 'logo.PNG'), { width: 300, height: 100 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xc8, 0x00]);
    assert.deepEqual(imageSize(gif, 'a.gif'), { width: 320, height: 200 });
    // SOI, an APP0 segment of 4 bytes, then SOF0: length 17, precision 8, height 90, width 160.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x5a, 0x00, 0xa0, 0x03]);
    assert.deepEqual(imageSize(jpeg, 'a.jpeg'), { width: 160, height: 90 });
  });

  test('should not read a file whose bytes do not match its name, nor a truncated one', () => {
    assert.equal(imageSize(png(10, 10), 'a.gif'), undefined);
    assert.equal(imageSize(png(10, 10).subarray(0, 20), 'a.png'), undefined);
    assert.equal(imageSize(new Uint8Array([0xff, 0xd8, 0xff]), 'a.jpg'), undefined);
    assert.equal(imageSize(png(10, 10), 'a.webp'), undefined);
  });
});

describe('logoSize', () => {
  const files = [{ from: '/p/assets/brand/logo.svg', to: 'assets/brand/logo.svg' }];
  const read = (file: string) => (file === '/p/assets/brand/logo.svg' ? svg('<svg viewBox="0 0 24 24">') : new Uint8Array());

  test('should read the published file at the logo\'s address', () => {
    assert.deepEqual(logoSize('assets/brand/logo.svg', files, read), { width: 24, height: 24 });
  });

  test('should say nothing for no logo, a logo not published here or a file that cannot be read', () => {
    assert.equal(logoSize(undefined, files, read), undefined);
    assert.equal(logoSize('https://example.org/logo.svg', files, read), undefined);
    assert.equal(logoSize('assets/brand/logo.svg', files, () => { throw new Error('EACCES'); }), undefined);
  });
});
