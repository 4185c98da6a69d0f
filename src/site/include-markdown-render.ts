/**
 * mkdocs-include-markdown-plugin's `on_page_markdown`: every `{% include-markdown %}` and then
 * every `{% include %}` directive of a page (front matter stripped) replaced by the files it
 * names, before the macros plugin and any Markdown extension see the page. The plugin runs at
 * priority 100, so it comes first whatever the order of `plugins:`; its directives are read in
 * fenced code too (src/site/include-markdown-directive.ts), included files are expanded in turn
 * (`recursive`), and each file's text is cut and reshaped by src/site/include-markdown-text.ts.
 *
 * Where the plugin stops the build (no file found, an argument it refuses), the directive is
 * left as written with a warning at `file:line` (the included file's, with the chain of
 * includers), so `--strict` fails the build and a plain build shows every problem at once. A
 * file that includes itself, which the plugin follows until Python's recursion limit, is such a
 * warning too. A URL is never fetched: the directive stays, with a warning.
 *
 *   const includes = createIncludeMarkdown(settings, docsDir);
 *   includes.render({ src: 'index.md', markdown: '{% include "../LICENSE" %}' }).markdown  // the licence
 */
import path from 'node:path';
import type { IncludeMarkdownSettings } from './include-markdown.ts';
import { directivePattern, parseDirective, type Directive, type DirectiveKind } from './include-markdown-directive.ts';
import { checkOrder, readIncluded, resolveExcluded, resolveFiles } from './include-markdown-files.ts';
import { dedent, filterInclusions, increaseHeadingsOffset, interpretEscapes, isUrl, linesOf, rewriteRelativeUrls, stripTrailingNewlines } from './include-markdown-text.ts';
import type { SiteMessage } from './messages.ts';
import { escapeAttribute } from './html-escape.ts';

export interface IncludeMarkdownPage {
  /** docs-relative, POSIX separators. */
  readonly src: string;
  /** The Markdown with its front matter stripped (blank lines in its place, so lines match the file). */
  readonly markdown: string;
}

export interface IncludeMarkdownOutcome {
  readonly markdown: string;
  /** Absolute paths of every file a directive named, found or not read. */
  readonly includes: string[];
  readonly messages: SiteMessage[];
  /** A directive named a glob: a file added later may match it, so the page is never reused. */
  readonly volatile: boolean;
}

export interface IncludeMarkdown {
  render(page: IncludeMarkdownPage): IncludeMarkdownOutcome;
}

/** Where a directive is: its file (absolute) and line. */
interface Place {
  readonly file: string;
  readonly line: number;
}

/** What one page's expansion collects. */
interface Run {
  readonly includes: Set<string>;
  readonly messages: SiteMessage[];
  volatile: boolean;
}

