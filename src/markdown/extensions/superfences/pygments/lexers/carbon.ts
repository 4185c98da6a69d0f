/**
 * Pygments' CarbonLexer (pygments/lexers/carbon.py, Pygments 2.20.0), rule for rule.
 *
 *     fn Add(a: i32) -> i32 { return a; }   ->   <kd>fn</kd><w> </w><n>Add</n><p>(</p>...
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const KEYWORDS = [
  'as', 'or', 'not', 'and', 'break', 'continue', 'case', 'default', 'if', 'else', 'destructor', 'for', 'forall',
  'while', 'where', 'then', 'in', 'is', 'return', 'returned', 'friend', 'partial', 'private', 'protected', 'observe',
  'Self', 'override', 'final', 'match', 'type', 'like',
];

export const carbonLexer: LexerDefinition = {
  name: 'Carbon',
  aliases: ['carbon'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\\\n`, 'Text'],
      [String.raw`//(.*?)\n`, 'Comment.Single'],
      [String.raw`/(\\\n)?[*].*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`(package|import|api|namespace|library)\b`, 'Keyword.Namespace'],
      ['(abstract|alias|fn|class|interface|let|var|virtual|external|base|addr|extends|' +
        String.raw`choice|constraint|impl)\b`, 'Keyword.Declaration'],
      [words(KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`(self)\b`, 'Keyword.Pseudo'],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [String.raw`(auto|bool|string|i8|i16|i32|i64|u8|u16|u32|u64|f8|f16|f32|f64)\b`, 'Keyword.Type'],
      ['[0-9]*[.][0-9]+', 'Literal.Number.Double'],
      ['0b[01]+', 'Literal.Number.Bin'],
      ['0o[0-7]+', 'Literal.Number.Oct'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`"(\\.|[^"\\])*"`, 'Literal.String'],
      [String.raw`\'(\\.|[^\'\\])\'`, 'Literal.String.Char'],
      [String.raw`<<=|>>=|<<|>>|<=|>=|\+=|-=|\*=|/=|\%=|\|=|&=|\^=|&&|\|\||&|\||\+\+|--|\%|` +
        String.raw`\^|\~|==|!=|::|[.]{3}|->|=>|[+\-*/&]`, 'Operator'],
      [String.raw`[|<>=!()\[\]{}.,;:\?]`, 'Punctuation'],
      [String.raw`[^\W\d]\w*`, 'Name.Other'],
    ],
  },
};
