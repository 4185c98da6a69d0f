/**
 * Pygments' ParaSailLexer (pygments/lexers/parasail.py, Pygments 2.20.0), rule for rule.
 * ParaSail, a parallel language: Ada-like keywords and `|=` operators.
 *
 *     interface Foo<> is   ->   <kr>interface</kr> <n>Foo</n><p>&lt;</p><p>&gt;</p> <kr>is</kr>
 */
import { include, type LexerDefinition } from '../regex-lexer.ts';

export const parasailLexer: LexerDefinition = {
  name: 'ParaSail',
  aliases: ['parasail'],
  tokens: {
    root: [
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`\b(and|or|xor)=`, 'Operator.Word'],
      [String.raw`\b(and(\s+then)?|or(\s+else)?|xor|rem|mod|(is|not)\s+null)\b`, 'Operator.Word'],
      [String.raw`\b(abs|abstract|all|block|class|concurrent|const|continue|each|end|exit|extends|exports|forward|func|global|implements|import|in|interface|is|lambda|locked|new|not|null|of|op|optional|private|queued|ref|return|reverse|separate|some|type|until|var|with|if|then|else|elsif|case|for|while|loop)\b`, 'Keyword.Reserved'],
      [String.raw`(abstract\s+)?(interface|class|op|func|type)`, 'Keyword.Declaration'],
      ['"[^"]*"', 'Literal.String'],
      [String.raw`\\[\'ntrf"0]`, 'Literal.String.Escape'],
      [String.raw`#[a-zA-Z]\w*`, 'Literal'],
      include('numbers'),
      [String.raw`'[^']'`, 'Literal.String.Char'],
      [String.raw`[a-zA-Z]\w*`, 'Name'],
      [String.raw`(<==|==>|<=>|\*\*=|<\|=|<<=|>>=|==|!=|=\?|<=|>=|\*\*|<<|>>|=>|:=|\+=|-=|\*=|\|=|\||/=|\+|-|\*|/|\.\.|<\.\.|\.\.<|<\.\.<)`, 'Operator'],
      [String.raw`(<|>|\[|\]|\(|\)|\||:|;|,|.|\{|\}|->)`, 'Punctuation'],
      [String.raw`\n+`, 'Text'],
    ],
    numbers: [
      [String.raw`\d[0-9_]*#[0-9a-fA-F][0-9a-fA-F_]*#`, 'Literal.Number.Hex'],
      ['0[xX][0-9a-fA-F][0-9a-fA-F_]*', 'Literal.Number.Hex'],
      ['0[bB][01][01_]*', 'Literal.Number.Bin'],
      [String.raw`\d[0-9_]*\.\d[0-9_]*[eE][+-]\d[0-9_]*`, 'Literal.Number.Float'],
      [String.raw`\d[0-9_]*\.\d[0-9_]*`, 'Literal.Number.Float'],
      [String.raw`\d[0-9_]*`, 'Literal.Number.Integer'],
    ],
  },
};
