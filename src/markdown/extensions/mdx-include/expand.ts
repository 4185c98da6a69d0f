/**
 * The mdx_include pre-pass (mdx_include 1.4, mdx_include/mdx_include.py,
 * `IncludePreprocessor.mdx_include_get_processed_lines`), ported as one pure stage with a
 * source map, like snippets'.
 *
 * ```
 * a.md:3   {! docs_src/app.py !}        ->  the file's lines; the first one after the text before it
 * a.md:4       {!> docs_src/app.py !}   ->  every line after the four spaces
 * a.md:5   {! x.md [ln:2-3] !}          ->  lines 2 and 3 of x.md
 * a.md:6   \{! x.md !}                  ->  {! x.md !}
 * ```
 * As in Python: a preprocessor at priority 101 (so inside fenced code too); a file is read as
 * `(text + '\n').splitlines()`, so one that ends with a newline brings one more, empty, line;
 * slicing comes before recursion; nested includes are expanded unless `{!- !}` (or
 * `recurs_local: false`; with `null`, only `{!+ !}`), from base_path (from the including file's
 * folder with `recursive_relative_path`). A file that cannot be read leaves nothing
 * (`truncate_on_failure`, the default) or the directive as written.
 *
 * Where we differ: URLs are never downloaded (a warning, then as a failed include); Python logs
 * a missing file as an error of its own logger and goes on: a warning here. An include cycle
 * stops Python (an error here; the file is included without its own includes, as
 * `allow_circular_inclusion` does, which makes it a warning). Encodings other than UTF-8 are
 * read as UTF-8 with a warning; the fork-only `|filter()` calls are not supported.
 */
import path from 'node:path';
import type { Expansion, SnippetDiagnostic } from '../snippets/expand.ts';
import type { SnippetFileSystem } from '../snippets/resolve.ts';
import type { LineOrigin } from '../snippets/source-map.ts';
import { isUrl, locateInclude } from '../markdown-include/locate.ts';
import { isUtf8 } from '../markdown-include/options.ts';
import { splitLines } from '../markdown-include/python-text.ts';
import type { MdxIncludeOptions } from './options.ts';
import { SliceError, sliceRows } from './slice.ts';
import { findDirectives, type DirectiveMatch } from './syntax.ts';

export interface MdxIncludeContext {
  readonly options: MdxIncludeOptions;
  readonly pattern: RegExp;
  readonly fs: SnippetFileSystem;
  readonly projectDir: string;
  readonly roots: readonly string[];
}

interface Line {
  readonly text: string;
  readonly origin: LineOrigin;
}

interface State {
  readonly context: MdxIncludeContext;
  /** Real paths of the files being expanded, outermost first. */
  readonly stack: string[];
  readonly diagnostics: SnippetDiagnostic[];
  readonly files: Set<string>;
  includes: number;
}

const MAX_INCLUDES = 20_000;

export function expandMdxIncludes(source: string, page: string, context: MdxIncludeContext): Expansion {
  const lines = source.split('\n').map((text, index): Line => ({ text, origin: { file: page, line: index + 1, indent: 0 } }));
  const state: State = { context, stack: [], diagnostics: [], files: new Set(), includes: 0 };
  const out = processLines(lines, undefined, state);
  return { lines: out.map((line) => line.text), origins: out.map((line) => line.origin), diagnostics: state.diagnostics, files: [...state.files] };
}

function processLines(lines: readonly Line[], parent: string | undefined, state: State): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const result: Line[] = [];
    let offset = 0;
    for (const match of findDirectives(line.text, state.context.pattern)) {
      const before = line.text.slice(offset, match.start);
      const inserted = content(match, line.origin, parent, state);
      const last = result.at(-1);
      // Python builds the line as `resl + line[c:s] + text`: what follows a multi-line include
      // stays on its last line, even when this directive brought nothing.
      if (inserted.length === 0) {
        if (last) result[result.length - 1] = { text: last.text + before, origin: last.origin };
        else result.push({ text: before, origin: line.origin });
      } else if (last) {
        result[result.length - 1] = { text: last.text + before + (inserted[0]?.text ?? ''), origin: last.origin };
        result.push(...inserted.slice(1));
      } else if (match.applyIndent) {
        result.push(...inserted.map((entry) => shifted(entry, before)));
      } else {
        result.push(shifted(inserted[0] as Line, before), ...inserted.slice(1));
      }
      offset = match.end;
    }
    const rest = line.text.slice(offset);
    const end = result.at(-1);
    if (end) result[result.length - 1] = { text: end.text + rest, origin: end.origin };
    else result.push({ text: rest, origin: line.origin });
    out.push(...result);
  }
  return out;
}

