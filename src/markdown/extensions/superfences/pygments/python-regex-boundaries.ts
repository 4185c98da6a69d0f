/**
 * Fewer word-boundary tests in a Python pattern, with the same matches, before it is translated.
 *
 * Python's `\b` is Unicode-aware, so it becomes four lookarounds on `[\p{L}\p{N}_]` in JavaScript
 * (python-regex.ts), and V8 compiles each copy of that class on its own: about 0.5 ms a copy. A
 * rule like GnuplotLexer's `all\b|al\b|a\b|angles\b|…` (650 `\b`) took 1.5 s to compile. Two
 * rewrites keep what every pattern matches, its groups and the order alternatives are tried in:
 *
 *     all\b|al\b|a\b      ->   (?:all|al|a)\b       a `\b` ending (or starting) every alternative
 *                                                   is tested once after (before) them
 *     (?:all|al|a)\b      ->   (?:all|al|a)(?!\w)   a `\b` after a word character only has to
 *     \bas\b              ->   (?<!\w)as(?!\w)      look at the next one (and so on for `\B`,
 *     :\b                 ->   :(?=\w)              a non-word character, and the other side)
 *
 * "A word character" is one the pattern itself fixes: an ASCII letter, digit or `_` written as
 * itself (re.IGNORECASE folds ASCII letters only to letters: `K` to the Kelvin sign), `\w` or
 * `\d`, or a group whose every alternative ends (or starts) with one; likewise ASCII punctuation,
 * `\s`, `\n` for a non-word character. Anything else (a class, a quantifier that may repeat zero
 * times, a lookaround) keeps the full test. Verbose patterns (`(?x)`) are left as written.
 */

type Piece = string | Group;
interface Group {
  /** `(`, `(?:`, `(?P<name>`, `(?=`, `(?<!`, `(?i:`... */
  readonly open: string;
  readonly alternatives: Piece[][];
}
type Side = 'word' | 'other' | undefined;

