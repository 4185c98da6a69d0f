/**
 * Pygments' AmbientTalkLexer (pygments/lexers/ambient.py, Pygments 2.20.0), rule for rule.
 * AmbientTalk: Smalltalk-like keyword messages, `def` definitions and `@` annotations.
 *
 *     def x := 5;   ->   <k>def</k><w> </w><nv>x</nv><w> </w><o>:=</o><w> </w><mi>5</mi><p>;</p>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_BUILTIN = [
  'if:', 'then:', 'else:', 'when:', 'whenever:', 'discovered:', 'disconnected:', 'reconnected:', 'takenOffline:',
  'becomes:', 'export:', 'as:', 'object:', 'actor:', 'mirror:', 'taggedAs:', 'mirroredBy:', 'is:',
];

export const ambientTalkLexer: LexerDefinition = {
  name: 'AmbientTalk',
  aliases: ['ambienttalk', 'ambienttalk/2', 'at'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`(def|deftype|import|alias|exclude)\b`, 'Keyword'],
      [words(ROOT_BUILTIN), 'Name.Builtin'],
      [String.raw`(true|false|nil)\b`, 'Keyword.Constant'],
      [String.raw`(~|lobby|jlobby|/)\.`, 'Keyword.Constant', 'namespace'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`\|`, 'Punctuation', 'arglist'],
      ['<:|[*^!%&<>+=,./?-]|:=', 'Operator'],
      ["`[a-zA-Z_]\\w*", 'Literal.String.Symbol'],
      [String.raw`[a-zA-Z_]\w*:`, 'Name.Function'],
      ["[{}()\\[\\];`]", 'Punctuation'],
      [String.raw`(self|super)\b`, 'Name.Variable.Instance'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Variable'],
      [String.raw`@[a-zA-Z_]\w*`, 'Name.Class'],
      [String.raw`@\[`, 'Name.Class', 'annotations'],
      include('numbers'),
    ],
    numbers: [
      [String.raw`(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
    namespace: [
      [String.raw`[a-zA-Z_]\w*\.`, 'Name.Namespace'],
      [String.raw`[a-zA-Z_]\w*:`, 'Name.Function', '#pop'],
      [String.raw`[a-zA-Z_]\w*(?!\.)`, 'Name.Function', '#pop'],
    ],
    annotations: [
      [String.raw`(.*?)\]`, 'Name.Class', '#pop'],
    ],
    arglist: [
      [String.raw`\|`, 'Punctuation', '#pop'],
      [String.raw`(\s*)(,)(\s*)`, bygroups('Text.Whitespace', 'Punctuation', 'Text.Whitespace')],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Variable'],
    ],
  },
};
