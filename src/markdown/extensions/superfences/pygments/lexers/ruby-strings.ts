/**
 * RubyLexer's string states and callbacks (pygments/lexers/ruby.py, Pygments 2.20.0): what
 * `gen_rubystrings_rules` builds (quoted strings and symbols, `%q{}`-style literals for each
 * bracket pair, `%r` regexes) and the heredoc callback, which lexes the rest of the opening line
 * first and then takes the heredoc's lines after it.
 *
 *     %w[a b]   ->   <sx>%w[</sx><sx>a b</sx><sx>]</sx>
 */
import { bygroupsInContext, type ContextCallback, type ExtendedRule, type LexerContext } from '../extended-lexer.ts';
import { include, words } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';

/** A LexerContext with the heredocs opened on the current line (`heredocstack`, set on the context by the callback). */
export interface RubyContext extends LexerContext {
  heredocs: Array<readonly [tolerant: boolean, name: string]>;
}

export function rubyContext(text: string, stack: string[] = ['root']): RubyContext {
  return { text, pos: 0, end: text.length, stack, heredocs: [] };
}

type RubyRule = ExtendedRule<RubyContext>;
type RubyCallback = ContextCallback<RubyContext>;

export const RUBY_OPERATORS = [
  '*', '**', '-', '+', '-@', '+@', '/', '%', '&', '|', '^', '`', '~',
  '[]', '[]=', '<<', '>>', '<', '<>', '<=>', '>', '>=', '==', '===',
];

/** Python's str.isspace characters, which str.strip and str.rstrip take off. */
const SPACE = '\t\n\v\f\r \x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const LEADING = new RegExp(`^[${SPACE}]+`);
const TRAILING = new RegExp(`[${SPACE}]+$`);

/**
 * `<<~NAME rest`: groups 1 `<<`, `<<-` or `<<~`, 2 and 4 the quote (maybe none), 3 the name,
 * 5 the rest of the line. The rest of the line is lexed first (it may open more heredocs: each
 * is pushed on the context's list); then the outermost callback reads, for each heredoc in
 * order, lines up to one that is its name (stripped for `<<-` and `<<~`, else only on the
 * right). A heredoc with no such line makes its lines errors, and they are lexed again after it.
 */
const heredoc: RubyCallback = function* (_lexer, match, context, lex) {
  const group = (index: number): string => match.group(index) ?? '';
  yield [match.groupStart(1), 'Operator', group(1)];
  yield [match.groupStart(2), 'Literal.String.Heredoc', group(2)];
  yield [match.groupStart(3), 'Literal.String.Delimiter', group(3)];
  yield [match.groupStart(4), 'Literal.String.Heredoc', group(4)];
  const outermost = context.heredocs.length === 0;
  context.heredocs.push([group(1) === '<<-' || group(1) === '<<~', group(3)]);
  context.pos = match.groupStart(5);
  context.end = match.groupStart(5) + group(5).length;
  // The rest of the line may open more heredocs: Pygments stops that recursion at 100.
  if (context.heredocs.length < 100) yield* lex(context);
  else yield [context.pos, 'Literal.String.Heredoc', group(5)];
  context.pos = match.start + match.text.length;
  if (!outermost) return;
  for (const [tolerant, name] of context.heredocs) {
    const lines: Array<readonly [number, string]> = [];
    let found = false;
    // line_re (`.*?\n`): every line with its `\n`; a last line without one is never read.
    for (let start = context.pos, newline = context.text.indexOf('\n', start); newline !== -1; start = newline + 1, newline = context.text.indexOf('\n', start)) {
      const line = context.text.slice(start, newline + 1);
      const check = tolerant ? line.replace(LEADING, '').replace(TRAILING, '') : line.replace(TRAILING, '');
      if (check === name) {
        for (const [at, text] of lines) yield [at, 'Literal.String.Heredoc', text];
        yield [start, 'Literal.String.Delimiter', line];
        context.pos = newline + 1;
        found = true;
        break;
      }
      lines.push([start, line]);
    }
    if (!found) for (const [at, text] of lines) yield [at, 'Error', text];
  }
  context.end = context.text.length;
  context.heredocs.length = 0;
};

/** `%r!...!`-style regex and `%Q!...!`-style string: groups 1 the opening, 3 the body (lexed in `state`), 4 the end. */
function interpolated(type: TokenType, state: string): RubyCallback {
  return function* (_lexer, match, context, lex) {
    const body = match.group(3) ?? '';
    yield [match.groupStart(1), type, match.group(1) ?? ''];
    const inner = rubyContext(body, [state]);
    for (const [index, innerType, value] of lex(inner)) yield [match.groupStart(3) + index, innerType, value];
    yield [match.groupStart(4), type, match.group(4) ?? ''];
    context.pos = match.start + match.text.length;
  };
}

