/**
 * A small HTML tag scanner with the rules of Python-Markdown's HTMLExtractor (markdown/htmlparser.py),
 * which decides where a raw HTML block ends: a block-level start tag at the start of a line opens it,
 * every start tag inside is pushed, an end tag pops down to its match, and the block ends when the
 * stack is empty, blank lines notwithstanding.
 */

/** Python-Markdown 3.10's `block_level_elements` (`html` and `center` joined the list after 3.4). */
export const BLOCK_LEVEL = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'table', 'ul', 'canvas', 'colgroup', 'dd', 'body', 'dt', 'group', 'html', 'iframe', 'li',
  'legend', 'math', 'map', 'noscript', 'output', 'object', 'option', 'progress', 'script', 'style', 'summary',
  'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'tr', 'video', 'center',
]);

/** Elements whose content is not markup (HTMLParser's CDATA_CONTENT_ELEMENTS). */
const CDATA_CONTENT = new Set(['script', 'style']);

export type HtmlToken =
  | { kind: 'start'; name: string; start: number; end: number; selfClosing: boolean; attributes: Map<string, string> }
  | { kind: 'end'; name: string; start: number; end: number }
  | { kind: 'other'; start: number; end: number };

/** Reads one tag (or comment, declaration, processing instruction) at `index`, which holds `<`. */
export function readTag(text: string, index: number): HtmlToken | undefined {
  // Sticky expressions at `index`, never `text.slice(index)`: pages hold hundreds of tags and a
  // slice per tag made scanning quadratic in the page length.
  if (text.startsWith('<!--', index)) {
    // HTMLExtractor's `commentclose`: `-->` or `--!>`.
    COMMENT_CLOSE.lastIndex = index + 4;
    const close = COMMENT_CLOSE.exec(text);
    return close ? { kind: 'other', start: index, end: close.index + close[0].length } : undefined;
  }
  if (text.startsWith('<![CDATA[', index)) {
    const close = text.indexOf(']]>', index);
    return close < 0 ? undefined : { kind: 'other', start: index, end: close + 3 };
  }
  if (text.startsWith('<?', index)) {
    // Python-Markdown patches HTMLParser's `piclose` to `?>` (`<?php echo '>'; ?>` is one).
    const close = text.indexOf('?>', index + 2);
    return close < 0 ? undefined : { kind: 'other', start: index, end: close + 2 };
  }
  if (text.startsWith('<!', index)) {
    const close = text.indexOf('>', index);
    return close < 0 ? undefined : { kind: 'other', start: index, end: close + 1 };
  }
  END_TAG.lastIndex = index;
  const endTag = END_TAG.exec(text);
  if (endTag?.[1] !== undefined) return { kind: 'end', name: endTag[1].toLowerCase(), start: index, end: index + endTag[0].length };
  START_NAME.lastIndex = index;
  const name = START_NAME.exec(text)?.[1];
  if (name === undefined) return undefined;
  const attributes = new Map<string, string>();
  let position = index + 1 + name.length;
  for (;;) {
    ATTRIBUTE.lastIndex = position;
    const match = ATTRIBUTE.exec(text);
    if (!match?.[1]) break;
    const raw = match[2] ?? match[1];
    attributes.set(match[1].toLowerCase(), /^["']/.test(raw) ? raw.slice(1, -1) : raw);
    position = ATTRIBUTE.lastIndex;
  }
  TAG_CLOSE.lastIndex = position;
  const close = TAG_CLOSE.exec(text);
  if (!close) return undefined;
  return { kind: 'start', name: name.toLowerCase(), start: index, end: position + close[0].length, selfClosing: close[1] === '/', attributes };
}

const COMMENT_CLOSE = /--!?>/g;
const END_TAG = /<\/([a-zA-Z][^\t\n\r\f />\x00]*)[^>]*>/y;
const START_NAME = /<([a-zA-Z][^`\t\n\r\f />\x00]*)/y;
const ATTRIBUTE = /\s*([^\s/>"'=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?/y;
const TAG_CLOSE = /\s*(\/?)>/y;

/**
 * Every tag of `text` in order, skipping the content of script and style (when `rawText` says
 * so for that tag: it is asked once the caller has handled the tag).
 */
export function* tags(text: string, from = 0, rawText: (token: HtmlToken) => boolean = () => true): Generator<HtmlToken> {
  let index = text.indexOf('<', from);
  while (index >= 0) {
    const token = readTag(text, index);
    if (!token) {
      index = text.indexOf('<', index + 1);
      continue;
    }
    yield token;
    let next = token.end;
    if (token.kind === 'start' && !token.selfClosing && CDATA_CONTENT.has(token.name) && rawText(token)) {
      // Names of CDATA elements are plain letters (script, style), safe inside a RegExp.
      const closing = new RegExp(`</${token.name}`, 'gi');
      closing.lastIndex = next;
      const close = closing.exec(text)?.index ?? -1;
      next = close < 0 ? text.length : close;
    }
    index = text.indexOf('<', next);
  }
}

/**
 * True when a line starting with `<` opens a raw HTML block the way Python-Markdown's extractor
 * does: a comment, doctype, CDATA section or processing instruction, or a block-level start tag (which may
 * go on over the next lines).
 */
export function opensBlock(line: string): boolean {
  // `<!x>` other than a doctype is a bogus comment to HTMLParser, which Python-Markdown keeps as text.
  if (/^<(?:\?|!--|!\[CDATA\[|!doctype)/i.test(line)) return true;
  const name = /^<([a-zA-Z][^`\t\n\r\f />\x00]*)/.exec(line)?.[1];
  return name !== undefined && BLOCK_LEVEL.has(name.toLowerCase());
}

/**
 * What closes a comment, processing instruction or CDATA section opening `line`, which must
 * exist further on for the line to open a block (unclosed, Python-Markdown's extractor reads the
 * `<` as text); undefined for other lines.
 */
export function requiredClose(line: string): RegExp | undefined {
  if (line.startsWith('<!--')) return /--!?>/;
  if (line.startsWith('<?')) return /\?>/;
  if (line.startsWith('<![CDATA[')) return /\]\]>/;
  return undefined;
}

