/**
 * What mkdocs-include-markdown-plugin does to an included file's text, each a pure function
 * written after the plugin's own (process.py): the `start`/`end` filter, Python's escapes in
 * those delimiters, relative URLs rewritten for the including page, the heading offset,
 * Python's textwrap.dedent and the trailing newlines stripped.
 *
 *   filterInclusions('<!--s-->', '<!--e-->', 'a<!--s-->b<!--e-->c').text  // 'b'
 *   rewriteRelativeUrls('![x](img/a.png)', '/p/README.md', '/p/docs/index.md')  // '![x](../img/a.png)'
 */
import path from 'node:path';

/** Python's string escapes in a `start` or `end` value (`\n`, `\t`, `\\`, `\x41`, `\u00e9`...); an unknown escape stays as written. */
export function interpretEscapes(value: string): string {
  const simple: Readonly<Record<string, string>> = { '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
  return value.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole, code: string) => {
    const head = code[0] ?? '';
    if (code.length === 1 && head in simple) return simple[head] ?? whole;
    if (/^[0-7]+$/.test(code)) return String.fromCodePoint(parseInt(code, 8));
    if (head === 'x' || head === 'u' || head === 'U') return String.fromCodePoint(parseInt(code.slice(1), 16));
    return whole;
  });
}

export interface Filtered {
  readonly text: string;
  /** `start` was given and is nowhere in the text. */
  readonly startMissing: boolean;
  readonly endMissing: boolean;
}

/**
 * The parts of `text` between `start` and `end`, as the plugin cuts them: with both, every part
 * after a `start` up to its `end` (several blocks are joined); with `start` only, all after its
 * first occurrence; with `end` only, all before its first one.
 */
export function filterInclusions(start: string | undefined, end: string | undefined, text: string): Filtered {
  const from = start === undefined ? undefined : interpretEscapes(start);
  const to = end === undefined ? undefined : interpretEscapes(end);
  const startMissing = from !== undefined && !text.includes(from);
  const endMissing = to !== undefined && !text.includes(to);
  if (from !== undefined && to === undefined) return { text: startMissing ? '' : text.slice(text.indexOf(from) + from.length), startMissing, endMissing };
  if (from === undefined && to !== undefined) return { text: endMissing ? text : text.slice(0, text.indexOf(to)), startMissing, endMissing };
  if (from === undefined || to === undefined) return { text, startMissing, endMissing };
  const parts = text.split(from);
  let kept = '';
  // The plugin keeps every other piece between ends too: after `start`, text up to an end, then
  // from a second end on (Python's `split(end)[::2]`).
  for (const part of parts.length > 1 ? parts.slice(1) : [text]) kept += part.split(to).filter((_, i) => i % 2 === 0).join('');
  return { text: kept, startMissing, endMissing };
}

/** The plugin's `is_url`: a scheme of two characters or more before a `:` (so `C:` is not one). */
export function isUrl(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 1 && /^[A-Za-z0-9+.-]+$/.test(text.slice(0, colon));
}

/** Lines with their line ends, as Python's splitlines(keepends=True) gives them for `\n`, `\r\n` and `\r`. */
export function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/**
 * Applies `transform` to each paragraph of `markdown`, leaving fenced code and indented code
 * (four spaces after a blank line, up to a blank line) alone, as the plugin's
 * transform_p_by_p_skipping_codeblocks does; its "maybe indented code" lines are given to
 * `transform` when no blank line follows them.
 */
function eachParagraphOutsideCode(markdown: string, transform: (paragraph: string) => string): string {
  let fence = '';
  let maybeCode: string[] = [];
  let previousBlank = false;
  const out: string[] = [];
  let paragraph = '';
  const flush = () => {
    out.push(...linesOf(transform(paragraph)));
    paragraph = '';
  };
  for (const line of linesOf(markdown)) {
    const stripped = line.trimStart();
    if (fence !== '') {
      out.push(line);
      if (stripped.startsWith(fence)) fence = '';
      previousBlank = stripped === '';
      continue;
    }
    if (stripped.startsWith('```') || stripped.startsWith('~~~')) {
      fence = stripped.slice(0, 3);
      flush();
      out.push(line);
    } else if (line.startsWith('    ')) {
      if (stripped === '' || maybeCode.length > 0) maybeCode.push(line);
      else paragraph += line;
    } else if (maybeCode.length > 0) {
      flush();
      if (!previousBlank) {
        paragraph = maybeCode.join('') + line;
        flush();
      } else {
        out.push(...maybeCode, line);
      }
      maybeCode = [];
    } else {
      paragraph += line;
    }
    previousBlank = stripped === '';
  }
  if (maybeCode.length > 0 && !previousBlank) {
    flush();
    paragraph = maybeCode.join('');
    flush();
  } else {
    flush();
    out.push(...maybeCode);
  }
  return out.join('');
}

