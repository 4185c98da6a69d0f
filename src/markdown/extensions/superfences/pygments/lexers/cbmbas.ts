/**
 * Pygments' CbmBasicV2Lexer (pygments/lexers/basic.py, Pygments 2.20.0), rule for rule.
 * Commodore BASIC V2: numbered lines of keywords; a `REM` runs to the end of the line.
 *
 *     10 PRINT "HI"   ->   <mf>10</mf><w> </w><kr>PRINT</kr><w> </w><s>"HI"</s>
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const cbmBasicLexer: LexerDefinition = {
  name: 'CBM BASIC V2',
  aliases: ['cbmbas'],
  flags: 'i',
  tokens: {
    root: [
      [String.raw`rem.*\n`, 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      ['new|run|end|for|to|next|step|go(to|sub)?|on|return|stop|cont|if|then|input#?|read|wait|load|save|verify|poke|sys|print#?|list|clr|cmd|open|close|get#?', 'Keyword.Reserved'],
      ['data|restore|dim|let|def|fn', 'Keyword.Declaration'],
      [String.raw`tab|spc|sgn|int|abs|usr|fre|pos|sqr|rnd|log|exp|cos|sin|tan|atn|peek|len|val|asc|(str|chr|left|right|mid)\$`, 'Name.Builtin'],
      ['[-+*/^<>=]', 'Operator'],
      ['not|and|or', 'Operator.Word'],
      [String.raw`"[^"\n]*.`, 'Literal.String'],
      [String.raw`\d+|[-+]?\d*\.\d*(e[-+]?\d+)?`, 'Literal.Number.Float'],
      ['[(),:;]', 'Punctuation'],
      [String.raw`\w+[$%]?`, 'Name'],
    ],
  },
};