/**
 * Where the raw block that starts at index 0 of `text` ends (the index after its closing tag),
 * or undefined when it is still open at the end of `text`.
 */
export function rawBlockEnd(text: string): number | undefined {
  return createRawBlockScan()(text);
}

/**
 * `rawBlockEnd` for a text that grows line by line (the HTML flow tokenizer asks at every line
 * end): the tag stack and the position after the last complete tag are kept, so each call only
 * reads what is new and a long raw block costs linear, not quadratic, time. Every call must pass
 * the previous text plus more.
 */
export function createRawBlockScan(): (text: string) => number | undefined {
  const stack: string[] = [];
  let resume = 0;
  return (text) => {
    let index = text.indexOf('<', resume);
    while (index >= 0) {
      const token = readTag(text, index);
      if (!token) {
        // A comment (PI, CDATA) still open hides everything after it, as HTMLParser waits for
        // its close; resume there next time.
        if (requiredClose(text.slice(index, index + 9)) !== undefined) {
          resume = index;
          return undefined;
        }
        // Maybe a tag that goes on over the next line: tried again next time (resume stays).
        index = text.indexOf('<', index + 1);
        continue;
      }
      let next = token.end;
      if (token.kind === 'start' && !token.selfClosing && CDATA_CONTENT.has(token.name)) {
        // Names of CDATA elements are plain letters (script, style), safe inside a RegExp.
        const closing = new RegExp(`</${token.name}`, 'gi');
        closing.lastIndex = next;
        const close = closing.exec(text);
        if (!close) return undefined;
        next = close.index;
      }
      const end = step(stack, token);
      if (end !== undefined && !opensInTail(text, end)) return end;
      resume = next;
      index = text.indexOf('<', next);
    }
    return undefined;
  };
}

/**
 * The rest of the line after a raw block's end starts with a block-level start tag whose
 * element goes on past the line: in its `intail` state HTMLExtractor opens a raw block there,
 * which runs to that tag's end tag (`<div></div><div>\n*x*\n</div>` is raw whole).
 */
function opensInTail(text: string, end: number): boolean {
  let index = end;
  while (text[index] === ' ' || text[index] === '\t') index++;
  if (text[index] !== '<') return false;
  const token = readTag(text, index);
  if (token?.kind !== 'start' || token.selfClosing || token.name === 'hr' || !BLOCK_LEVEL.has(token.name)) return false;
  // A tail block that ends on its line is left to the tail rule (a raw block of its own).
  const lineEnd = text.indexOf('\n', index);
  return rawBlockEnd(text.slice(index, lineEnd < 0 ? undefined : lineEnd)) === undefined;
}

/** One tag of Python-Markdown's HTMLExtractor stack; the block's end when the stack empties. */
function step(stack: string[], token: HtmlToken): number | undefined {
  if (token.kind === 'other') return stack.length === 0 ? token.end : undefined;
  if (token.kind === 'start') {
    // `<hr>` and `<div/>` are blocks of their own (handle_startendtag); inside a block they are data.
    if (token.selfClosing || token.name === 'hr') return stack.length === 0 ? token.end : undefined;
    stack.push(token.name);
    return undefined;
  }
  const at = stack.lastIndexOf(token.name);
  if (at < 0) return undefined;
  stack.length = at;
  return stack.length === 0 ? token.end : undefined;
}
