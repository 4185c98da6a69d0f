/**
 * Python `re` patterns, as Pygments' lexers write them, turned into JavaScript RegExps that
 * match the same text at the same position, so lexer rules can be copied from Pygments' source.
 *
 *     (?s)\$?"(\\.|[^"\\$])*"      ->   /\$?"(\\[\s\S]|[^"\\\$])*"/vy
 *     \b(if|fi)(\s*)\b             ->   word boundaries on Unicode letters, as Python's str patterns
 *
 * Differences handled: Python's `\w`, `\d`, `\b` are Unicode-aware (JavaScript's are ASCII);
 * `\s` is str.isspace; `.`, `^` and `$` know only `\n` as a line end; `\A`, `\Z`; `(?s)`-style
 * leading flags; `(?P<name>...)` and `(?P=name)`; `]` first in a class is a literal; a `{` that is
 * no quantifier is a literal; under re.IGNORECASE an `i` also matches `ı` and `İ`. The `v` flag
 * lets `\w` and `\W` nest inside classes; `y` makes the match start exactly at lastIndex, like
 * Python's `pattern.match(text, pos)`.
 */
import { classEnd, simplifyBoundaries } from './python-regex-boundaries.ts';

const WORD = String.raw`[\p{L}\p{N}_]`;
const NOT_WORD = String.raw`[^\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
const NOT_BOUNDARY = `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;
/** Python's `\s` (str.isspace): JavaScript's without U+FEFF, plus U+001C-U+001F and U+0085. */
const SPACE = String.raw`[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]`;
const NOT_SPACE = `[^${SPACE.slice(1)}`;
/** `^` and `$` see only `\n` as a line end (JavaScript's also see `\r`, U+2028, U+2029). */
const LINE_START = { multiline: String.raw`(?<![^\n])`, single: String.raw`(?<![\s\S])` };
const LINE_END = { multiline: String.raw`(?=\n|(?![\s\S]))`, single: String.raw`(?=\n?(?![\s\S]))` };
/** Characters the `v` flag wants escaped inside a class (syntax and reserved double punctuators). */
const CLASS_PUNCTUATION = new Set('()[]{}/-\\|&!#%,:;<=>@`~^$.*+?');
const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const QUANTIFIER = /^\{(\d*)(,\d*)?\}/;
/** `(?P=name)`, Python's named backreference (JavaScript's `\k<name>`). */
const NAMED_REFERENCE = /^\(\?P=(\w+)\)/;
/** `(?P<name>`, a named group (JavaScript's `(?<name>`). */
const NAMED_GROUP = /^\(\?P<(\w+)>/;
/**
 * Under re.IGNORECASE Python matches `i` and `I` with U+0131 `ı` and U+0130 `İ` (their simple case
 * maps meet); JavaScript's case folding keeps those apart, so they are added where `i` is matched.
 */
const DOTTED_I = 'ıİ';
/** `\p{XID_Start}`: the same syntax in both engines. */
const PROPERTY = /^\\[pP]\{\w+\}/;

/**
 * Compiles one rule's pattern. `flags` are the lexer's Python flags (`m` for re.MULTILINE, `s`
 * for re.DOTALL, `i`); `indices` adds `d` so bygroups can read each group's start.
 */
export function pythonRegExp(pattern: string, flags: string, indices: boolean): RegExp {
  let source = pattern;
  let python = flags;
  const inline = /^\(\?([aiLmsux]+)\)/.exec(source);
  if (inline) {
    python += inline[1] ?? '';
    source = source.slice(inline[0].length);
  }
  const dotAll = python.includes('s');
  // Each Unicode `\b` costs V8 four large classes to compile: fewer where neighbours allow.
  if (!python.includes('x')) source = simplifyBoundaries(source);
  const js = `vy${python.includes('m') ? 'm' : ''}${python.includes('i') ? 'i' : ''}${indices ? 'd' : ''}`;
  return new RegExp(translate(source, dotAll, python.includes('x'), python.includes('m'), python.includes('i')), js);
}

function translate(source: string, dotAll: boolean, verbose: boolean, multiline: boolean, ignoreCase: boolean): string {
  let out = '';
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    const rest = source.slice(index);
    const property = PROPERTY.exec(rest);
    const quantifier = quantifierAt(rest);
    const namedReference = NAMED_REFERENCE.exec(rest);
    const namedGroup = NAMED_GROUP.exec(rest);
    if (verbose && (char === '#' || /\s/.test(char))) {
      // re.VERBOSE (`(?x)`): whitespace and `#` comments outside classes are not the pattern.
      const newline = source.indexOf('\n', index);
      index = char === '#' ? (newline === -1 ? source.length : newline) : index + 1;
    } else if (property) {
      out += property[0];
      index += property[0].length;
    } else if (char === '\\') {
      out += escape(source[index + 1] ?? '', false);
      index += 2;
    } else if (char === '[') {
      const end = classEnd(source, index);
      out += translateClass(source.slice(index + 1, end), ignoreCase);
      index = end + 1;
    } else if (char === '^' || char === '$') {
      out += (char === '^' ? LINE_START : LINE_END)[multiline ? 'multiline' : 'single'];
      index++;
    } else if (char === '.') {
      out += dotAll ? String.raw`[\s\S]` : String.raw`[^\n]`;
      index++;
    } else if (char === '{' || char === '}') {
      // `{m,n}` is a quantifier (Python's `{,n}` is `{0,n}`); any other brace is a literal.
      out += quantifier ? `{${quantifier[1] || '0'}${quantifier[2] ?? ''}}` : `\\${char}`;
      index += quantifier ? quantifier[0].length : 1;
    } else if (char === ']') {
      // A `]` outside a class is a literal in Python; the `v` flag wants it escaped.
      out += '\\]';
      index++;
    } else if (namedGroup) {
      out += `(?<${namedGroup[1] ?? ''}>`;
      index += namedGroup[0].length;
    } else if (namedReference) {
      // `(?P=name)`: a backreference to a named group.
      out += `\\k<${namedReference[1] ?? ''}>`;
      index += namedReference[0].length;
    } else {
      out += ignoreCase && (char === 'i' || char === 'I') ? `[iI${DOTTED_I}]` : char;
      index++;
    }
  }
  return out;
}

