/**
 * Markup whose `style` attributes are carried as `data-md-style`, so that parsing it (DOMParser,
 * innerHTML) makes no inline style a strict Content-Security-Policy would refuse and report;
 * mermaid-csp.ts then applies each through the CSSOM. A small HTML tokenizer, not a regex: only
 * the attributes of start tags are renamed, never text, comments or the contents of `<style>`
 * and `<script>` that happen to read `style="`.
 *
 * ```ts
 * carryStyleAttributes('<span class="a" style="color: red">style="x"</span>')
 * // '<span class="a" data-md-style="color: red">style="x"</span>'
 * ```
 */

/** The attribute that carries a `style` attribute's text. */
export const CARRIED_STYLE = 'data-md-style';

/** Elements whose contents are text up to their end tag (HTML's raw text and escapable raw text elements). */
const RAW_TEXT = new Set(['style', 'script', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

const SPACE = /[\t\n\f\r ]/;

/** Index of the first character at or after `from` that `stop` matches (or the end). */
function skipUntil(markup: string, from: number, stop: RegExp): number {
  let index = from;
  while (index < markup.length && !stop.test(markup.charAt(index))) index++;
  return index;
}

/**
 * Reads the start tag whose name begins at `from` (just after `<`), renaming its `style`
 * attribute; returns the tag as it is to be written, its name and where it ends (after `>`).
 */
function startTag(markup: string, from: number): { text: string; name: string; end: number } {
  let index = skipUntil(markup, from, /[\t\n\f\r />]/);
  const name = markup.slice(from, index).toLowerCase();
  let text = markup.slice(from - 1, index);
  while (index < markup.length) {
    const char = markup.charAt(index);
    if (char === '>') return { text: `${text}>`, name, end: index + 1 };
    if (SPACE.test(char) || char === '/') {
      text += char;
      index++;
      continue;
    }
    // An attribute: its name (a leading `=` belongs to the name, as in HTML), then maybe `=` and a value.
    const nameEnd = skipUntil(markup, index + 1, /[\t\n\f\r />=]/);
    const attribute = markup.slice(index, nameEnd);
    text += attribute.toLowerCase() === 'style' ? CARRIED_STYLE : attribute;
    index = nameEnd;
    const afterSpace = skipUntil(markup, index, /[^\t\n\f\r ]/);
    if (markup.charAt(afterSpace) !== '=') continue;
    const valueStart = skipUntil(markup, afterSpace + 1, /[^\t\n\f\r ]/);
    const quote = markup.charAt(valueStart);
    const valueEnd = quote === '"' || quote === "'"
      ? Math.min(markup.length, skipUntil(markup, valueStart + 1, quote === '"' ? /"/ : /'/) + 1)
      : skipUntil(markup, valueStart, /[\t\n\f\r >]/);
    text += markup.slice(index, valueEnd);
    index = valueEnd;
  }
  return { text, name, end: index };
}

/** `markup` with each start tag's `style` attribute renamed CARRIED_STYLE; everything else as it was. */
export function carryStyleAttributes(markup: string): string {
  if (!/style/i.test(markup)) return markup;
  let out = '';
  let index = 0;
  while (index < markup.length) {
    const open = markup.indexOf('<', index);
    if (open === -1) break;
    out += markup.slice(index, open);
    const next = markup.charAt(open + 1);
    if (markup.startsWith('<!--', open)) {
      const close = markup.indexOf('-->', open + 4);
      index = close === -1 ? markup.length : close + 3;
      out += markup.slice(open, index);
    } else if (/[a-z]/i.test(next)) {
      const tag = startTag(markup, open + 1);
      out += tag.text;
      index = tag.end;
      if (RAW_TEXT.has(tag.name) && !tag.text.endsWith('/>')) {
        const close = markup.toLowerCase().indexOf(`</${tag.name}`, index);
        const end = close === -1 ? markup.length : close;
        out += markup.slice(index, end);
        index = end;
      }
    } else {
      // An end tag, `<!doctype>`, `<?...>` or a lone `<`: nothing in them is renamed.
      out += '<';
      index = open + 1;
    }
  }
  return out + markup.slice(index);
}
