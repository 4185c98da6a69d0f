/**
 * The pymdownx.snippets pre-pass as one pure stage: page source in, expanded source out, with a
 * source map (origin of every output line) and diagnostics that point through the include chain.
 *
 * ```
 * a.md:12   --8<-- "includes/x.md"     ->  line 12..: the lines of includes/x.md, indented alike
 * ```
 * Follows PyMdown 9.5 (`snippets.py`) line for line, except where it was silent: missing files,
 * include cycles and refused paths are reported (PyMdown skips the first two without a word).
 */
import path from 'node:path';
import type { SnippetsOptions } from './options.ts';
import { resolveSnippet, type SnippetFileSystem } from './resolve.ts';
import type { LineOrigin } from './source-map.ts';
import { blockPath, classifyLine, parseTarget, sectionMarker, selectRanges, type SnippetTarget } from './syntax.ts';

export interface SnippetDiagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  readonly reason: string;
  /** The directive line that caused it. */
  readonly origin: LineOrigin;
}

export interface Expansion {
  readonly lines: string[];
  readonly origins: LineOrigin[];
  readonly diagnostics: SnippetDiagnostic[];
  /** Absolute paths of the files included (a change to one of them changes the page). */
  readonly files: string[];
  /** Absolute paths a snippet was looked for at and not found (one made there changes the page). */
  readonly absent?: string[] | undefined;
}

export interface ExpandContext {
  readonly options: SnippetsOptions;
  readonly fs: SnippetFileSystem;
  /** Include files are named relative to it in origins and messages. */
  readonly projectDir: string;
}

/** Label of the lines PyMdown appends for `auto_append` (they come from mkdocs.yml, not the page). */
export const AUTO_APPEND = 'mkdocs.yml auto_append';

export function expandSnippets(source: string, page: string, context: ExpandContext): Expansion {
  const lines = source.split('\n');
  const origins = lines.map((_, index): LineOrigin => ({ file: page, line: index + 1, indent: 0 }));
  const { autoAppend } = context.options;
  if (autoAppend.length > 0) {
    // PyMdown appends "\n\n--8<--\n" + paths joined by blank lines + "\n--8<--\n" to the page.
    const extra = `\n\n--8<--\n${autoAppend.join('\n\n')}\n--8<--\n`.split('\n');
    extra.forEach((text, index) => {
      lines.push(text);
      origins.push({ file: AUTO_APPEND, line: index + 1, indent: 0 });
    });
  }
  const state: State = { context, stack: [], diagnostics: [], budget: { lines: 0, includes: 0, reported: false }, files: new Set(), absent: new Set() };
  // The page's own section markers go too: PyMdown's parse_snippets drops them from every text
  // that is not a section being extracted (`is_section`), the page included.
  const out = expand(lines, origins, state, true);
  return { lines: out.lines, origins: out.origins, diagnostics: state.diagnostics, files: [...state.files], absent: [...state.absent] };
}

interface State {
  readonly context: ExpandContext;
  /** Real paths of the files being included, outermost first (cycle detection). */
  readonly stack: string[];
  readonly diagnostics: SnippetDiagnostic[];
  /** Lines expanded so far: an include tree that doubles at every level stops here, not in memory. */
  readonly budget: { lines: number; includes: number; reported: boolean };
  readonly files: Set<string>;
  readonly absent: Set<string>;
}

/** Far beyond any real page: a page of 500,000 included lines, or 20,000 includes. */
const MAX_EXPANDED_LINES = 500_000;
const MAX_INCLUDES = 20_000;

interface Lines {
  readonly lines: string[];
  readonly origins: LineOrigin[];
}

