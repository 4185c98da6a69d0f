/**
 * Pygments' Perl6Lexer (pygments/lexers/perl.py, Pygments 2.20.0), rule for rule: Raku. An
 * ExtendedRegexLexer: quoting constructs (`q{...}`, `#`{...}`, `m[...]`, heredocs `q:to/END/`)
 * are read to their matching closer by a callback; `token`/`regex`/`rule` bodies are regex text
 * in which `{ ... }` is Raku again, counted by a nesting level kept on the context.
 *
 *     my $x = q{a {b} c};   ->   <k>my</k> <nv>$x</nv> <o>=</o> <s>q{a {b} c}</s>;
 */
import {
  baseContext,
  bygroupsInContext,
  compileExtendedLexer,
  type ContextCallback,
  type ExtendedLexerDefinition,
  type LexerContext,
} from '../extended-lexer.ts';
import { pythonRegExp } from '../python-regex.ts';
import { defaultState, include, type LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { PERL6_BRACKETS, PERL6_BUILTIN_CLASSES, PERL6_BUILTINS, PERL6_KEYWORDS, PERL6_OPERATORS } from './raku-words.ts';

/** The context, with the brace depth inside a `token { ... { code } ... }` body. */
interface RakuContext extends LexerContext {
  tokenNesting: number;
}

const IDENTIFIER_RANGE = String.raw`['\w:-]`;
const OPENING_BRACKETS = [...PERL6_BRACKETS.keys()].join('');

/** Python's re.escape, as a pattern that means the same to python-regex.ts. */
const escape = (word: string): string => word.replace(/[\\^$.*+?()[\]{}|\-&~#\s]/g, (char) => (/\s/.test(char) ? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\${char}`));

/** `_build_word_match`: the words in written order, between `\b`s or outside a boundary class. */
function wordMatch(list: readonly string[], boundary?: string, prefix = '', suffix = ''): string {
  const alternatives = list.map(escape).join('|');
  if (boundary === undefined) return String.raw`\b(` + prefix + alternatives + suffix + String.raw`)\b`;
  return `(?<!${boundary})${prefix}(${alternatives})${suffix}(?!${boundary})`;
}

/**
 * `brackets_callback`: from the opening delimiter (group `delimiter`) to its closer, nested
 * brackets counted, or to the same delimiter again for a character that mirrors nothing; with a
 * `:to` adverb (group `adverbs`), on to the heredoc's terminator line.
 */
function brackets(type: TokenType, delimiterGroup: number, adverbsGroup?: number): ContextCallback<RakuContext> {
  return function* (_lexer, match, context) {
    const opening = match.group(delimiterGroup) ?? '';
    const delimiterStart = match.groupStart(delimiterGroup);
    const count = opening.length;
    const adverbs = adverbsGroup === undefined ? undefined : match.group(adverbsGroup);
    const closer = PERL6_BRACKETS.get(opening[0] ?? '');
    const { text } = context;
    let end: number;
    if (closer === undefined) {
      // not a mirrored character: the next occurrence closes it
      end = text.indexOf(opening, delimiterStart + count);
    } else {
      // the corresponding closing characters, nesting kept in mind
      const closing = closer.repeat(count);
      let nesting = 1;
      let search = delimiterStart;
      let nextClose = -1;
      while (nesting > 0) {
        const nextOpen = text.indexOf(opening, search + count);
        nextClose = text.indexOf(closing, search + count);
        if (nextClose === -1) {
          nextClose = text.length;
          nesting = 0;
        } else if (nextOpen !== -1 && nextOpen < nextClose) {
          nesting++;
          search = nextOpen;
        } else {
          nesting--;
          search = nextClose;
        }
      }
      end = nextClose;
    }
    // no closer: the rest of the text is in this class
    if (end < 0) end = text.length;
    if (adverbs !== undefined && pythonSearch(String.raw`:to\b`).test(adverbs)) {
      const terminator = text.slice(delimiterStart + count, end);
      const heredoc = pythonSearch(String.raw`^\s*` + escape(terminator) + String.raw`\s*$`, 'm').exec(text.slice(end));
      end = heredoc ? end + heredoc.index + heredoc[0].length : text.length;
    }
    yield [match.start, type, text.slice(match.start, end + count)];
    context.pos = end + count;
  };
}

/** A Python `re.search` pattern. */
function pythonSearch(pattern: string, flags = ''): RegExp {
  const regex = pythonRegExp(pattern, flags, false);
  return new RegExp(regex.source, regex.flags.replace('y', ''));
}

/** `opening_brace_callback`: one level deeper when Raku code sits right inside a token body. */
const openingBrace: ContextCallback<RakuContext> = function* (_lexer, match, context) {
  yield [match.start, 'Text', match.text];
  context.pos = match.start + match.text.length;
  if (context.stack.length > 2 && context.stack.at(-2) === 'token') context.tokenNesting++;
};

/** `closing_brace_callback`: back to the token body when the code's braces are closed. */
const closingBrace: ContextCallback<RakuContext> = function* (_lexer, match, context) {
  yield [match.start, 'Text', match.text];
  context.pos = match.start + match.text.length;
  if (context.stack.length > 2 && context.stack.at(-2) === 'token') {
    context.tokenNesting--;
    if (context.tokenNesting === 0) context.stack.pop();
  }
};

/** `embedded_perl6_callback`: a `{` in a token body starts Raku code. */
const embeddedRaku: ContextCallback<RakuContext> = function* (_lexer, match, context) {
  context.tokenNesting = 1;
  yield [match.start, 'Text', match.text];
  context.pos = match.start + match.text.length;
  context.stack.push('root');
};

/** `using(this)`: the match lexed from `root` in a context of its own. */
const usingThis: ContextCallback<RakuContext> = function* (_lexer, match, context, lex) {
  const inner: RakuContext = { ...baseContext(match.text), tokenNesting: 0 };
  for (const [index, type, value] of lex(inner)) yield [index + match.start, type, value];
  context.pos = match.start + match.text.length;
};

const definition: ExtendedLexerDefinition<RakuContext> = {
  name: 'Perl6',
  aliases: ['perl6', 'pl6', 'raku'],
  flags: 'ms',
  context: (text) => ({ ...baseContext(text), tokenNesting: 0 }),
  tokens: {
    common: [
      [`#[\`|=](?P<delimiter>(?P<first_char>[${OPENING_BRACKETS}])(?P=first_char)*)`, brackets('Comment.Multiline', 1)],
      ['#[^\\n]*$', 'Comment.Single'],
      [String.raw`^(\s*)=begin\s+(\w+)\b.*?^\1=end\s+\2`, 'Comment.Multiline'],
      [String.raw`^(\s*)=for.*?\n\s*?\n`, 'Comment.Multiline'],
      [String.raw`^=.*?\n\s*?\n`, 'Comment.Multiline'],
      [String.raw`(regex|token|rule)(\s*` + IDENTIFIER_RANGE + '+:sym)', bygroupsInContext('Keyword', 'Name'), 'token-sym-brackets'],
      [`(regex|token|rule)(?!${IDENTIFIER_RANGE})(\\s*${IDENTIFIER_RANGE}+)?`, bygroupsInContext('Keyword', 'Name'), 'pre-token'],
      // deal with a special case in the Perl 6 grammar (role q { ... })
      [String.raw`(role)(\s+)(q)(\s*)`, bygroupsInContext('Keyword', 'Text.Whitespace', 'Name', 'Text.Whitespace')],
      [wordMatch(PERL6_KEYWORDS, IDENTIFIER_RANGE), 'Keyword'],
      [wordMatch(PERL6_BUILTIN_CLASSES, IDENTIFIER_RANGE, '', '(?::[UD])?'), 'Name.Builtin'],
      [wordMatch(PERL6_BUILTINS, IDENTIFIER_RANGE), 'Name.Builtin'],
      // copied from PerlLexer
      ['[$@%&][.^:?=!~]?' + IDENTIFIER_RANGE + '+(?:<<.*?>>|<.*?>|«.*?»)*', 'Name.Variable'],
      [String.raw`\$[!/](?:<<.*?>>|<.*?>|«.*?»)*`, 'Name.Variable.Global'],
      [String.raw`::\?\w+`, 'Name.Variable.Global'],
      [String.raw`[$@%&]\*` + IDENTIFIER_RANGE + '+(?:<<.*?>>|<.*?>|«.*?»)*', 'Name.Variable.Global'],
      [String.raw`\$(?:<.*?>)+`, 'Name.Variable'],
      [
        String.raw`(?:q|qq|Q)[a-zA-Z]?\s*(?P<adverbs>:[\w\s:]+)?\s*(?P<delimiter>(?P<first_char>[^0-9a-zA-Z:\s])` + '(?P=first_char)*)',
        brackets('Literal.String', 2, 1),
      ],
      // copied from PerlLexer
      ['0_?[0-7]+(_[0-7]+)*', 'Literal.Number.Oct'],
      ['0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*', 'Literal.Number.Hex'],
      ['0b[01]+(_[01]+)*', 'Literal.Number.Bin'],
      [String.raw`(?i)(\d*(_\d*)*\.\d+(_\d*)*|\d+(_\d*)*\.\d+(_\d*)*)(e[+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`(?i)\d+(_\d*)*e[+-]?\d+(_\d*)*`, 'Literal.Number.Float'],
      [String.raw`\d+(_\d+)*`, 'Literal.Number.Integer'],
      [String.raw`(?<=~~)\s*/(?:\\\\|\\/|.)*?/`, 'Literal.String.Regex'],
      [String.raw`(?<=[=(,])\s*/(?:\\\\|\\/|.)*?/`, 'Literal.String.Regex'],
      [String.raw`m\w+(?=\()`, 'Name'],
      [String.raw`(?:m|ms|rx)\s*(?P<adverbs>:[\w\s:]+)?\s*(?P<delimiter>(?P<first_char>[^\w:\s])` + '(?P=first_char)*)', brackets('Literal.String.Regex', 2, 1)],
      [String.raw`(?:s|ss|tr)\s*(?::[\w\s:]+)?\s*/(?:\\\\|\\/|.)*?/(?:\\\\|\\/|.)*?/`, 'Literal.String.Regex'],
      [String.raw`<[^\s=].*?\S>`, 'Literal.String'],
      [wordMatch(PERL6_OPERATORS), 'Operator'],
      [String.raw`\w` + IDENTIFIER_RANGE + '*', 'Name'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
    ],
    root: [
      include('common'),
      [String.raw`\{`, openingBrace],
      [String.raw`\}`, closingBrace],
      ['.+?', 'Text'],
    ],
    'pre-token': [
      include('common'),
      [String.raw`\{`, 'Text', ['#pop', 'token']],
      ['.+?', 'Text'],
    ],
    'token-sym-brackets': [
      [`(?P<delimiter>(?P<first_char>[${OPENING_BRACKETS}])(?P=first_char)*)`, brackets('Name', 1), ['#pop', 'pre-token']],
      defaultState(['#pop', 'pre-token']),
    ],
    token: [
      [String.raw`\}`, 'Text', '#pop'],
      [String.raw`(?<=:)(?:my|our|state|constant|temp|let).*?;`, usingThis],
      // make sure that quotes in character classes aren't treated as strings
      [String.raw`<(?:[-!?+.]\s*)?\[.*?\]>`, 'Literal.String.Regex'],
      // make sure that '#' characters in quotes aren't treated as comments
      [String.raw`(?<!\\)'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Regex'],
      [String.raw`(?<!\\)"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Regex'],
      ['#.*?$', 'Comment.Single'],
      [String.raw`\{`, embeddedRaku],
      ['.+?', 'Literal.String.Regex'],
    ],
  },
};

export const rakuLexer: LexerFactory = {
  name: definition.name,
  aliases: definition.aliases,
  create: (byName) => compileExtendedLexer(definition, byName),
};