/** gen_rubystrings_rules: the `strings` state and the states it pushes. */
function stringStates(): Record<string, RubyRule[]> {
  const states: Record<string, RubyRule[]> = {};
  const strings: RubyRule[] = [
    // easy ones
    [String.raw`\:@{0,2}[a-zA-Z_]\w*[!?]?`, 'Literal.String.Symbol'],
    [words(RUBY_OPERATORS, String.raw`\:@{0,2}`), 'Literal.String.Symbol'],
    [String.raw`:'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Symbol'],
    [':"', 'Literal.String.Symbol', 'simple-sym'],
    // Since Ruby 1.9
    [String.raw`([a-zA-Z_]\w*)(:)(?!:)`, bygroupsInContext('Literal.String.Symbol', 'Punctuation')],
    ['"', 'Literal.String.Double', 'simple-string-double'],
    ["'", 'Literal.String.Single', 'simple-string-single'],
    [String.raw`(?<!\.)\``, 'Literal.String.Backtick', 'simple-backtick'],
  ];
  // quoted string and symbol
  const quoted: ReadonlyArray<readonly [string, TokenType, string]> = [
    ['string-double', 'Literal.String.Double', '"'],
    ['string-single', 'Literal.String.Single', "'"],
    ['sym', 'Literal.String.Symbol', '"'],
    ['backtick', 'Literal.String.Backtick', '`'],
  ];
  for (const [name, type, end] of quoted) {
    states[`simple-${name}`] = [
      include('string-intp-escaped'),
      [String.raw`[^\\${end}#]+`, type],
      [String.raw`[\\#]`, type],
      [end, type, '#pop'],
    ];
  }
  // braced quoted strings
  const braces: ReadonlyArray<readonly [string, string, string, string]> = [
    [String.raw`\{`, String.raw`\}`, '{}', 'cb'],
    [String.raw`\[`, String.raw`\]`, String.raw`\[\]`, 'sb'],
    [String.raw`\(`, String.raw`\)`, '()', 'pa'],
    ['<', '>', '<>', 'ab'],
  ];
  for (const [left, right, chars, name] of braces) {
    states[`${name}-intp-string`] = [
      [String.raw`\\[\\` + chars + ']', 'Literal.String.Other'],
      [left, 'Literal.String.Other', '#push'],
      [right, 'Literal.String.Other', '#pop'],
      include('string-intp-escaped'),
      [String.raw`[\\#` + chars + ']', 'Literal.String.Other'],
      [String.raw`[^\\#` + chars + ']+', 'Literal.String.Other'],
    ];
    strings.push(['%[QWx]?' + left, 'Literal.String.Other', `${name}-intp-string`]);
    states[`${name}-string`] = [
      [String.raw`\\[\\` + chars + ']', 'Literal.String.Other'],
      [left, 'Literal.String.Other', '#push'],
      [right, 'Literal.String.Other', '#pop'],
      [String.raw`[\\#` + chars + ']', 'Literal.String.Other'],
      [String.raw`[^\\#` + chars + ']+', 'Literal.String.Other'],
    ];
    strings.push(['%[qsw]' + left, 'Literal.String.Other', `${name}-string`]);
    states[`${name}-regex`] = [
      [String.raw`\\[\\` + chars + ']', 'Literal.String.Regex'],
      [left, 'Literal.String.Regex', '#push'],
      [right + '[mixounse]*', 'Literal.String.Regex', '#pop'],
      include('string-intp'),
      [String.raw`[\\#` + chars + ']', 'Literal.String.Regex'],
      [String.raw`[^\\#` + chars + ']+', 'Literal.String.Regex'],
    ];
    strings.push(['%r' + left, 'Literal.String.Regex', `${name}-regex`]);
  }
  // these must come after %<brace>!
  strings.push(
    // %r regex
    [String.raw`(%r([\W_]))((?:\\\2|(?!\2).)*)(\2[mixounse]*)`, interpolated('Literal.String.Regex', 'interpolated-regex')],
    // regular fancy strings with qsw
    [String.raw`%[qsw]([\W_])((?:\\\1|(?!\1).)*)\1`, 'Literal.String.Other'],
    [String.raw`(%[QWx]([\W_]))((?:\\\2|(?!\2).)*)(\2)`, interpolated('Literal.String.Other', 'interpolated-string')],
    // special forms of fancy strings after operators or in method calls with braces
    [String.raw`(?<=[-+/*%=<>&!^|~,(])(\s*)(%([\t ])(?:(?:\\\3|(?!\3).)*)\3)`, bygroupsInContext('Text.Whitespace', 'Literal.String.Other', null)],
    // and because of fixed width lookbehinds the whole thing a second time for line startings...
    [String.raw`^(\s*)(%([\t ])(?:(?:\\\3|(?!\3).)*)\3)`, bygroupsInContext('Text.Whitespace', 'Literal.String.Other', null)],
    // all regular fancy strings without qsw
    [String.raw`(%([^a-zA-Z0-9\s]))((?:\\\2|(?!\2).)*)(\2)`, interpolated('Literal.String.Other', 'interpolated-string')],
  );
  states['strings'] = strings;
  return states;
}

export const RUBY_STRING_STATES = stringStates();
export { heredoc };
