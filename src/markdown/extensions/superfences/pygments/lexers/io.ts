/**
 * Pygments' IoLexer (pygments/lexers/iolang.py, Pygments 2.20), rule for rule: Io: messages, nested
 * comments and its few pseudo-keywords.
 *
 *     x := Object clone   ->   <n>x</n><w> </w><o>:=</o><w> </w><nb>Object</nb><w> </w><k>clone</k>
 */
import type { LexerDefinition } from '../regex-lexer.ts';

export const ioLexer: LexerDefinition = {
  name: 'Io',
  aliases: ['io'],
  tokens: {
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['//(.*?)$', 'Comment.Single'],
      ['#(.*?)$', 'Comment.Single'],
      [String.raw`/(\\\n)?[*](.|\n)*?[*](\\\n)?/`, 'Comment.Multiline'],
      [String.raw`/\+`, 'Comment.Multiline', 'nestedcomment'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`::=|:=|=|\(|\)|;|,|\*|-|\+|>|<|@|!|/|\||\^|\.|%|&|\[|\]|\{|\}`, 'Operator'],
      [String.raw`(clone|do|doFile|doString|method|for|if|else|elseif|then)\b`, 'Keyword'],
      [String.raw`(nil|false|true)\b`, 'Name.Constant'],
      [String.raw`(Object|list|List|Map|args|Sequence|Coroutine|File)\b`, 'Name.Builtin'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
      [String.raw`(\d+\.?\d*|\d*\.\d+)([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
    nestedcomment: [
      ['[^+/]+', 'Comment.Multiline'],
      [String.raw`/\+`, 'Comment.Multiline', '#push'],
      [String.raw`\+/`, 'Comment.Multiline', '#pop'],
      ['[+/]', 'Comment.Multiline'],
    ],
  },
};
