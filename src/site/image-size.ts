/**
 * The intrinsic size of an image file, read from its header: SVG (`width`/`height` in px, else
 * the `viewBox`), PNG, GIF and JPEG. The theme writes it on the logo's `<img width height>` so
 * the browser reserves the logo's box before the file arrives (no layout shift; Lighthouse's
 * "Image elements do not have explicit width and height"). Undefined when it cannot tell.
 *
 * ```ts
 * imageSize(Buffer.from('<svg viewBox="0 0 24 12">'), 'logo.svg') // { width: 24, height: 12 }
 * ```
 */

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

const positive = (width: number, height: number): ImageSize | undefined => (width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height) ? { width, height } : undefined);

/** An SVG length in user units: a plain number or `px`; `%`, `em`... say nothing of the size. */
function svgLength(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$/.exec(value);
  return match ? Number(match[1]) : undefined;
}

function svgSize(text: string): ImageSize | undefined {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(1).find((value) => value !== undefined);
  const width = svgLength(attribute('width'));
  const height = svgLength(attribute('height'));
  if (width !== undefined && height !== undefined) return positive(width, height);
  const box = attribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box?.length !== 4) return undefined;
  const [, , boxWidth = 0, boxHeight = 0] = box;
  // One length given: the other follows the viewBox's ratio, as the browser sizes it.
  if (width !== undefined) return positive(width, (width * boxHeight) / boxWidth);
  if (height !== undefined) return positive((height * boxWidth) / boxHeight, height);
  return positive(boxWidth, boxHeight);
}

function jpegSize(bytes: Uint8Array): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    // Start-of-frame markers (baseline, progressive...), not DHT (c4), JPG (c8) or DAC (cc).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return positive(view.getUint16(at + 7), view.getUint16(at + 5));
    }
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}

export function imageSize(bytes: Uint8Array, name: string): ImageSize | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (extension === 'svg') return svgSize(new TextDecoder().decode(bytes.subarray(0, 4096)));
  if (extension === 'png' && bytes.length >= 24 && view.getUint32(0) === 0x89504e47) return positive(view.getUint32(16), view.getUint32(20));
  if (extension === 'gif' && bytes.length >= 10 && new TextDecoder().decode(bytes.subarray(0, 3)) === 'GIF') return positive(view.getUint16(6, true), view.getUint16(8, true));
  if ((extension === 'jpg' || extension === 'jpeg') && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes);
  return undefined;
}

/** The static file published at the logo's address (`theme.logo`, site-relative); undefined for an icon or a URL. */
export function logoFile<File extends { readonly to: string }>(logo: string | undefined, staticFiles: readonly File[]): File | undefined {
  return logo === undefined ? undefined : staticFiles.find((candidate) => candidate.to === logo.replace(/^\.?\//, ''));
}

/**
 * The size of the logo (`theme.logo`, site-relative) from the static file published at its
 * address; undefined for an icon, a file that is not published here or one that cannot be read.
 */
export function logoSize(logo: string | undefined, staticFiles: readonly { readonly from: string; readonly to: string }[], read: (file: string) => Uint8Array): ImageSize | undefined {
  const file = logoFile(logo, staticFiles);
  if (!file) return undefined;
  try {
    return imageSize(read(file.from), file.to);
  } catch {
    return undefined;
  }
}
