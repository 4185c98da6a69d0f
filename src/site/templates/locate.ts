/**
 * Where a template went wrong, read from nunjucks' error, and the block that holds that place,
 * so the block alone falls back to its default.
 *
 * nunjucks reports a chain `(file) [Line L, Column C]` from the outer template to the inner one.
 * Parse errors count lines from 1; render-time errors (an undefined function called, a missing
 * include) from 0; a missing filter is reported at a nearby node and a failing call after
 * `super()` at a line of the parent, so those are looked up in the source by name instead.
 */

export interface TemplatePlace {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
}

export interface TemplateProblem {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly reason: string;
  /** The templates the error passed through, outermost first (the last is `file`). */
  readonly chain: TemplatePlace[];
}

const PLACE = /\(([^()\n]+)\)(?: \[Line (\d+), Column (\d+)\])?/g;

/**
 * The innermost file and place of a nunjucks error and its reason; `read` gives a template's
 * source by file. A missing filter or include is looked for by name in the reported file, then
 * in `others` (nunjucks names the child template for an error in the template it extends).
 *
 * @example locateError(error, read).reason // 'filter not found: markdownify' (file, line, column: where it is used)
 */
export function locateError(error: unknown, read: (file: string) => string | undefined, others: readonly string[] = []): TemplateProblem {
  const text = error instanceof Error ? error.message : String(error);
  let file: string | undefined;
  let line: number | undefined;
  let column: number | undefined;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.replace(/^Template render error: /, '').startsWith('('));
  const last = lines.at(-1) ?? text;
  const shift = /^\w*Error: /.test(last) ? 1 : 0;
  const chain: TemplatePlace[] = [];
  for (const match of text.matchAll(PLACE)) {
    const at = match[1] ?? '';
    if (at !== file) {
      line = undefined;
      column = undefined;
    }
    file = at;
    if (match[2] !== undefined) {
      line = Number(match[2]) + shift;
      column = Number(match[3]);
    }
    const previous = chain.at(-1);
    if (previous?.file === at) chain.pop();
    chain.push({ file: at, line: line ?? previous?.line, column: column ?? previous?.column });
  }
  const reason = last.replace(/^Error: /, '').replace(/^Template render error: /, '');
  const pattern = namePattern(reason);
  if (pattern !== undefined) {
    for (const candidate of [...(file === undefined ? [] : [file]), ...others]) {
      const source = read(candidate);
      const found = source === undefined ? undefined : findPattern(source, pattern);
      if (!found) continue;
      ({ line, column } = found);
      file = candidate;
      chain.push({ file, line, column });
      break;
    }
  }
  return { file, line, column, reason, chain };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What to look for in the source when nunjucks' line is not to be trusted: a missing filter
 * (`| name`), a missing include (`"name"`), an undefined function (`a.b.c(`; nunjucks counts
 * lines in whatever template ran last, so after a `super()` its line is in our base.html).
 */
function namePattern(reason: string): RegExp | undefined {
  const filter = /^filter not found: (\S+)/.exec(reason)?.[1];
  if (filter !== undefined) return new RegExp(`\\|\\s*${escape(filter)}\\b`);
  const include = /^template not found: (.+)$/.exec(reason)?.[1];
  if (include !== undefined) return new RegExp(`["']${escape(include)}["']`);
  const callee = /^Unable to call `(.+?)`/.exec(reason)?.[1];
  if (callee !== undefined) return new RegExp(`${escape(callee.replace(/\["([^"]+)"\]/g, '.$1'))}\\s*\\(`);
  return undefined;
}

/**
 * Where the first of `files` names `name` in quotes (an include, an import), for messages about it.
 *
 * @example findInclude(['/o/main.html'], read, 'partials/tags.html') // { file: '/o/main.html', line: 4, column: 14 }
 */
export function findInclude(files: readonly string[], read: (file: string) => string | undefined, name: string): TemplatePlace | undefined {
  const pattern = namePattern(`template not found: ${name}`);
  for (const file of files) {
    const source = read(file);
    const found = source === undefined || pattern === undefined ? undefined : findPattern(source, pattern);
    if (found) return { file, ...found };
  }
  return undefined;
}

function findPattern(source: string, pattern: RegExp): { line: number; column: number } | undefined {
  for (const [index, text] of source.split('\n').entries()) {
    const match = pattern.exec(text);
    if (match) return { line: index + 1, column: match.index + 1 };
  }
  return undefined;
}

interface BlockRange {
  readonly name: string;
  /** Offsets of the block tag's start and the end tag's end. */
  readonly start: number;
  readonly end: number;
  readonly startLine: number;
  readonly endLine: number;
}

const BLOCK_TAG = /\{%-?\s*(block|endblock)\b\s*([A-Za-z_]\w*)?[^%]*?-?%\}/g;

/** The `{% block %}` definitions of a template, inner ones first. Unbalanced tags are left out. */
function blockRanges(source: string): BlockRange[] {
  const ranges: BlockRange[] = [];
  const open: Array<{ name: string; start: number }> = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  for (const match of source.matchAll(BLOCK_TAG)) {
    if (match[1] === 'block') {
      open.push({ name: match[2] ?? '', start: match.index });
      continue;
    }
    const top = open.pop();
    if (!top) continue;
    const end = match.index + match[0].length;
    ranges.push({ name: top.name, start: top.start, end, startLine: lineOf(top.start), endLine: lineOf(end) });
  }
  return ranges;
}

/**
 * The innermost block defined around `line` (1-based), if any.
 *
 * @example blockAt('{% block a %}\n x\n{% endblock %}', 2) // 'a'
 */
export function blockAt(source: string, line: number): string | undefined {
  return blockRanges(source).find((range) => range.startLine <= line && line <= range.endLine)?.name;
}

/**
 * The template without the definitions of the named blocks, so the template it extends draws
 * them; each removed block keeps its line breaks, so later lines keep their numbers.
 *
 * @example withoutBlocks('A{% block b %}B{% endblock %}', new Set(['b'])) // 'A'
 */
export function withoutBlocks(source: string, names: ReadonlySet<string>): string {
  if (names.size === 0) return source;
  let out = source;
  const named = blockRanges(source).filter((range) => names.has(range.name));
  // A block inside another removed block goes with it; cut from the end so offsets stay valid.
  const cuts = named.filter((inner) => !named.some((outer) => outer !== inner && outer.start <= inner.start && inner.end <= outer.end));
  for (const cut of cuts.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, cut.start) + '\n'.repeat(cut.endLine - cut.startLine) + out.slice(cut.end);
  }
  return out;
}
