/**
 * Pygments' X10Lexer (pygments/lexers/x10.py, Pygments 2.20.0), rule for rule: X10.
 *
 *     public class Hello { public static def main(Rail[String]) {} }
 *     ->   <kd>public</kd> <k>class</k> Hello { <kd>public</kd> <kd>static</kd> <k>def</k> main(Rail[String]) {} }
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const x10Lexer: LexerDefinition = {
  name: 'X10',
  aliases: ['x10', 'xten'],
  tokens: {
    root: [
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*(.|\n)*?\*/`, 'Comment.Multiline'],
      [String.raw`\b(as|assert|async|at|athome|ateach|atomic|break|case|catch|class|clocked|continue|def|default|do|else|final|finally|finish|for|goto|haszero|here|if|import|in|instanceof|interface|isref|new|offer|operator|package|return|struct|switch|throw|try|type|val|var|when|while)\b`, 'Keyword'],
      [String.raw`\b(v|o|i|d)\b`, 'Keyword.Type'],
      [String.raw`\b(false|null|self|super|this|true)\b`, 'Keyword.Constant'],
      [String.raw`\b(abstract|extends|implements|native|offers|private|property|protected|public|static|throws|transient)\b`, 'Keyword.Declaration'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'`, 'Literal.String.Char'],
      [String.raw`.`, 'Text'],
    ],
  },
};
