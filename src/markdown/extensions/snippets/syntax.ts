/**
 * The line syntax of pymdownx.snippets. It is line-based on purpose (PyMdown runs it as a
 * pre-pass, before any Markdown parsing, so it works even inside fenced code):
 *
 *     --8<-- "file.md"          one file, the line's indentation is kept for every included line
 *     ;--8<-- "file.md"         escaped: printed as `--8<-- "file.md"`
 *     --8<--                    block form: one path per line until the closing marker;
 *     a.md                      an empty line inserts an empty line, `; path` is commented out
 *     --8<--
 *     --8<-- "file.md:3:5"      lines 3 to 5 (`:3` from 3 on, `::5` up to 5, `:-2` the line before
 *                               the last, `:1:2,8:9` several ranges, in order)
 *     --8<-- "file.md:intro"    the lines between `--8<-- [start:intro]` and `--8<-- [end:intro]`
 *     -8<- "file.md"            one dash on each side is enough (PyMdown 10)
 */

export type SnippetLine =
  | { readonly kind: 'text' }
  | { readonly kind: 'escaped'; readonly text: string }
  | { readonly kind: 'inline'; readonly indent: string; readonly path: string }
  | { readonly kind: 'block-marker' };

// PyMdown's RE_ALL_SNIPPETS, with its `;` escape.
const ALL = /^([ \t]*)(;*)(?:(-+8<-+[ \t]+)("(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?')(?![ \t])|(-+8<-+)(?![ \t]))\r?$/;
const BLOCK_PATH = /^([ \t]*)(.*?)\r?$/;
const SECTION = /^(.*?)(;*)(-+8<-+[ \t]+)\[[ \t]*(start|end)[ \t]*:[ \t]*([a-z][-_0-9a-z]*)[ \t]*\](.*)$/i;
// PyMdown's RE_SNIPPET_FILE: a path, then line ranges (`:1:2,8:9`, `:-3`) or a section name.
const TARGET = /^(.*?)(?:((?::-?[0-9]*){1,2}(?:(?:,(?=[-0-9:])-?[0-9]*)(?::-?[0-9]*)?)*)|(:[a-z][-_0-9a-z]*))?$/i;

export function classifyLine(line: string): SnippetLine {
  const match = ALL.exec(line);
  if (!match) return { kind: 'text' };
  const [, indent = '', escape = '', inline, quoted] = match;
  if (escape !== '') return { kind: 'escaped', text: line.replace(';', '') };
  if (inline !== undefined && quoted !== undefined) return { kind: 'inline', indent, path: quoted.slice(1, -1).trim() };
  return { kind: 'block-marker' };
}

/** A path line inside a block: its indentation and the trimmed path. */
export function blockPath(line: string): { readonly indent: string; readonly path: string } {
  const match = BLOCK_PATH.exec(line);
  return { indent: match?.[1] ?? '', path: (match?.[2] ?? '').trim() };
}

export interface SectionMarker {
  readonly kind: 'start' | 'end';
  readonly name: string;
  /** `;--8<-- [start:x]`: printed as text, one `;` fewer. */
  readonly escaped: boolean;
  /** The line with one `;` of the escape removed. */
  readonly unescaped: string;
}

/** `--8<-- [start:name]` anywhere on a line (often inside a comment of the host language). */
export function sectionMarker(line: string): SectionMarker | undefined {
  const match = SECTION.exec(line);
  if (!match) return undefined;
  const [, , escape = '', , kind, name = ''] = match;
  return { kind: kind?.toLowerCase() === 'end' ? 'end' : 'start', name, escaped: escape !== '', unescaped: line.replace(/;(-+8<)/, '$1') };
}

/** One `start:end` of a target, as PyMdown reads it: 1-based, negative from the end, or open. */
export interface LineRange {
  readonly start?: number | undefined;
  readonly end?: number | undefined;
}

export interface SnippetTarget {
  readonly file: string;
  /** Ranges in the order written (`:1:2,8:9`); none means the whole file. */
  readonly ranges: readonly LineRange[];
  readonly section?: string | undefined;
}

/** `file.md:3:5`, `file.md:3`, `file.md::5`, `file.md:-2`, `file.md:1:2,8:9`, `file.md:name` or plain `file.md`. */
export function parseTarget(spec: string): SnippetTarget {
  const match = TARGET.exec(spec);
  const file = (match?.[1] ?? spec).trim();
  const section = match?.[3]?.slice(1);
  if (section !== undefined) return { file, ranges: [], section };
  const lines = match?.[2];
  if (lines === undefined) return { file, ranges: [] };
  const ranges = lines.slice(1).split(',').map((part): LineRange => {
    const [start = '', end] = part.split(':');
    return { start: start === '' ? undefined : Number(start), end: end === undefined || end === '' ? undefined : Number(end) };
  });
  return { file, ranges };
}

/**
 * The 0-based indices of `total` lines that `ranges` select, in PyMdown's slice arithmetic: a
 * negative start counts from the end, a negative end from one past it, both clamped to the file.
 */
export function selectRanges(total: number, ranges: readonly LineRange[]): number[] {
  const picked: number[] = [];
  for (const range of ranges) {
    const start = range.start === undefined ? 0 : range.start < 0 ? clamp(total + range.start) : Math.max(0, range.start - 1);
    const end = range.end === undefined ? total : range.end < 0 ? clamp(total + 1 + range.end) : Math.min(total, range.end);
    for (let index = start; index < end; index++) picked.push(index);
  }
  return picked;

  function clamp(value: number): number {
    return Math.min(total, Math.max(0, value));
  }
}
