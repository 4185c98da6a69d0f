/**
 * The markdown_include.include pre-pass (markdown-include 0.8.1, markdown_include/include.py,
 * `IncludePreprocessor.run`), ported as one pure stage with a source map, like snippets'.
 *
 * ```
 * a.md:3   {!docs_src/app.py!}        ->  the lines of docs_src/app.py (its own includes expanded)
 * a.md:4   {!x.md!lines=1 3-4}        ->  lines 1, 3 and 4 of x.md once expanded
 * ```
 * What Python does, and so do we: it is a preprocessor (priority 101, before everything), so a
 * directive inside fenced code is expanded too; a file's includes are expanded before it is
 * inserted (paths always from base_path); `lines=` counts the expanded lines; the inserted text
 * is stripped of leading and trailing whitespace (blank lines included) and of every line end;
 * with `inheritHeadingDepth`, a line of it that starts with `#` gets the `#`s of the last heading
 * line above the directive, with `headingOffset` that many more (code comments too: Python
 * tests `^#+` on every line). A file that cannot be read: the line loses every directive on it.
 *
 * Where we differ: Python prints (no logged warning) a missing file, an include cycle recurses
 * until Python fails, and a second directive on a line with a multi-line include duplicates
 * lines; here each is a warning at its `file:line`, a cycle is reported and skipped, and
 * several directives on a line are each replaced once.
 */
import path from 'node:path';
import type { Expansion, SnippetDiagnostic } from '../snippets/expand.ts';
import type { SnippetFileSystem } from '../snippets/resolve.ts';
import type { LineOrigin } from '../snippets/source-map.ts';
import { locateInclude } from './locate.ts';
import type { MarkdownIncludeOptions } from './options.ts';
import { isBlank, lstrip, rstrip, splitInner, splitLines } from './python-text.ts';

export interface MarkdownIncludeContext {
  readonly options: MarkdownIncludeOptions;
  readonly fs: SnippetFileSystem;
  /** Include files are named relative to it in origins and messages. */
  readonly projectDir: string;
  /** Folders an include may be read from (locate.ts). */
  readonly roots: readonly string[];
}

/**
 * `{!name!}` or `{!name!lines=1 3 5-7}`: markdown-include 0.8's INC_SYNTAX, `\{!\s*(.+?)\s*!...`,
 * with the name starting and ending at a non-space: Python's three neighbouring quantifiers over
 * the same spaces take cubic time on a long run of them with no `!}` after it (a page that hangs).
 * The one difference: a name of spaces only (`{!  !}`) is no directive here, where Python tries
 * to read a file named ' ' and drops the line's directives when it cannot.
 */
const DIRECTIVE = /\{!\s*(\S(?:.*?\S)?)\s*!(lines=([0-9 -]+))?\}/;
const DIRECTIVES = new RegExp(DIRECTIVE.source, 'g');
const HEADING = /^#+/;
/** Far beyond any real page (as snippets' budget): an include tree that doubles stops here. */
const MAX_INCLUDES = 20_000;

interface Line {
  readonly text: string;
  readonly origin: LineOrigin;
}

interface State {
  readonly context: MarkdownIncludeContext;
  readonly stack: string[];
  readonly diagnostics: SnippetDiagnostic[];
  readonly files: Set<string>;
  includes: number;
}

export function expandMarkdownIncludes(source: string, page: string, context: MarkdownIncludeContext): Expansion {
  const lines = source.split('\n').map((text, index): Line => ({ text, origin: { file: page, line: index + 1, indent: 0 } }));
  const state: State = { context, stack: [], diagnostics: [], files: new Set(), includes: 0 };
  const out = run(lines, state);
  return { lines: out.map((line) => line.text), origins: out.map((line) => line.origin), diagnostics: state.diagnostics, files: [...state.files] };
}

/** One `run` of the Python preprocessor: inserted lines are scanned in turn (headings, directives). */
function run(lines: readonly Line[], state: State): Line[] {
  const queue = [...lines];
  const out: Line[] = [];
  let bonusHeading = '';
  for (let index = 0; index < queue.length; ) {
    const line = queue[index];
    if (!line) break;
    const match = DIRECTIVE.exec(line.text);
    if (!match) {
      const heading = HEADING.exec(line.text);
      if (heading) bonusHeading = heading[0];
      out.push(line);
      index++;
      continue;
    }
    const replacement = include(line, match, bonusHeading, state);
    if (replacement) {
      queue.splice(index, 1, ...replacement);
      continue;
    }
    // Python: `lines[loc] = INC_SYNTAX.sub('', line)`, and on to the next line.
    out.push({ text: line.text.replace(DIRECTIVES, ''), origin: line.origin });
    index++;
  }
  return out;
}

