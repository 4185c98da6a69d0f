/**
 * Pygments' SaviLexer (pygments/lexers/savi.py, Pygments 2.20.0), rule for rule.
 * Savi, a Pony descendant: `:`-declarations, capabilities and operators.
 *
 *     :class Foo   ->   <nt>:class</nt><w> </w><nc>Foo</nc>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const saviLexer: LexerDefinition = {
  name: 'Savi',
  aliases: ['savi'],
  tokens: {
    root: [
      ['//.*?$', 'Comment.Single'],
      ['::.*?$', 'Comment.Single'],
      [String.raw`(\')(\w+)(?=[^\'])`, bygroups('Operator', 'Name')],
      [String.raw`\w?"`, 'Literal.String.Double', 'string.double'],
      [String.raw`'`, 'Literal.String.Char', 'string.char'],
      [String.raw`(_?[A-Z]\w*)`, 'Name.Class'],
      [String.raw`(\.)(\s*)(_?[A-Z]\w*)`, bygroups('Punctuation', 'Text.Whitespace', 'Name.Class')],
      [String.raw`^([ \t]*)(:\w+)`, bygroups('Text.Whitespace', 'Name.Tag'), 'decl'],
      [String.raw`((\w+|\+|\-|\*)\!)`, 'Generic.Deleted'],
      [String.raw`\b\d([\d_]*(\.[\d_]+)?)\b`, 'Literal.Number'],
      [String.raw`\b0x([0-9a-fA-F_]+)\b`, 'Literal.Number.Hex'],
      [String.raw`\b0b([01_]+)\b`, 'Literal.Number.Bin'],
      [String.raw`\w+(?=\()`, 'Name.Function'],
      [String.raw`(\.)(\s*)(\w+)`, bygroups('Punctuation', 'Text.Whitespace', 'Name.Function')],
      [String.raw`(@)(\w+)`, bygroups('Punctuation', 'Name.Function')],
      [String.raw`\(`, 'Punctuation', 'root'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      [String.raw`\{`, 'Punctuation', 'root'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`\[`, 'Punctuation', 'root'],
      [String.raw`(\])(\!)`, bygroups('Punctuation', 'Generic.Deleted'), '#pop'],
      [String.raw`\]`, 'Punctuation', '#pop'],
      [String.raw`[,;:\.@]`, 'Punctuation'],
      [String.raw`(\|\>)`, 'Operator'],
      [String.raw`(\&\&|\|\||\?\?|\&\?|\|\?|\.\?)`, 'Operator'],
      [String.raw`(\<\=\>|\=\~|\=\=|\<\=|\>\=|\<|\>)`, 'Operator'],
      [String.raw`(\+|\-|\/|\*|\%)`, 'Operator'],
      [String.raw`(\=)`, 'Operator'],
      [String.raw`(\!|\<\<|\<|\&|\|)`, 'Operator'],
      [String.raw`\b\w+\b`, 'Name'],
      [String.raw`[ \t\r]+\n*|\n+`, 'Text.Whitespace'],
    ],
    decl: [
      [String.raw`\b[a-z_]\w*\b(?!\!)`, 'Keyword.Declaration'],
      [':', 'Punctuation', '#pop'],
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      include('root'),
    ],
    'string.double': [
      [String.raw`\\\(`, 'Literal.String.Interpol', 'string.interpolation'],
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\x[0-9a-fA-F]{2}`, 'Literal.String.Escape'],
      [String.raw`\\[bfnrt\\\']`, 'Literal.String.Escape'],
      [String.raw`\\"`, 'Literal.String.Escape'],
      ['"', 'Literal.String.Double', '#pop'],
      [String.raw`[^\\"]+`, 'Literal.String.Double'],
      ['.', 'Error'],
    ],
    'string.char': [
      [String.raw`\\u[0-9a-fA-F]{4}`, 'Literal.String.Escape'],
      [String.raw`\\x[0-9a-fA-F]{2}`, 'Literal.String.Escape'],
      [String.raw`\\[bfnrt\\\']`, 'Literal.String.Escape'],
      [String.raw`\\'`, 'Literal.String.Escape'],
      [String.raw`'`, 'Literal.String.Char', '#pop'],
      [String.raw`[^\\']+`, 'Literal.String.Char'],
      ['.', 'Error'],
    ],
    'string.interpolation': [
      [String.raw`\)`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
  },
};
