/**
 * Pygments' TNTLexer (pygments/lexers/tnt.py, Pygments 2.20), method for method: Typographic
 * Number Theory (Gödel, Escher, Bach) read by a hand-written recursive descent, not a RegexLexer.
 * Each line is an optional line number, a formula (or a fantasy `[`/`]`), a rule and an optional
 * `(lines ...)` reference; what does not parse is `Error` up to the line end. Pygments signals a
 * failed parse with AssertionError and reading past the text with IndexError, and its recovery
 * from the latter keeps tokens it already wrote (so a few texts come out with characters twice):
 * both are followed here.
 *
 *     1 Aa:~Sa=0 axiom 1   ->   <mi>1</mi> <kd>A</kd><nv>a</nv><p>:</p><o>~</o><mi>S</mi><nv>a</nv><o>=</o><mi>0</mi> <k>axiom </k><mi>1</mi>
 */
import { pythonRegExp } from '../python-regex.ts';
import type { Lexer, LexerFactory, Token } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';

const LOGIC = new Set('⊃→]&∧^|∨Vv');
const OPERATORS = new Set('+.⋅*');
const VARIABLES = new Set('abcde');
const PRIMES = new Set("'′");
const NEGATORS = new Set('~!');
const QUANTIFIERS = new Set('AE∀∃');
const NUMBERS = new Set('0123456789');
const WHITESPACE = new Set('\t \v\n');

const RULES = pythonRegExp(
  String.raw`(?xi)
    joining | separation | double-tilde | fantasy\ rule
    | carry[- ]over(?:\ of)?(?:\ line)?\ ([0-9]+) | detachment
    | contrapositive | De\ Morgan | switcheroo
    | specification | generalization | interchange
    | existence | symmetry | transitivity
    | add\ S | drop\ S | induction
    | axiom\ ([1-5]) | premise | push | pop
  `,
  '',
  true,
);
const LINENOS = pythonRegExp(String.raw`(?:[0-9]+)(?:(?:, ?|,? and )(?:[0-9]+))*`, '', false);
const COMMENT = pythonRegExp(String.raw`\[[^\n\]]+\]`, '', false);

/** Python's AssertionError (no parse here) and IndexError (read past the text). */
class NoParse extends Error {}
class PastEnd extends Error {}

/** One run of the lexer over a text, with Python's code-point indexing. */
class Run {
  readonly cur: Array<[number, TokenType, string]> = [];
  private readonly chars: readonly string[];
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    this.chars = Array.from(text);
  }

  get length(): number {
    return this.chars.length;
  }

  /** `text[index]`: IndexError past the end. */
  at(index: number): string {
    const char = this.chars[index];
    if (char === undefined) throw new PastEnd();
    return char;
  }

  slice(start: number, end?: number): string {
    return this.chars.slice(start, end).join('');
  }

  /** A sticky regex matched at a code-point index (`pattern.match(text, start)`). */
  match(regex: RegExp, start: number): RegExpExecArray | null {
    regex.lastIndex = this.slice(0, start).length;
    return regex.exec(this.text);
  }

  /** A UTF-16 offset of `match` back to a code-point index. */
  index(offset: number): number {
    return Array.from(this.text.slice(0, offset)).length;
  }

  push(start: number, type: TokenType, value: string): void {
    this.cur.push([start, type, value]);
  }

  whitespace(start: number, required = false): number {
    let end = start;
    while (end < this.length && WHITESPACE.has(this.at(end))) end++;
    if (required && end === start) throw new NoParse();
    if (end !== start) this.push(start, 'Text', this.slice(start, end));
    return end;
  }

  variable(start: number): number {
    if (!VARIABLES.has(this.at(start))) throw new NoParse();
    let end = start + 1;
    while (PRIMES.has(this.at(end))) end++;
    this.push(start, 'Name.Variable', this.slice(start, end));
    return end;
  }

  term(start: number): number {
    const char = this.at(start);
    if (char === 'S') {
      // S...S(...) or S...0
      let end = start + 1;
      while (this.at(end) === 'S') end++;
      this.push(start, 'Literal.Number.Integer', this.slice(start, end));
      return this.term(end);
    }
    if (char === '0') {
      this.push(start, 'Literal.Number.Integer', char);
      return start + 1;
    }
    if (VARIABLES.has(char)) return this.variable(start);
    if (char === '(') {
      // (...+...)
      this.push(start, 'Punctuation', char);
      let at = this.term(start + 1);
      if (!OPERATORS.has(this.at(at))) throw new NoParse();
      this.push(at, 'Operator', this.at(at));
      at = this.term(at + 1);
      if (this.at(at) !== ')') throw new NoParse();
      this.push(at, 'Punctuation', this.at(at));
      return at + 1;
    }
    throw new NoParse();
  }

  formula(start: number): number {
    const char = this.at(start);
    if (NEGATORS.has(char)) {
      // ~<...>
      let end = start + 1;
      while (NEGATORS.has(this.at(end))) end++;
      this.push(start, 'Operator', this.slice(start, end));
      return this.formula(end);
    }
    if (QUANTIFIERS.has(char)) {
      // Aa:<...>
      this.push(start, 'Keyword.Declaration', char);
      const at = this.variable(start + 1);
      if (this.at(at) !== ':') throw new NoParse();
      this.push(at, 'Punctuation', ':');
      return this.formula(at + 1);
    }
    if (char === '<') {
      // <...&...>
      this.push(start, 'Punctuation', char);
      let at = this.formula(start + 1);
      if (!LOGIC.has(this.at(at))) throw new NoParse();
      this.push(at, 'Operator', this.at(at));
      at = this.formula(at + 1);
      if (this.at(at) !== '>') throw new NoParse();
      this.push(at, 'Punctuation', '>');
      return at + 1;
    }
    // ...=...
    let at = this.term(start);
    if (this.at(at) !== '=') throw new NoParse();
    this.push(at, 'Operator', '=');
    at = this.term(at + 1);
    return at;
  }

  rule(start: number): number {
    const match = this.match(RULES, start);
    if (match === null) throw new NoParse();
    const end = this.index(match.index + match[0].length);
    // the one numbered group that matched (Pygments sorts the groups' spans, unmatched ones first)
    const group = [1, 2].map((index) => match.indices?.[index]).filter((span) => span !== undefined).sort((a, b) => a[0] - b[0])[0];
    if (group === undefined) {
      this.push(start, 'Keyword', this.slice(start, end));
      return end;
    }
    const [from, to] = [this.index(group[0]), this.index(group[1])];
    this.push(start, 'Keyword', this.slice(start, from));
    this.push(from, 'Literal.Number.Integer', this.slice(from, to));
    if (to !== end) this.push(to, 'Keyword', this.slice(to, end));
    return end;
  }

  lineno(start: number): number {
    let end = start;
    while (!NUMBERS.has(this.at(end))) end++;
    this.push(start, 'Punctuation', this.at(start));
    this.push(start + 1, 'Text', this.slice(start + 1, end));
    const match = this.match(LINENOS, end);
    if (match === null) throw new NoParse();
    const matchEnd = this.index(match.index + match[0].length);
    if (this.at(matchEnd) !== ')') throw new NoParse();
    this.push(end, 'Literal.Number.Integer', match[0]);
    this.push(matchEnd, 'Punctuation', ')');
    return matchEnd + 1;
  }

  errorTillLineEnd(start: number): number {
    let end = start;
    // there is whitespace in rules
    while (end < this.length && this.at(end) !== '\n') end++;
    if (end !== start) this.push(start, 'Error', this.slice(start, end));
    return this.whitespace(end);
  }
}

