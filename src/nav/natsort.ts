/**
 * natsort's keys as mkdocs-awesome-nav 3 builds them (`natsort_keygen(alg=GROUPLETTERS | INT
 * [| PATH] [| IGNORECASE])`): digit runs compare as numbers, letters compare case-insensitively
 * first (each character doubled as lowercase + itself: `Apple` < `apple` < `Banana`), and with
 * PATH a path compares component by component, its extensions split off.
 *
 *   compareNatsort(natsortKey('page-2.md', { path: true }), natsortKey('page-10.md', { path: true }))  // < 0
 */
import { compareCodePoints } from '../shared/code-points.ts';

/**
 * One string's key: text and numbers alternating, text first ('' when the string starts with a
 * digit). Numbers are BigInts, as Python's int: a 20-digit run (an id, a nanosecond timestamp)
 * is past a double's 2^53 and would tie with its neighbours.
 */
type Part = ReadonlyArray<string | bigint>;
/** A key: one part per string of the sort tuple (with PATH, one per path component and extension). */
export type NatsortKey = readonly Part[];

export interface NatsortOptions {
  /** ns.PATH: split paths into components and extensions. */
  readonly path?: boolean;
  /** ns.IGNORECASE: casefold before comparing. */
  readonly ignoreCase?: boolean;
}

/** The key of a sort tuple (`('name', 'dir/name')`) or one string. */
export function natsortKey(values: string | readonly string[], options: NatsortOptions = {}): NatsortKey {
  const strings = typeof values === 'string' ? [values] : values;
  return strings.flatMap((value) => (options.path ? pathParts(value) : [value])).map((value) => partOf(options.ignoreCase ? value.toLowerCase() : value));
}

export function compareNatsort(a: NatsortKey, b: NatsortKey): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const order = compareParts(a[index] ?? [], b[index] ?? []);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

function compareParts(a: Part, b: Part): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const x = a[index] ?? '';
    const y = b[index] ?? '';
    const order = typeof x === 'bigint' && typeof y === 'bigint' ? (x < y ? -1 : x > y ? 1 : 0) : compareCodePoints(String(x), String(y));
    if (order !== 0) return Math.sign(order);
  }
  return a.length - b.length;
}

/**
 * natsort's split of a string: text grouped by letter (GROUPLETTERS), digit runs as integers. Empty
 * text is left out except first: a string that starts with a number keeps natsort's leading ''.
 */
function partOf(value: string): Part {
  const pieces = value.split(/(\d+)/);
  const part: Array<string | bigint> = [];
  pieces.forEach((piece, index) => {
    // split with a capture group alternates text and digits: odd places hold numbers.
    if (index % 2 === 1) part.push(BigInt(piece));
    else if (piece !== '' || index === 0) part.push(groupLetters(piece));
  });
  return part;
}

function groupLetters(text: string): string {
  let grouped = '';
  for (const char of text) grouped += char.toLowerCase() + char;
  return grouped;
}

/**
 * natsort's path_splitter: the path's components, then the last one's extensions split off from
 * the right until one looks like a decimal number (`.5`) or there is none (`a/b.tar.gz` -> a, b, .tar, .gz).
 */
function pathParts(value: string): string[] {
  const components = value.split('/').filter((component) => component !== '' && component !== '.');
  let base = components.pop() ?? '';
  const extensions: string[] = [];
  for (;;) {
    const dot = base.lastIndexOf('.');
    // os.path.splitext: leading dots belong to the name (`.hidden` has no extension).
    if (dot <= 0 || /^\.+$/.test(base.slice(0, dot))) break;
    const extension = base.slice(dot);
    if (extension === '.' || /^\.\d/.test(extension)) break;
    extensions.unshift(extension);
    base = base.slice(0, dot);
  }
  return [...components, base, ...extensions];
}
