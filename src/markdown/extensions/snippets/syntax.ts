/**
 * The line syntax of pymdownx.snippets. It is line-based on purpose (PyMdown runs it as a
 * pre-pass, before any Markdown parsing, so it works even inside fenced code):
 *
 *     --8<-- "file.md"          one file, the line's indentation is kept for every included line
 *     ;--8<-- "file.md"         escaped: printed as `--8<-- "file.md"`
 *     --8<--                    block form: one path per line until the closing marker;
 *     a.md                      an empty line inserts an empty line, `; path` is commented out
 *     --8<--
 *     --8<-- "file.md:3:5"      lines 3 to 5 (`:3` from 3 on, `::5` up to 5)
 *     --8<-- "file.md:intro"    the lines between `--8<-- [start:intro]` and `--8<-- [end:intro]`
 */

export type SnippetLine =
  | { readonly kind: 'text' }
  | { readonly kind: 'escaped'; readonly text: string }
  | { readonly kind: 'inline'; readonly indent: string; readonly path: string }
  | { readonly kind: 'block-marker' };

// PyMdown's RE_ALL_SNIPPETS, plus the `;` escape of later PyMdown versions.
const ALL = /^([ \t]*)(;*)(?:(-{2,}8<-{2,}[ \t]+)("(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?')(?![ \t])|(-{2,}8<-{2,})(?![ \t]))\r?$/;
const BLOCK_PATH = /^([ \t]*)(.*?)\r?$/;
const SECTION = /^(.*?)(;*)(-+8<-+[ \t]+)\[[ \t]*(start|end)[ \t]*:[ \t]*([a-z][-_0-9a-z]*)[ \t]*\](.*)$/i;
const TARGET = /^(.*?)(?::(\d*))?(?::(\d*))?$/;
const TARGET_SECTION = /^(.*?):([a-z][-_0-9a-z]*)$/i;

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

export type SectionMarker = { readonly kind: 'start' | 'end'; readonly name: string } | { readonly kind: 'escaped'; readonly text: string };

/** `--8<-- [start:name]` anywhere on a line (often inside a comment of the host language). */
export function sectionMarker(line: string): SectionMarker | undefined {
  const match = SECTION.exec(line);
  if (!match) return undefined;
  const [, , escape = '', , kind, name = ''] = match;
  if (escape !== '') return { kind: 'escaped', text: line.replace(/;(-+8<)/, '$1') };
  return { kind: kind?.toLowerCase() === 'end' ? 'end' : 'start', name };
}

export interface SnippetTarget {
  readonly file: string;
  /** 1-based first line, inclusive. */
  readonly start?: number | undefined;
  /** 1-based last line, inclusive. */
  readonly end?: number | undefined;
  readonly section?: string | undefined;
}

/** `file.md:3:5`, `file.md:3`, `file.md::5`, `file.md:name` or plain `file.md`. */
export function parseTarget(spec: string): SnippetTarget {
  const section = TARGET_SECTION.exec(spec);
  if (section?.[1] && section[2]) return { file: section[1].trim(), section: section[2] };
  const range = TARGET.exec(spec);
  const file = (range?.[1] ?? spec).trim();
  const start = range?.[2] ? Number(range[2]) : undefined;
  const end = range?.[3] ? Number(range[3]) : undefined;
  return { file, start, end };
}