function shifted(entry: Line, before: string): Line {
  return before === '' ? entry : { text: before + entry.text, origin: { ...entry.origin, indent: entry.origin.indent + before.length } };
}

/** What replaces one directive: the file's lines, the directive itself, or nothing. */
function content(match: DirectiveMatch, directive: LineOrigin, parent: string | undefined, state: State): Line[] {
  if (match.escaped) return [{ text: match.whole.slice(1), origin: directive }];
  const fetched = readInclude(match, directive, parent, state);
  if (fetched) return fetched;
  return state.context.options.truncateOnFailure ? [] : [{ text: match.whole, origin: directive }];
}

function readInclude(match: DirectiveMatch, directive: LineOrigin, parent: string | undefined, state: State): Line[] | undefined {
  const { context } = state;
  const { options } = context;
  const report = (severity: SnippetDiagnostic['severity'], reason: string): undefined => {
    const tail = options.truncateOnFailure ? 'the directive is removed' : 'the directive stays as written';
    state.diagnostics.push({ severity, reason: `${reason}; ${tail}`, origin: directive });
    return undefined;
  };
  const name = match.path;
  if (match.encoding !== undefined && !isUtf8(match.encoding)) {
    state.diagnostics.push({ severity: 'warning', reason: `include "${name}": encoding "${match.encoding}" is not supported; the file is read as UTF-8`, origin: directive });
  }
  if (isUrl(name)) {
    if (!options.allowRemote) return undefined;
    return report('warning', `include "${name}" is a URL: remote files are never downloaded; save the file in the project and include it by its path`);
  }
  if (!options.allowLocal) return undefined;
  if (state.includes >= MAX_INCLUDES) return report('warning', `include "${name}" not expanded: this page already has ${MAX_INCLUDES.toLocaleString('en')} includes (an include tree that repeats itself?)`);
  const folder = options.recursiveRelativePath && parent !== undefined ? path.dirname(parent) : options.basePath;
  const resolution = locateInclude(name, folder, context.roots, context.fs);
  if (resolution.kind === 'refused') return report('error', resolution.reason);
  if (resolution.kind === 'unreadable') return report('warning', resolution.reason);
  if (resolution.kind === 'missing') return report('warning', `include "${name}" not found in ${display(context.projectDir, folder) || '.'}`);
  const shown = display(context.projectDir, resolution.file);
  state.files.add(path.resolve(resolution.file));
  let text: string;
  try {
    text = context.fs.read(resolution.file);
  } catch (cause) {
    return report('warning', `include "${shown}" could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  state.includes++;
  let lines = splitLines(`${text}\n`).map((lineText, index): Line => ({ text: lineText, origin: { file: shown, line: index + 1, indent: 0, from: directive } }));
  if (match.lines !== undefined) {
    const separator = options.lineSliceSeparator.map((lineText): Line => ({ text: lineText, origin: directive }));
    try {
      lines = sliceRows(lines, match.lines, separator, (line) => line.text, (line, lineText) => ({ text: lineText, origin: line.origin }));
    } catch (cause) {
      if (!(cause instanceof SliceError)) throw cause;
      state.diagnostics.push({ severity: 'error', reason: `include "${shown}": ${cause.message} (Python stops the build); the whole file is included`, origin: directive });
    }
  }
  const recurse = options.recursLocal === true ? match.recursion !== options.syntaxRecursOff : options.recursLocal === null && match.recursion === options.syntaxRecursOn;
  if (!recurse) return lines;
  const real = context.fs.realpath(resolution.file);
  if (state.stack.includes(real)) {
    const severity = options.allowCircularInclusion ? 'warning' : 'error';
    state.diagnostics.push({ severity, reason: `include "${shown}" includes itself; it is included without expanding its own includes${options.allowCircularInclusion ? '' : ' (Python stops the build: set allow_circular_inclusion to allow it)'}`, origin: directive });
    return lines;
  }
  state.stack.push(real);
  const expanded = processLines(lines, resolution.file, state);
  state.stack.pop();
  return expanded;
}

function display(projectDir: string, file: string): string {
  return path.relative(projectDir, file).split(path.sep).join('/');
}