const BOUNDARY = '\\b';
const NOT_BOUNDARY = '\\B';
/** Python's metacharacters: written as themselves they are no literal. */
const META = new Set('.^$*+?{}[]()|\\');
/** A piece after which the one before it may be matched zero times. */
const MAY_BE_ZERO = new Set(['?', '*', '{']);
/** A piece after which the one before it may be matched more than once. */
const REPEATS = new Set(['*', '+', '{']);
const LOOKAROUND = new Set(['(?=', '(?!', '(?<=', '(?<!']);
/** Python's escapes longer than two characters: hex, Unicode, named, octal, backreferences. */
const ESCAPE = /\\(?:x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|N\{[^}]*\}|0[0-7]{0,2}|[1-9]\d?)/y;
/** A group's opening; `(?P=name)`, `(?#…)`, `(?(1)…)` and flags for the rest of the pattern are not read here. */
const OPEN = /\((?:\?(?::|=|!|<=|<!|P<\w+>|[aiLmsux-]+:))?/y;

/** The match of a sticky `regex` at `index` in `source`. */
function at(regex: RegExp, source: string, index: number): string | undefined {
  regex.lastIndex = index;
  return regex.exec(source)?.[0];
}

/** The rewritten pattern, or the pattern itself when nothing applies or it is not read fully. */
export function simplifyBoundaries(source: string): string {
  if (!source.includes(BOUNDARY) && !source.includes(NOT_BOUNDARY)) return source;
  const parsed = parse(source);
  return parsed === undefined ? source : write(parsed);
}

/** The pattern's alternatives, as pieces and nested groups; undefined for what is not read here. */
function parse(source: string): Piece[][] | undefined {
  const stack: { open: string; alternatives: Piece[][] }[] = [{ open: '', alternatives: [[]] }];
  let index = 0;
  while (index < source.length) {
    const top = stack.at(-1);
    const sequence = top?.alternatives.at(-1);
    if (top === undefined || sequence === undefined) return undefined;
    const char = source[index] ?? '';
    if (char === '\\') {
      // `\x2d` is one character (a `-`), not `\x` then the letters `2d`.
      const escape = at(ESCAPE, source, index) ?? source.slice(index, index + 2);
      sequence.push(escape);
      index += escape.length;
    } else if (char === '[') {
      const end = classEnd(source, index);
      if (end >= source.length) return undefined;
      sequence.push(source.slice(index, end + 1));
      index = end + 1;
    } else if (char === '(') {
      const open = at(OPEN, source, index);
      if (open === undefined || (open === '(' && source[index + 1] === '?')) return undefined;
      stack.push({ open, alternatives: [[]] });
      index += open.length;
    } else if (char === ')') {
      const group = stack.pop();
      const parent = stack.at(-1)?.alternatives.at(-1);
      if (group === undefined || parent === undefined) return undefined;
      parent.push(group);
      index++;
    } else if (char === '|') {
      top.alternatives.push([]);
      index++;
    } else {
      sequence.push(char);
      index++;
    }
  }
  return stack.length === 1 ? stack[0]?.alternatives : undefined;
}

/** Index of the `]` closing the class opened at `start` (a `]` right after `[` or `[^` is literal). */
export function classEnd(source: string, start: number): number {
  let index = start + 1;
  if (source[index] === '^') index++;
  if (source[index] === ']') index++;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index;
}

/** `before`: what the character before the alternatives is, when the pattern around them fixes it. */
function write(alternatives: Piece[][], before: Side = undefined): string {
  return factor(alternatives).map((sequence) => writeSequence(sequence, before)).join('|');
}

function writeSequence(sequence: readonly Piece[], before: Side): string {
  let out = '';
  for (const [index, piece] of sequence.entries()) {
    const previous = index === 0 ? before : lastSide(sequence[index - 1]);
    if (typeof piece !== 'string') {
      // A group matched once, right after the piece before it, starts after that piece's last
      // character (`(if)(\(|\b)`); a repeated group or a lookaround may start elsewhere.
      const once = !LOOKAROUND.has(piece.open) && !REPEATS.has(String(sequence[index + 1]));
      out += `${piece.open}${write(piece.alternatives, once ? previous : undefined)})`;
    } else if (piece === BOUNDARY || piece === NOT_BOUNDARY) out += boundary(piece === BOUNDARY, previous, sequence, index);
    else out += piece;
  }
  return out;
}

/**
 * `a\b|b\b` -> `(?:a|b)\b` and `\ba|\bb` -> `\b(?:a|b)`: alternatives are tried in the same order
 * and each still tests the boundary right after (before) itself. Gives one alternative.
 */
function factor(alternatives: Piece[][]): Piece[][] {
  if (alternatives.length < 2) return alternatives;
  const all = (test: (sequence: Piece[]) => boolean) => alternatives.every(test);
  const before = all((sequence) => sequence[0] === BOUNDARY) ? BOUNDARY : undefined;
  const after = all((sequence) => sequence.length > (before ? 1 : 0) && sequence.at(-1) === BOUNDARY) ? BOUNDARY : undefined;
  if (before === undefined && after === undefined) return alternatives;
  const inner = alternatives.map((sequence) => sequence.slice(before ? 1 : 0, after ? -1 : undefined));
  return [[...(before ? [before] : []), { open: '(?:', alternatives: inner }, ...(after ? [after] : [])]];
}

/** `\b` (or `\B`) at `index`, with one lookaround where a neighbour fixes what one side is. */
function boundary(word: boolean, before: Side, sequence: readonly Piece[], index: number): string {
  if (before !== undefined) return word === (before === 'word') ? '(?!\\w)' : '(?=\\w)';
  const next = sequence[index + 1];
  const after = next === undefined || MAY_BE_ZERO.has(String(sequence[index + 2])) ? undefined : firstSide(next);
  if (after !== undefined) return word === (after === 'word') ? '(?<!\\w)' : '(?<=\\w)';
  return word ? BOUNDARY : NOT_BOUNDARY;
}

/** Whether the last character `piece` matches is a word character, when the pattern fixes it. */
function lastSide(piece: Piece | undefined): Side {
  if (piece === undefined) return undefined;
  if (typeof piece === 'string') return side(piece);
  if (LOOKAROUND.has(piece.open)) return undefined;
  return agree(piece.alternatives.map((sequence) => lastSide(sequence.at(-1))));
}

/** Whether the first character `piece` matches is a word character, when the pattern fixes it. */
function firstSide(piece: Piece): Side {
  if (typeof piece === 'string') return side(piece);
  if (LOOKAROUND.has(piece.open)) return undefined;
  return agree(piece.alternatives.map((sequence) => {
    const first = sequence[0];
    return first === undefined || MAY_BE_ZERO.has(String(sequence[1])) ? undefined : firstSide(first);
  }));
}

function agree(sides: readonly Side[]): Side {
  const first = sides[0];
  return sides.every((each) => each === first) ? first : undefined;
}

/** One character's side, for a piece that matches exactly one character fixed by the pattern. */
function side(piece: string): Side {
  if (piece.length === 1) {
    if (/^\w$/.test(piece)) return 'word';
    return piece.charCodeAt(0) < 128 && !META.has(piece) ? 'other' : undefined;
  }
  if (piece.length !== 2 || piece[0] !== '\\') return undefined;
  const escaped = piece[1] ?? '';
  if ('wd_'.includes(escaped)) return 'word';
  if ('sntrfv'.includes(escaped)) return 'other';
  return escaped.charCodeAt(0) < 128 && !/\w/.test(escaped) ? 'other' : undefined;
}