function expand(lines: readonly string[], origins: readonly LineOrigin[], state: State, dropMarkers: boolean): Lines {
  const out: Lines = { lines: [], origins: [] };
  let block = false;
  lines.forEach((line, index) => {
    const origin = origins[index] ?? { file: '?', line: index + 1, indent: 0 };
    const kind = classifyLine(line);
    if (kind.kind === 'escaped') return push(out, kind.text, origin);
    if (kind.kind === 'block-marker') {
      block = !block;
      return undefined;
    }
    if (kind.kind === 'inline') {
      // An inline directive directly inside a block is ignored, as in PyMdown.
      if (block) return undefined;
      return include(kind.path, kind.indent, origin, state, out);
    }
    if (!block) {
      const marker = dropMarkers ? sectionMarker(line) : undefined;
      // Section markers are dropped (but in an extracted section); an escaped one loses its `;`.
      if (marker?.escaped === true) return push(out, marker.unescaped, origin);
      if (marker) return undefined;
      return push(out, line, origin);
    }
    const entry = blockPath(line);
    if (entry.path === '') return push(out, '', origin);
    return include(entry.path, entry.indent, origin, state, out);
  });
  return out;
}

function push(out: Lines, text: string, origin: LineOrigin): undefined {
  out.lines.push(text);
  out.origins.push(origin);
  return undefined;
}

function include(spec: string, rawIndent: string, directive: LineOrigin, state: State, out: Lines): undefined {
  // `; path` comments a path out.
  if (spec.startsWith('; ')) return undefined;
  const { context } = state;
  const target = parseTarget(spec);
  if (target.file === '') return report(state, missingSeverity(state), `snippet "${spec}" names no file${missingTail(state)}`, directive);
  const resolution = resolveSnippet(target.file, context.options.basePaths, context.fs, context.options.restrictBasePath);
  if (resolution.kind === 'refused') return report(state, 'error', resolution.reason, directive);
  if (resolution.kind === 'unreadable') return report(state, 'warning', `${resolution.reason}; the include is skipped`, directive);
  if (state.budget.lines > MAX_EXPANDED_LINES || state.budget.includes >= MAX_INCLUDES) {
    if (!state.budget.reported) report(state, 'warning', `snippet includes stopped: this page already has ${state.budget.includes.toLocaleString('en')} includes expanding to ${state.budget.lines.toLocaleString('en')} lines (an include tree that repeats itself?); the remaining includes are skipped`, directive);
    state.budget.reported = true;
    return undefined;
  }
  if (resolution.kind === 'missing') {
    for (const file of resolution.looked) state.absent.add(file);
    const bases = context.options.basePaths.map((base) => display(context.projectDir, base) || '.').join(', ');
    return report(state, missingSeverity(state), `snippet "${target.file}" not found in base_path (${bases})${missingTail(state)}`, directive);
  }
  // An earlier base path that gets the file would be taken instead.
  for (const file of resolution.looked) state.absent.add(file);
  const real = context.fs.realpath(resolution.file);
  const name = display(context.projectDir, resolution.file);
  if (state.stack.includes(real)) {
    return report(state, 'warning', `snippet "${name}" includes itself; the repeated include is skipped`, directive);
  }
  state.files.add(path.resolve(resolution.file));
  let text: string;
  try {
    text = context.fs.read(resolution.file);
  } catch (cause) {
    return report(state, 'error', `snippet "${name}" could not be read: ${cause instanceof Error ? cause.message : String(cause)}`, directive);
  }
  const indent = expandTabs(rawIndent, context.options.tabLength);
  const all = splitFileLines(text);
  const picked = select(all, target, name, directive, state);
  // PyMdown's dedent_subsections: a part of a file (lines or a section) loses its common indentation.
  const selected = state.context.options.dedentSubsections && (target.section !== undefined || target.ranges.length > 0) ? dedent(picked) : picked;
  state.budget.lines += selected.length;
  state.budget.includes++;
  const origins = selected.map(({ line }): LineOrigin => ({ file: name, line, indent: 0, from: directive }));
  state.stack.push(real);
  // A section's own markers were handled while extracting it: the text is taken as it is.
  const nested = expand(selected.map(({ text: lineText }) => lineText), origins, state, target.section === undefined);
  state.stack.pop();
  nested.lines.forEach((line, index) => {
    const origin = nested.origins[index] ?? directive;
    push(out, indent + line, indent === '' ? origin : { ...origin, indent: origin.indent + indent.length });
  });
  return undefined;
}

