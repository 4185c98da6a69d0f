/**
 * Python `re` patterns, as Pygments' lexers write them, turned into JavaScript RegExps that
 * match the same text at the same position, so lexer rules can be copied from Pygments' source.
 *
 *     (?s)\$?"(\\.|[^"\\$])*"      ->   /\$?"(\\[\s\S]|[^"\\\$])*"/vy
 *     \b(if|fi)(\s*)\b             ->   word boundaries on Unicode letters, as Python's str patterns
 *
 * Differences handled: Python's `\w`, `\d`, `\b` are Unicode-aware (JavaScript's are ASCII);
 * `.` stops only at `\n`; `\A`, `\Z`; `(?s)`-style leading flags; `]` first in a class is a
 * literal; a `{` that is no quantifier is a literal. The `v` flag lets `\w` and `\W` nest inside
 * classes; `y` makes the match start exactly at lastIndex, like Python's `pattern.match(text, pos)`.
 */

const WORD = String.raw`[\p{L}\p{N}_]`;
const NOT_WORD = String.raw`[^\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
const NOT_BOUNDARY = `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;
/** Characters the `v` flag wants escaped inside a class (syntax and reserved double punctuators). */
const CLASS_PUNCTUATION = new Set('()[]{}/-\\|&!#%,:;<=>@`~^$.*+?');
const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const QUANTIFIER = /^\{(\d*)(,\d*)?\}/;
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
  const js = `vy${python.includes('m') ? 'm' : ''}${python.includes('i') ? 'i' : ''}${indices ? 'd' : ''}`;
  return new RegExp(translate(source, dotAll, python.includes('x')), js);
}

function translate(source: string, dotAll: boolean, verbose: boolean): string {
  let out = '';
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    const rest = source.slice(index);
    const property = PROPERTY.exec(rest);
    const quantifier = quantifierAt(rest);
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
      out += translateClass(source.slice(index + 1, end));
      index = end + 1;
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
    } else if (rest.startsWith('(?P<')) {
      out += '(?<';
      index += 4;
    } else {
      out += char;
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

/** Index of the `]` closing the class opened at `start` (a `]` right after `[` or `[^` is literal). */
function classEnd(source: string, start: number): number {
  let index = start + 1;
  if (source[index] === '^') index++;
  if (source[index] === ']') index++;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index;
}

/** A class body: Python's literal punctuation escaped for `v`, `a-z` ranges kept. */
function translateClass(body: string): string {
  let out = '';
  let index = 0;
  if (body.startsWith('^')) {
    out += '^';
    index = 1;
  }
  const start = index;
  // A `-` right after a whole range is a literal in Python (`[A-Z-_]`: A to Z, `-`, `_`).
  let rangeOpen = false;
  let afterRange = false;
  while (index < body.length) {
    const char = body[index] ?? '';
    const property = PROPERTY.exec(body.slice(index));
    const range: boolean = char === '-' && index > start && index < body.length - 1 && !afterRange;
    if (property) {
      out += property[0];
      index += property[0].length;
    } else if (char === '\\') {
      out += escape(body[index + 1] ?? '', true);
      index += 2;
    } else {
      out += range ? '-' : CLASS_PUNCTUATION.has(char) ? `\\${char}` : char;
      index++;
    }
    afterRange = rangeOpen && !range;
    rangeOpen = range;
  }
  return `[${out}]`;
}

function escape(char: string, inClass: boolean): string {
  switch (char) {
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