const ATTRIBUTES = String.raw`(?:\s+(?!SRC=)[\w-]+(?:\s*=\s*)?(?:"[^"]*"|'[^']*')?)*\s+SRC=["'](\S+?)["']`;
/** The plugin's patterns (Markdown.pl's), each with the URL in its first capturing group. */
const URL_PATTERNS: readonly RegExp[] = [
  // [text](url "title"), not an image; two levels of brackets in the text.
  /(?<!!)\[(?:[^[\]]+(?:\[[^[\]]+\][^[\]]*)*)?\]\(\s*<?(.*?)>?\s*(?:(['"]).*?\2)?\)/dg,
  // ![alt](src "title")
  /!\[.*?\]\([ \t]*<?(\S+?)>?[ \t]*(?:(['"]).*?\2[ \t]*)?\)/dg,
  // [id]: url "title"
  /^[ ]{0,4}\[.+\]:[ \t]*\n?[ \t]*<?(\S+?)>?[ \t]*\n?[ \t]*(?:(?<=\s)["(].+?[")][ \t]*)?(?:\n+|$(?![\s\S]))/dgm,
  new RegExp(`<(?:img|source)${ATTRIBUTES.replaceAll('SRC', 'src')}`, 'dgm'),
  new RegExp(`<a${ATTRIBUTES.replaceAll('SRC', 'href')}`, 'dgm'),
];

/** `text` with the first capturing group of each match of `pattern` (flags `d` and `g`) replaced by `replace(group)`. */
function replaceFirstGroup(text: string, pattern: RegExp, replace: (group: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const span = match.indices?.[1];
    const group = match[1];
    if (span === undefined || group === undefined) continue;
    out += text.slice(last, span[0]) + replace(group);
    last = span[1];
  }
  return out + text.slice(last);
}

/**
 * Links and images of a file included from `source` rewritten to work from `destination`:
 * Markdown inline links and images, reference definitions, and HTML `<img>`/`<source>` `src`
 * and `<a>` `href`. URLs with a scheme, absolute paths and `#anchors` are kept; code is skipped.
 */
export function rewriteRelativeUrls(markdown: string, source: string, destination: string): string {
  const rewrite = (url: string): string => {
    if (url === '' || isUrl(url) || url.startsWith('/') || url.startsWith('#')) return url;
    const moved = path.posix.relative(path.posix.dirname(destination), path.posix.join(path.posix.dirname(source), url)).replaceAll('//', '/') || '.';
    return url.endsWith('/') ? `${moved}/` : moved;
  };
  const transform = (paragraph: string) => URL_PATTERNS.reduce((text, pattern) => replaceFirstGroup(text, pattern, rewrite), paragraph);
  return eachParagraphOutsideCode(markdown, transform);
}

/** Lines starting with `#` outside fenced code get `offset` more (or fewer, down to one) `#`. */
export function increaseHeadingsOffset(markdown: string, offset: number): string {
  if (offset === 0) return markdown;
  let fence = '';
  return linesOf(markdown)
    .map((line) => {
      const stripped = line.trimStart();
      if (fence === '') {
        if (stripped.startsWith('```') || stripped.startsWith('~~~')) fence = stripped.slice(0, 3);
        else if (line.startsWith('#')) {
          const hashes = /^#+/.exec(line)?.[0].length ?? 0;
          return '#'.repeat(Math.max(hashes + offset, 1)) + line.slice(hashes);
        }
      } else if (stripped.startsWith(fence)) {
        fence = '';
      }
      return line;
    })
    .join('');
}

/** Python's textwrap.dedent: the whitespace every non-blank line starts with removed; blank lines emptied. */
export function dedent(text: string): string {
  const cleaned = text.replace(/^[ \t]+$/gm, '');
  let margin: string | undefined;
  for (const match of cleaned.matchAll(/^([ \t]*)[^ \t\n]/gm)) {
    const indent = match[1] ?? '';
    if (margin === undefined || indent.startsWith(margin)) margin ??= indent;
    else if (margin.startsWith(indent)) margin = indent;
    else {
      let i = 0;
      while (i < margin.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (!margin) return cleaned;
  const prefix = margin;
  return cleaned.replace(/^[ \t]+/gm, (indent) => (indent.startsWith(prefix) ? indent.slice(prefix.length) : indent));
}

/** The text without the line ends at its end. */
export function stripTrailingNewlines(text: string): string {
  return text.replace(/[\r\n]+$/, '');
}
