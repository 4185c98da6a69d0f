/**
 * Pygments' PawnLexer (pygments/lexers/pawn.py, Pygments 2.20), rule for rule: Pawn: the C-like
 * embedded language, preprocessor lines and tagged names.
 *
 *     new x = 5;   ->   <k>new</k> <n>x</n> <o>=</o> <mi>5</mi><p>;</p>
 */
import type { LexerDefinition } from '../regex-lexer.ts';

export const pawnLexer: LexerDefinition = {
  name: 'Pawn',
  aliases: ['pawn'],
  tokens: {
    root: [
      [String.raw`^#if\s+0`, 'Comment.Preproc', 'if0'],
      ['^#', 'Comment.Preproc', 'macro'],
      [String.raw`^\s*(?:/[*].*?[*]/\s*)*#if\s+0`, 'Comment.Preproc', 'if0'],
      [String.raw`^\s*(?:/[*].*?[*]/\s*)*#`, 'Comment.Preproc', 'macro'],
      [String.raw`\n`, 'Text'],
      [String.raw`\s+`, 'Text'],
      [String.raw`\\\n`, 'Text'],
      [String.raw`/(\\\n)?/(\n|(.|\n)*?[^\\]\n)`, 'Comment.Single'],
      [String.raw`/(\\\n)?\*[\w\W]*?\*(\\\n)?/`, 'Comment.Multiline'],
      ['[{}]', 'Punctuation'],
      ['L?"', 'Literal.String', 'string'],
      [String.raw`L?'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
      [String.raw`(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*`, 'Literal.Number.Float'],
      [String.raw`(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+[LlUu]*', 'Literal.Number.Hex'],
      ['0[0-7]+[LlUu]*', 'Literal.Number.Oct'],
      [String.raw`\d+[LlUu]*`, 'Literal.Number.Integer'],
      ['[~!%^&*+=|?:<>/-]', 'Operator'],
      [String.raw`[()\[\],.;]`, 'Punctuation'],
      [String.raw`(switch|case|default|const|new|static|char|continue|break|if|else|for|while|do|operator|enum|public|return|sizeof|tagof|state|goto)\b`, 'Keyword'],
      [String.raw`(bool|Float)\b`, 'Keyword.Type'],
      [String.raw`(true|false)\b`, 'Keyword.Constant'],
      [String.raw`[a-zA-Z_]\w*`, 'Name'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      [String.raw`\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})`, 'Literal.String.Escape'],
      [String.raw`[^\\"\n]+`, 'Literal.String'],
      [String.raw`\\\n`, 'Literal.String'],
      [String.raw`\\`, 'Literal.String'],
    ],
    macro: [
      [String.raw`[^/\n]+`, 'Comment.Preproc'],
      [String.raw`/\*(.|\n)*?\*/`, 'Comment.Multiline'],
      [String.raw`//.*?\n`, 'Comment.Single', '#pop'],
      ['/', 'Comment.Preproc'],
      [String.raw`(?<=\\)\n`, 'Comment.Preproc'],
      [String.raw`\n`, 'Comment.Preproc', '#pop'],
    ],
    if0: [
      [String.raw`^\s*#if.*?(?<!\\)\n`, 'Comment.Preproc', '#push'],
      [String.raw`^\s*#endif.*?(?<!\\)\n`, 'Comment.Preproc', '#pop'],
      [String.raw`.*?\n`, 'Comment'],
    ],
  },
};