/** Python's `html.escape` (quote=True), which the plugin's comments go through: `'` too. */
function escapeHtml(text: string): string {
  return escapeAttribute(text).replace(/'/g, '&#x27;');
}

function newlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

export function createIncludeMarkdown(settings: IncludeMarkdownSettings, docsDir: string): IncludeMarkdown {
  const patterns: ReadonlyArray<readonly [DirectiveKind, RegExp]> = [
    ['include-markdown', directivePattern(settings.openingTag, settings.closingTag, settings.names.includeMarkdown)],
    ['include', directivePattern(settings.openingTag, settings.closingTag, settings.names.include)],
  ];
  // The global `exclude` globs, read once per renderer (a render stage): relative to docs_dir.
  let excluded: string[] | undefined;
  const globalExcluded = () => (excluded ??= settings.exclude.flatMap((pattern) => resolveExcluded(path.resolve(docsDir, pattern), docsDir, docsDir)));

  const warn = (run: Run, where: Place, chain: readonly Place[], text: string) => {
    const from = chain.length > 0 ? ` (included from ${chain.map((place) => `${path.relative(docsDir, place.file)}:${place.line}`).reverse().join(' < ')})` : '';
    run.messages.push({ severity: 'warning', message: `include-markdown plugin: ${text}${from}`, file: where.file, line: where.line });
  };

  /** `text` (from `file`, its first line being line `firstLine`) with its directives expanded. */
  const expand = (text: string, file: string, firstLine: number, chain: readonly Place[], run: Run): string => {
    if (!text.includes(settings.openingTag)) return text;
    if (globalExcluded().includes(file)) return text;
    let nonce = 0;
    while (text.includes(`\u0002imd${nonce}:`)) nonce++;
    const contents: string[] = [];
    let source = text;
    for (const [kind, pattern] of patterns) {
      let out = '';
      let last = 0;
      let line = firstLine;
      for (const match of source.matchAll(pattern)) {
        const whole = match[0];
        line += newlines(source.slice(last, match.index));
        const groups = match.groups ?? {};
        const content = includeDirective(kind, { indent: groups['indent'] ?? '', dq: groups['dq'], sq: groups['sq'], args: groups['args'] ?? '' }, { file, line }, chain, run);
        // The placeholder keeps the directive's line count, so the next pass's lines are the file's.
        const lines = newlines(whole);
        out += source.slice(last, match.index) + (content === undefined ? whole : `\u0002imd${nonce}:${contents.push(content) - 1}${'\n'.repeat(lines)}\u0003`);
        line += lines;
        last = match.index + whole.length;
      }
      source = out + source.slice(last);
    }
    return source.replace(new RegExp(`\\u0002imd${nonce}:(\\d+)\\n*\\u0003`, 'g'), (whole, index: string) => contents[Number(index)] ?? whole);
  };

  /** The text that replaces one directive, or undefined to leave it as written (after a warning). */
  const includeDirective = (kind: DirectiveKind, groups: Parameters<typeof parseDirective>[1], where: Place, chain: readonly Place[], run: Run): string | undefined => {
    const parsed = parseDirective(kind, groups, settings.defaults);
    const ignored = parsed.ok ? parsed.directive.ignored : parsed.ignored;
    for (const name of ignored) warn(run, where, chain, `unknown argument '${name}' in this '${kind}' directive, ignored`);
    if (!parsed.ok) {
      warn(run, where, chain, `${parsed.problem}; the directive is left as written`);
      return undefined;
    }
    const { directive } = parsed;
    const { filename, options } = directive;
    if (isUrl(filename)) {
      const setting = settings.includeFromUrl ? '' : ' (and include_from_url is false)';
      warn(run, where, chain, `'${filename}' is a URL${setting}: nothing is fetched from the network here, so the directive is left as written; save the file in the project and include it by path`);
      return undefined;
    }
    const order = checkOrder(options.order);
    if (order.problem !== undefined) warn(run, where, chain, order.order === undefined ? `${order.problem}; the directive is left as written` : order.problem);
    if (order.order === undefined) return undefined;
    const ignore = [...globalExcluded(), ...(options.exclude === undefined ? [] : resolveExcluded(options.exclude, where.file, docsDir))];
    const resolved = resolveFiles(filename, where.file, docsDir, ignore, order.order);
    if (resolved.glob) run.volatile = true;
    if (resolved.files.length === 0) {
      const root = path.isAbsolute(filename) ? '' : filename.startsWith('./') || filename.startsWith('../') ? ` (relative to ${path.relative(docsDir, where.file)})` : ' (relative to docs_dir)';
      warn(run, where, chain, `no file found for '${filename}'${root}; the directive is left as written`);
      return undefined;
    }
    for (const file of resolved.files) run.includes.add(file);
    const inChain = resolved.files.find((file) => file === where.file || chain.some((place) => place.file === file));
    if (options.recursive && inChain !== undefined) {
      warn(run, where, chain, `${path.relative(docsDir, inChain)} includes itself through this directive, which would never end; the directive is left as written`);
      return undefined;
    }
    let result = '';
    const found = { start: false, end: false };
    for (const file of resolved.files) {
      const read = readIncluded(file, options.encoding);
      if (!read.ok) {
        warn(run, where, chain, `${read.problem}; the directive is left as written`);
        return undefined;
      }
      const cut = options.start !== undefined || options.end !== undefined ? filterInclusions(options.start, options.end, read.text) : { text: read.text, startMissing: false, endMissing: false };
      found.start ||= !cut.startMissing;
      found.end ||= !cut.endMissing;
      // Lines of messages about the included text count from the file's line where the cut begins.
      const startText = options.start === undefined ? '' : interpretEscapes(options.start);
      const firstLine = startText !== '' && !cut.startMissing ? 1 + newlines(read.text.slice(0, read.text.indexOf(startText) + startText.length)) : 1;
      let content = options.recursive ? expand(cut.text, file, firstLine, [...chain, where], run) : cut.text;
      if (!options.trailingNewlines) content = stripTrailingNewlines(content);
      result += kind === 'include-markdown' ? shapeMarkdown(content, directive, file, where.file) : shapeText(content, directive);
    }
    const names = resolved.files.map((file) => path.relative(docsDir, file)).join(', ');
    if (options.start !== undefined && !found.start) warn(run, where, chain, `start delimiter '${options.start}' of this '${kind}' directive is not in ${names}${options.end === undefined ? '; nothing was included' : ''}`);
    if (options.end !== undefined && !found.end) warn(run, where, chain, `end delimiter '${options.end}' of this '${kind}' directive is not in ${names}`);
    return result;
  };

  return {
    render(page) {
      const run: Run = { includes: new Set(), messages: [], volatile: false };
      const markdown = expand(page.markdown, path.join(docsDir, page.src), 1, [], run);
      return { markdown, includes: [...run.includes], messages: run.messages, volatile: run.volatile };
    },
  };
}

/** include-markdown's shaping: relative URLs, comments, the includer's indent, dedent, heading offset (the plugin's order). */
function shapeMarkdown(text: string, directive: Directive, file: string, includer: string): string {
  const { options, indent, filename } = directive;
  let content = options.rewriteRelativeUrls ? rewriteRelativeUrls(text, file, includer) : text;
  if (options.comments) {
    const separator = options.trailingNewlines ? '\n' : '';
    const bounds = options.start === undefined && options.end === undefined ? '' : `'${escapeHtml(options.start ?? '')}' '${escapeHtml(options.end ?? '')}' `;
    content = `${indent}<!-- BEGIN INCLUDE ${escapeHtml(filename)} ${bounds}-->${separator}${content}${separator}<!-- END INCLUDE -->`;
  } else {
    content = indent + content;
  }
  if (options.dedent) content = dedent(content);
  if (options.preserveIncluderIndent && content !== '') {
    const [first = '', ...rest] = linesOf(content);
    const filled = ' '.repeat(indent.length);
    content = first + rest.map((line) => filled + line).join('');
  }
  return options.headingOffset === 0 ? content : increaseHeadingsOffset(content, options.headingOffset);
}

/** include's shaping: dedent, then the includer's indent before every line (or only the first). */
function shapeText(text: string, directive: Directive): string {
  const { options, indent } = directive;
  const content = options.dedent ? dedent(text) : text;
  if (!options.preserveIncluderIndent) return indent + content;
  const lines = linesOf(content);
  return (lines.length > 0 ? lines : ['']).map((line) => indent + line).join('');
}
