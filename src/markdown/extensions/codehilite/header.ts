/**
 * CodeHilite's first-line language marker on indented code: `:::python` (removed, numbers as
 * configured) or `#!python` (removed, numbers on when `linenums` is unset); a shebang with a
 * path (`#!/usr/bin/python`) names the language but stays in the code. `hl_lines="1 3"` may follow.
 *
 * ```
 *     :::python hl_lines="2"      ->  lang python, lines 2 highlighted, marker line removed
 *     #!/bin/sh                   ->  lang sh, line kept, numbers on
 * ```
 */

export interface CodeHeader {
  readonly lang: string | undefined;
  readonly source: string;
  /** True when a `#!` shebang asks for line numbers. */
  readonly shebang: boolean;
  readonly hlLines: readonly number[];
}

const MARKER = /^(?:::+|(#!))((?:\/\w+)*[/ ])?([\w#.+-]*)\s*(?:hl_lines=(["'])(.*?)\4)?/u;

export function parseHeader(source: string): CodeHeader {
  const lines = source.split('\n');
  const first = lines[0] ?? '';
  const match = MARKER.exec(first);
  if (!match) return { lang: undefined, source, shebang: false, hlLines: [] };
  const rest = match[2] !== undefined ? lines : lines.slice(1);
  return {
    lang: (match[3] ?? '').toLowerCase(),
    source: rest.join('\n').replace(/^\n+|\n+$/g, ''),
    shebang: match[1] !== undefined,
    hlLines: parseHlLines(match[5]),
  };
}

/** `parse_hl_lines`: whole numbers split on spaces; anything else means none. */
export function parseHlLines(value: string | undefined): number[] {
  if (value === undefined) return [];
  const parts = value.split(/\s+/).filter((part) => part !== '');
  return parts.every((part) => /^[+-]?\d+$/.test(part)) ? parts.map(Number) : [];
}
