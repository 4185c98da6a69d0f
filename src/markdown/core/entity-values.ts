/**
 * Entity references where Python-Markdown leaves them raw inside an attribute (a link or image
 * title, a URL, an image's alt text), so the browser decodes them, not micromark: a numeric
 * reference reads as HTML reads it, `&#128;` as `€` (Windows-1252's character), an out-of-range
 * one as U+FFFD; a named one micromark does not know stays as written (HTML decodes no
 * `&name;` with a longer name in an attribute).
 *
 * ```
 * ![&#128;](x.png "&#12345678;")  ->  <img alt="€" src="x.png" title="�">
 * ```
 * (micromark: `alt="&#x26;#128;"`, `title="&#x26;#12345678;"`; core/entity.ts has the text rule.)
 */
import type { Nodes } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { decodeString } from 'micromark-util-decode-string';

/** Windows-1252's characters for 0x80-0x9F, which HTML reads for those numeric references. */
const WINDOWS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** A numeric reference's digits as HTML's tokenizer decodes them. */
export function browserNumericReference(digits: string, base: 10 | 16): string {
  const code = Number.parseInt(digits, base);
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code >= 0x80 && code <= 0x9f ? (WINDOWS_1252[code - 0x80] ?? code) : code);
}

/** Every character reference of an attribute value written raw (a definition's URL or title), decoded as HTML does. */
export function decodeAttributeReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(REFERENCE, (reference: string, decimal?: string, hexadecimal?: string) => {
    if (decimal !== undefined) return browserNumericReference(decimal, 10);
    if (hexadecimal !== undefined) return browserNumericReference(hexadecimal, 16);
    return decodeString(reference);
  });
}

const REFERENCE = /&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|[a-zA-Z0-9]+);/g;

/** A numeric reference core/entity.ts left raw. */
const RAW_REFERENCE = /^&#(?:([0-9]+)|[xX]([0-9a-fA-F]+));$/;

export const pythonEntityFromMarkdown: Extension = {
  exit: { characterReferenceValue: exitReferenceValue, label: exitLabel },
};

/** mdast-util-from-markdown's handler, with numeric references decoded as HTML does. */
function exitReferenceValue(this: CompileContext, token: Token): undefined {
  const data = this.sliceSerialize(token);
  const type = this.data.characterReferenceType;
  this.data.characterReferenceType = undefined;
  const value = type ? browserNumericReference(data, type === 'characterReferenceMarkerNumeric' ? 10 : 16) : decodeString(`&${data};`);
  const tail = this.stack[this.stack.length - 1];
  if (tail && 'value' in tail) tail.value += value;
}

/** mdast-util-from-markdown's handler, with the raw references in an image's alt text decoded. */
function exitLabel(this: CompileContext): undefined {
  const fragment = this.stack[this.stack.length - 1];
  const value = this.resume();
  const node = this.stack[this.stack.length - 1];
  // Assume a reference (as mdast-util-from-markdown does).
  this.data.inReference = true;
  if (node?.type === 'link' && fragment?.type === 'fragment') node.children = fragment.children;
  else if (node?.type === 'image') node.alt = fragment?.type === 'fragment' ? fragment.children.map(altText).join('') : value;
}

declare module 'mdast' {
  interface Data {
    /**
     * The text an extension's element shows, where Python-Markdown reads an element's text into
     * an attribute (an image's alt): arithmatex's `\(a\)` for `$a$` in generic mode.
     */
    pythonText?: string | undefined;
  }
}

/** mdast-util-to-string's text, with the raw numeric references decoded. */
function altText(node: Nodes): string {
  if (node.data?.pythonText !== undefined) return node.data.pythonText;
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'html') {
    const [, decimal, hexadecimal] = RAW_REFERENCE.exec(node.value) ?? [];
    if (decimal !== undefined) return browserNumericReference(decimal, 10);
    return hexadecimal === undefined ? node.value : browserNumericReference(hexadecimal, 16);
  }
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(altText).join('') : '';
}
