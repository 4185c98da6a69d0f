/**
 * Pygments' MapleLexer (pygments/lexers/maple.py, Pygments 2.20.0), rule for rule: Maple. An
 * ExtendedRegexLexer only for its quotes: the text between `'`s (unevaluation quotes) is lexed by
 * the same rules on the same context, cut at the closing quotes.
 *
 *     f := x -> 'x^2';
 *     ->   <n>f</n> <o>:=</o> <n>x</n> <o>-></o> <p>'</p><n>x</n><o>^</o><mi>2</mi><p>'</p><p>;</p>
 */
import { baseContext, bygroupsInContext, type ContextCallback, type ExtendedLexerDefinition, type LexerContext } from '../extended-lexer.ts';
import { words } from '../regex-lexer.ts';
import { MAPLE_BUILTINS, MAPLE_KEYWORDS } from './maple-words.ts';

/** delayed_callback: the quotes, and between them this lexer's tokens up to the closing quotes. */
const delayed: ContextCallback<LexerContext> = function* (_lexer, match, context, lex) {
  const quote = match.group(1) ?? '';
  const inner = match.group(2) ?? '';
  yield [match.groupStart(1), 'Punctuation', quote];
  context.pos = match.groupStart(2);
  const end = context.end;
  context.end = match.groupStart(2) + inner.length;
  yield* lex(context);
  yield [match.groupStart(2) + inner.length, 'Punctuation', quote];
  context.pos = match.start + match.text.length;
  context.end = end;
};

export const mapleLexer: ExtendedLexerDefinition<LexerContext> = {
  name: 'Maple',
  aliases: ['maple'],
  context: baseContext,
  tokens: {
    root: [
      [String.raw`#.*\n`, 'Comment.Single'],
      [String.raw`\(\*`, 'Comment.Multiline', 'comment'],
      [String.raw`"(\\.|.|\s)*?"`, 'Literal.String'],
      [String.raw`('+)((.|\n)*?)\1`, delayed],
      ['`(\\\\`|.)*?`', 'Name'],
      [words(MAPLE_KEYWORDS, String.raw`\b`, String.raw`\b`), 'Keyword'],
      [words(MAPLE_BUILTINS, String.raw`\b`, String.raw`\b`), 'Name.Builtin'],
      ['[a-zA-Z_][a-zA-Z0-9_]*', 'Name'],
      [String.raw`(:=|\*\*|@@|<=|>=|<>|->|::|\.\.|&\+|[\+\-\*\.\^\$/@&,:=<>%~])`, 'Operator'],
      [String.raw`[;^!@$\(\)\[\]{}|_\\#?]+`, 'Punctuation'],
      [String.raw`(\d+)(\.\.)`, bygroupsInContext('Literal.Number.Integer', 'Punctuation')],
      [String.raw`(\d*\.\d+|\d+\.\d*)([eE][+-]?\d+)?`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    comment: [
      [String.raw`.*\(\*`, 'Comment.Multiline', '#push'],
      [String.raw`.*\*\)`, 'Comment.Multiline', '#pop'],
      [String.raw`.*\n`, 'Comment.Multiline'],
    ],
  },
};