/** `{2}`, `{2,}`, `{2,5}`, `{,5}`; not `{}` or `{a}`, which Python reads as literal text. */
function quantifierAt(rest: string): RegExpExecArray | null {
  const match = QUANTIFIER.exec(rest);
  return match && (match[1] !== '' || (match[2] ?? '').length > 1) ? match : null;
}


/**
 * A class body: Python's literal punctuation escaped for `v`, `a-z` ranges kept. As in Python's
 * sre_parse, `-` makes a range only between two single characters; a `-` right after a range,
 * first or last is a literal (`[a-z-+]` is a-z, `-` and `+`), which `v` wants escaped.
 */
function translateClass(body: string, ignoreCase: boolean): string {
  let out = '';
  let index = 0;
  // whether the class holds `i` or `I`, alone or in a range (then `ı` and `İ` join it)
  let dotted = false;
  if (body.startsWith('^')) {
    out += '^';
    index = 1;
  }
  while (index < body.length) {
    const first = literalAt(body, index);
    const [atom, single, next] = classAtom(body, index);
    out += atom;
    index = next;
    if (single && body[index] === '-' && index + 1 < body.length) {
      const last = literalAt(body, index + 1);
      const [end, , after] = classAtom(body, index + 1);
      out += `-${end}`;
      index = after;
      if (first !== undefined && last !== undefined) dotted ||= [...'iI'].some((letter) => first <= letter && letter <= last);
    } else dotted ||= first === 'i' || first === 'I';
  }
  return `[${out}${ignoreCase && dotted ? DOTTED_I : ''}]`;
}

/** The character a class atom at `index` stands for, when it is one written as itself (`a`, `\-`). */
function literalAt(body: string, index: number): string | undefined {
  const char = body[index];
  if (char !== '\\') return char;
  const escaped = body[index + 1];
  return escaped !== undefined && !/[\p{L}\p{N}]/u.test(escaped) ? escaped : undefined;
}

/** The class atom at `index`: its translation, whether it is one character, and where it ends. */
function classAtom(body: string, index: number): [atom: string, single: boolean, next: number] {
  const char = body[index] ?? '';
  const property = PROPERTY.exec(body.slice(index));
  if (property) return [property[0], false, index + property[0].length];
  if (char === '\\') {
    const escaped = body[index + 1] ?? '';
    return [escape(escaped, true), !'wWdDsS'.includes(escaped), index + 2];
  }
  return [CLASS_PUNCTUATION.has(char) ? `\\${char}` : char, true, index + 1];
}

function escape(char: string, inClass: boolean): string {
  switch (char) {
    case 's': return SPACE;
    case 'S': return NOT_SPACE;
    case 'w': return WORD;
    case 'W': return NOT_WORD;
    case 'd': return String.raw`\p{Nd}`;
    case 'D': return String.raw`\P{Nd}`;
    case 'b': return inClass ? String.raw`\x08` : BOUNDARY;
    case 'B': return NOT_BOUNDARY;
    case 'A': return String.raw`(?<![\s\S])`;
    case 'Z': return String.raw`(?![\s\S])`;
  }
  if (/[\p{L}\p{N}]/u.test(char)) return `\\${char}`;
  if (inClass ? CLASS_PUNCTUATION.has(char) : SYNTAX.has(char)) return `\\${char}`;
  return char;
}
