/**
 * Pygments' GAPLexer (pygments/lexers/algebra.py, Pygments 2.20.0), rule for rule: GAP computer algebra.
 *
 *     f := function(n) return n^2; end;
 *     ->   <nv>f</nv> <o>:=</o> <k>function</k><p>(</p><nv>n</nv><p>)</p> <k>return</k> <nv>n</nv><o>^</o><nv>2</nv><o>;</o> <k>end</k><o>;</o>
 */
import { type LexerDefinition } from '../regex-lexer.ts';

export const gapLexer: LexerDefinition = {
  name: 'GAP',
  aliases: ['gap'],
  tokens: {
    root: [
      [String.raw`#.*$`, 'Comment.Single'],
      [String.raw`"(?:[^"\\]|\\.)*"`, 'Literal.String'],
      [String.raw`\(|\)|\[|\]|\{|\}`, 'Punctuation'],
      ["(?x)\\b(?:\n                if|then|elif|else|fi|\n                for|while|do|od|\n                repeat|until|\n                break|continue|\n                function|local|return|end|\n                rec|\n                quit|QUIT|\n                IsBound|Unbind|\n                TryNextMethod|\n                Info|Assert\n              )\\b", 'Keyword'],
      ["(?x)\\b(?:\n                true|false|fail|infinity\n              )\\b", 'Name.Constant'],
      ["(?x)\\b(?:\n                (Declare|Install)([A-Z][A-Za-z]+)|\n                   BindGlobal|BIND_GLOBAL\n              )\\b", 'Name.Builtin'],
      [String.raw`\.|,|:=|;|=|\+|-|\*|/|\^|>|<`, 'Operator'],
      ["(?x)\\b(?:\n                and|or|not|mod|in\n              )\\b", 'Operator.Word'],
      ["(?x)\n              (?:\\w+|`[^`]*`)\n              (?:::\\w+|`[^`]*`)*", 'Name.Variable'],
      [String.raw`[0-9]+(?:\.[0-9]*)?(?:e[0-9]+)?`, 'Literal.Number'],
      [String.raw`\.[0-9]+(?:e[0-9]+)?`, 'Literal.Number'],
      [String.raw`.`, 'Text'],
    ],
  },
};
