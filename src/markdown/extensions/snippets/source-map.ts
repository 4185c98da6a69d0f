/**
 * Where each line of a page lands after `--8<--` inclusion. The snippets pre-pass records, for
 * every output line, the file and line it came from and the include chain that brought it in, so
 * a message about line 40 of the expanded page can say `includes/x.md:3 included from a.md:12`.
 */

/** The origin of one expanded line. `from` is the include directive that pulled the file in. */
export interface LineOrigin {
  /** The file, relative to the project folder for includes, the page path for the page itself. */
  readonly file: string;
  /** 1-based line in `file`. */
  readonly line: number;
  /** Columns added in front of the line (the include directive's indentation). */
  readonly indent: number;
  readonly from?: LineOrigin | undefined;
}

/** Maps the lines of the expanded source back to their files. */
export class SourceMap {
  readonly #origins: readonly LineOrigin[];

  constructor(origins: readonly LineOrigin[]) {
    this.#origins = origins;
  }

  /** The origin of a 1-based line of the expanded source, if it is inside it. */
  at(line: number): LineOrigin | undefined {
    return this.#origins[line - 1];
  }

  /**
   * The page position of an expanded line: the line itself for page text, the outermost
   * `--8<--` directive for included text (links found in an include are on the page there).
   */
  toPage(line: number, column?: number): { line: number; column: number | undefined } | undefined {
    let origin = this.at(line);
    if (!origin) return undefined;
    if (!origin.from) return { line: origin.line, column: column === undefined ? undefined : Math.max(1, column - origin.indent) };
    while (origin.from) origin = origin.from;
    return { line: origin.line, column: origin.indent + 1 };
  }

  /**
   * Maps a position of the expanded source back to its file: the page itself for page lines,
   * the include file (and its chain) for included lines. Columns lose the include's indentation.
   */
  resolve(line: number, column?: number): MappedPosition | undefined {
    const origin = this.at(line);
    if (!origin) return undefined;
    const mapped = column === undefined ? undefined : Math.max(1, column - origin.indent);
    return { file: origin.file, line: origin.line, column: mapped, chain: describeOrigin(origin), included: origin.from !== undefined };
  }
}

export interface MappedPosition {
  readonly file: string;
  readonly line: number;
  readonly column: number | undefined;
  /** `includes/x.md:3 included from a.md:12`. */
  readonly chain: string;
  /** True when the line came from a snippet, not from the page. */
  readonly included: boolean;
}

/** `includes/x.md:3 included from includes/y.md:1 included from a.md:12`. */
export function describeOrigin(origin: LineOrigin): string {
  const parts: string[] = [];
  for (let at: LineOrigin | undefined = origin; at; at = at.from) parts.push(`${at.file}:${at.line}`);
  return parts.join(' included from ');
}

/**
 * Origins of a later pre-pass taken back through an earlier one's map. Each pre-pass numbers the
 * lines it was given as `page:n`; when an earlier pass (`{!file!}` includes, priority 101, before
 * snippets' 32) already expanded the page, line n is that pass's line n, so the outermost origin
 * of every chain is replaced by what the earlier map says about it.
 */
export function throughEarlier(origins: readonly LineOrigin[], page: string, earlier: SourceMap | undefined): LineOrigin[] {
  if (!earlier) return [...origins];
  const root = (origin: LineOrigin): LineOrigin => {
    if (origin.from) return { ...origin, from: root(origin.from) };
    const before = origin.file === page ? earlier.at(origin.line) : undefined;
    if (!before) return origin;
    return origin.indent === 0 ? before : { ...before, indent: before.indent + origin.indent };
  };
  return origins.map(root);
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the include pre-passes (snippets, markdown_include, mdx_include): expanded lines back to their files. */
    sourceMap: SourceMap;
  }
}