/** get_tokens_unprocessed's loop, line by line. */
function tokenize(text: string): Array<[number, TokenType, string]> {
  const run = new Run(text);
  let start = run.whitespace(0);
  let end = start;
  // `orig` lives on across iterations, as the Python local does; undefined is its NameError
  let orig: number | undefined;
  // `del self.cur[orig:]` (nothing when `orig` is past the end), then the rest of the line an error
  const recover = (at: number): number => {
    if (orig !== undefined && orig < run.cur.length) run.cur.length = orig;
    return run.errorTillLineEnd(at);
  };
  let stuck: string | undefined;
  while (start <= end && end < run.length) {
    try {
      // a line number, then whitespace it needs
      while (NUMBERS.has(run.at(end))) end++;
      if (end !== start) {
        run.push(start, 'Literal.Number.Integer', run.slice(start, end));
        orig = run.cur.length;
        try {
          start = end = run.whitespace(end, true);
        } catch (error) {
          if (!(error instanceof NoParse)) throw error;
          start = end = recover(end);
          continue;
        }
      }
      // a comment, with anything after its bracket invalid
      const comment = run.match(COMMENT, start);
      if (comment !== null) {
        const commentEnd = run.index(comment.index + comment[0].length);
        run.push(start, 'Comment', run.slice(start, commentEnd));
        start = end = run.errorTillLineEnd(commentEnd);
        continue;
      }
      if ('[]'.includes(run.at(start))) {
        // fantasy push or pop
        run.push(start, 'Keyword', run.at(start));
        start++;
        end++;
      } else {
        // one formula, possibly containing subformulae
        orig = run.cur.length;
        try {
          start = end = run.formula(start);
        } catch (error) {
          if (!(error instanceof NoParse)) throw error;
          run.cur.length = orig;
          while (!WHITESPACE.has(run.at(end))) end++;
          run.push(start, 'Error', run.slice(start, end));
          start = end;
        }
      }
      // whitespace after the formula, then the rule proving it
      orig = run.cur.length;
      try {
        start = end = run.whitespace(end, true);
      } catch (error) {
        if (!(error instanceof NoParse)) throw error;
        start = end = recover(start);
        continue;
      }
      orig = run.cur.length;
      try {
        start = end = run.rule(start);
      } catch (error) {
        if (!(error instanceof NoParse)) throw error;
        start = end = recover(start);
        continue;
      }
      start = end = run.whitespace(end);
      // a line reference
      if (run.at(start) === '(') {
        orig = run.cur.length;
        try {
          start = end = run.lineno(start);
        } catch (error) {
          if (!(error instanceof NoParse)) throw error;
          start = end = recover(start);
          continue;
        }
        start = end = run.whitespace(start);
      }
    } catch (error) {
      if (!(error instanceof PastEnd)) throw error;
      // Pygments drops the tokens since `orig`, marks the rest of the line, and keeps its place;
      // were it to fail at the same place again, it would loop forever: stop instead
      recover(start);
      if (stuck === `${start}:${end}`) break;
      stuck = `${start}:${end}`;
    }
  }
  return run.cur;
}

export const tntLexer: LexerFactory = {
  name: 'Typographic Number Theory',
  aliases: ['tnt'],
  create(byName): Lexer {
    return {
      name: this.name,
      byName,
      *tokensUnprocessed(text): Generator<Token> {
        yield* tokenize(text);
      },
    };
  },
};