/** The lines that replace `line`, or undefined when the file cannot be included. */
function include(line: Line, match: RegExpExecArray, bonusHeading: string, state: State): Line[] | undefined {
  const { context } = state;
  const name = match[1] ?? '';
  const severity = context.options.throwException ? 'error' : 'warning';
  const fail = (reason: string, level: SnippetDiagnostic['severity'] = severity): undefined => {
    state.diagnostics.push({ severity: level, reason: `${reason}; the directive is removed`, origin: line.origin });
    return undefined;
  };
  if (state.includes >= MAX_INCLUDES) return fail(`include "${name}" not expanded: this page already has ${MAX_INCLUDES.toLocaleString('en')} includes (an include tree that repeats itself?)`, 'warning');
  const resolution = locateInclude(name, context.options.basePath, context.roots, context.fs);
  if (resolution.kind === 'refused') return fail(resolution.reason, 'error');
  if (resolution.kind === 'unreadable') return fail(resolution.reason);
  if (resolution.kind === 'missing') return fail(`include "${name}" not found in base_path ${display(context.projectDir, context.options.basePath) || '.'}${context.options.throwException ? ' (throwException: true stops the MkDocs build)' : ''}`);
  const real = context.fs.realpath(resolution.file);
  const shown = display(context.projectDir, resolution.file);
  if (state.stack.includes(real)) return fail(`include "${shown}" includes itself`, 'error');
  state.files.add(path.resolve(resolution.file));
  let text: string;
  try {
    text = context.fs.read(resolution.file);
  } catch (cause) {
    return fail(`include "${shown}" could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  state.includes++;
  const fileLines = splitLines(text).map((lineText, index): Line => ({ text: lineText, origin: { file: shown, line: index + 1, indent: 0, from: line.origin } }));
  state.stack.push(real);
  const expanded = run(fileLines, state);
  state.stack.pop();
  const wanted = match[2] === undefined ? expanded : selectLines(expanded, match[3] ?? '', shown, line.origin, state);
  const kept = wanted.length > 0 ? wanted : [{ text: '', origin: line.origin }];
  const { inheritHeadingDepth, headingOffset } = context.options;
  const headed = kept.map((entry) => (HEADING.test(entry.text) ? { ...entry, text: `${inheritHeadingDepth ? bonusHeading : ''}${'#'.repeat(headingOffset)}${entry.text}` } : entry));
  return place(line, match, strip(headed));
}

/**
 * `line[:m.start()] + text.strip() + line[m.end():]`, split again with `str.splitlines()`
 * (an include that leaves nothing on its line removes the line).
 */
function place(line: Line, match: RegExpExecArray, inserted: readonly Line[]): Line[] {
  const prefix = line.text.slice(0, match.index);
  const suffix = line.text.slice(match.index + match[0].length);
  const joined: Line[] = inserted.length === 0 ? [{ text: prefix + suffix, origin: line.origin }] : inserted.map((entry, index) => {
    const first = index === 0 ? prefix : '';
    const last = index === inserted.length - 1 ? suffix : '';
    return { text: first + entry.text + last, origin: first === '' ? entry.origin : { ...entry.origin, indent: entry.origin.indent + first.length } };
  });
  const out: Line[] = [];
  joined.forEach((entry, index) => {
    const pieces = splitInner(entry.text);
    if (index === joined.length - 1 && pieces.length > 1 && pieces.at(-1) === '') pieces.pop();
    for (const piece of pieces) out.push({ text: piece, origin: entry.origin });
  });
  return out.length === 1 && out[0]?.text === '' ? [] : out;
}

/** Python's `'\r\n'.join(lines).strip()`, line by line so that every line keeps its origin. */
function strip(lines: readonly Line[]): Line[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start]?.text ?? '')) start++;
  while (end > start && isBlank(lines[end - 1]?.text ?? '')) end--;
  const kept = lines.slice(start, end).map((entry) => ({ ...entry }));
  const first = kept[0];
  if (first) kept[0] = { ...first, text: lstrip(first.text) };
  const last = kept.at(-1);
  if (last) kept[kept.length - 1] = { ...last, text: rstrip(last.text) };
  return kept;
}

/**
 * `lines=1 3 5-7`: single lines and inclusive ranges, in the order written, counted in the
 * expanded file. An end past the file is the last line, a start after the end becomes
 * `max(end - 1, 1)` (each with a warning, as Python prints one); what Python cannot parse
 * (`5-`, `1-2-3`) stops its build: an error here, and that block is skipped.
 */
function selectLines(lines: readonly Line[], spec: string, name: string, directive: LineOrigin, state: State): Line[] {
  const warn = (severity: SnippetDiagnostic['severity'], reason: string): void => {
    state.diagnostics.push({ severity, reason, origin: directive });
  };
  const wanted: Line[] = [];
  for (const block of spec.split(/\s+/).filter((part) => part !== '')) {
    if (block.includes('-')) {
      const bounds = block.split('-');
      if (bounds.length !== 2 || !bounds.every((bound) => /^\d+$/.test(bound))) {
        warn('error', `include "${name}": line range "${block}" is not N-M; it is skipped`);
        continue;
      }
      let start = Number(bounds[0]);
      let end = Number(bounds[1]);
      if (end > lines.length) {
        warn('warning', `include "${name}": line range ${block} ends after the file's ${lines.length} lines; it ends at line ${lines.length}`);
        end = lines.length;
      }
      if (start > end) {
        start = Math.max(end - 1, 1);
        warn('warning', `include "${name}": line range ${block} starts after its end; it starts at line ${start}`);
      }
      // Python's slice [start - 1:end]: a start of 0 is -1, the last line (JavaScript's slice agrees).
      wanted.push(...lines.slice(start - 1, end));
      continue;
    }
    let number = Number(block);
    if (number > lines.length) {
      warn('warning', `include "${name}": line ${block} is after the file's ${lines.length} lines; line ${lines.length} is used`);
      number = lines.length;
    }
    const picked = lines.at(number - 1);
    if (picked) wanted.push(picked);
    else warn('error', `include "${name}": line ${block} does not exist in an empty file`);
  }
  return wanted;
}

function display(projectDir: string, file: string): string {
  return path.relative(projectDir, file).split(path.sep).join('/');
}