/** A line picked from a snippet file: its 1-based number there, and its text. */
interface Picked {
  readonly line: number;
  readonly text: string;
}

/** The lines a target selects: line ranges, a section, or the whole file. */
function select(all: readonly string[], target: SnippetTarget, name: string, directive: LineOrigin, state: State): Picked[] {
  if (target.section === undefined) {
    const indices = target.ranges.length > 0 ? selectRanges(all.length, target.ranges) : all.map((_, index) => index);
    return indices.map((index) => ({ line: index + 1, text: all[index] ?? '' }));
  }
  const section = extractSection(all, target.section);
  if (section.found && !section.ended) {
    report(state, 'warning', `snippet section "${target.section}" of "${name}" has no [end:${target.section}] marker; it runs to the end of the file`, directive);
  }
  if (!section.found) report(state, missingSeverity(state), `snippet section "${target.section}" not found in "${name}"${missingTail(state)}`, directive);
  return section.lines;
}

/**
 * PyMdown's `extract_section`: the lines after `[start:name]` up to `[end:name]`. Inside it,
 * other sections' markers are dropped, escaped ones lose a `;`, a repeated start is ignored;
 * an `[end:name]` before any start ends the search with nothing found.
 */
function extractSection(all: readonly string[], section: string): { lines: Picked[]; found: boolean; ended: boolean } {
  const lines: Picked[] = [];
  let inside = false;
  let found = false;
  for (const [index, text] of all.entries()) {
    const marker = sectionMarker(text);
    let line = text;
    if (marker && inside && marker.escaped) line = marker.unescaped;
    else if (marker?.name === section) {
      if (!inside && marker.kind === 'start') {
        inside = true;
        found = true;
        continue;
      }
      if (marker.kind === 'start') continue;
      return { lines, found, ended: inside };
    } else if (marker && inside) continue;
    if (inside) lines.push({ line: index + 1, text: line });
  }
  return { lines, found, ended: false };
}

/** Python's textwrap.dedent: the common leading whitespace goes; blank lines become empty. */
function dedent(lines: readonly Picked[]): Picked[] {
  const blank = /^[ \t]*$/;
  const indents = lines.filter(({ text }) => !blank.test(text)).map(({ text }) => /^[ \t]*/.exec(text)?.[0] ?? '');
  let common = indents[0] ?? '';
  for (const indent of indents) while (!indent.startsWith(common)) common = common.slice(0, -1);
  return lines.map(({ line, text }) => ({ line, text: blank.test(text) ? '' : text.slice(common.length) }));
}

function report(state: State, severity: SnippetDiagnostic['severity'], reason: string, origin: LineOrigin): undefined {
  state.diagnostics.push({ severity, reason, origin });
  return undefined;
}

/**
 * A snippet that is not there: an error with `check_paths`, else a note (`info`, shown with -v).
 * PyMdown says nothing then, so a `--strict` build MkDocs passes must pass here too.
 */
function missingSeverity(state: State): SnippetDiagnostic['severity'] {
  return state.context.options.checkPaths ? 'error' : 'info';
}

function missingTail(state: State): string {
  return state.context.options.checkPaths ? '' : '; it renders empty (set check_paths: true to fail the build)';
}

/**
 * Lines as PyMdown reads them (Python's universal newlines), line endings removed. A file that
 * ends with a newline gives one more, empty, line (PyMdown 10.21 keeps it: an include inside a
 * fenced block ends with a blank line).
 */
function splitFileLines(text: string): string[] {
  if (text === '') return [];
  return text.split(/\r\n?|\n/);
}

/** Python's str.expandtabs on the indentation. */
function expandTabs(indent: string, size: number): string {
  let out = '';
  for (const char of indent) out += char === '\t' ? ' '.repeat(size - (out.length % size)) : char;
  return out;
}

function display(projectDir: string, file: string): string {
  return path.relative(projectDir, file).split(path.sep).join('/');
}
