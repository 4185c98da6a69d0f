/**
 * Pygments' HybrisLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule.
 * Hybris scripts: C-like keywords and a long list of built-in functions.
 *
 *     function f(x) {   ->   <kd>function</kd> <n>f</n><o>(</o><n>x</n><o>)</o> <o>{</o>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';
import { ROOT_BUILTIN } from './hybris-words.ts';

const ROOT_TYPE = [
  'MethodReference', 'Runner', 'Dll', 'Thread', 'Pipe', 'Process', 'Runnable', 'CGI', 'ClientSocket', 'Socket',
  'ServerSocket', 'File', 'Console', 'Directory', 'Exception',
];

export const hybrisLexer: LexerDefinition = {
  name: 'Hybris',
  aliases: ['hybris'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`^(\s*(?:function|method|operator\s+)+?)([a-zA-Z_]\w*)(\s*)(\()`, bygroups('Keyword', 'Name.Function', 'Text', 'Operator')],
      [String.raw`[^\S\n]+`, 'Text'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`@[a-zA-Z_][\w.]*`, 'Name.Decorator'],
      [String.raw`(break|case|catch|next|default|do|else|finally|for|foreach|of|unless|if|new|return|switch|me|throw|try|while)\b`, 'Keyword'],
      [String.raw`(extends|private|protected|public|static|throws|function|method|operator)\b`, 'Keyword.Declaration'],
      [String.raw`(true|false|null|__FILE__|__LINE__|__VERSION__|__LIB_PATH__|__INC_PATH__)\b`, 'Keyword.Constant'],
      [String.raw`(class|struct)(\s+)`, bygroups('Keyword.Declaration', 'Text'), 'class'],
      [String.raw`(import|include)(\s+)`, bygroups('Keyword.Namespace', 'Text'), 'import'],
      [words(ROOT_BUILTIN, '', String.raw`\b`), 'Name.Builtin'],
      [words(ROOT_TYPE, '', String.raw`\b`), 'Keyword.Type'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      [String.raw`'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'`, 'Literal.String.Char'],
      [String.raw`(\.)([a-zA-Z_]\w*)`, bygroups('Operator', 'Name.Attribute')],
      [String.raw`[a-zA-Z_]\w*:`, 'Name.Label'],
      [String.raw`[a-zA-Z_$]\w*`, 'Name'],
      [String.raw`[~^*!%&\[\](){}<>|+=:;,./?\-@]+`, 'Operator'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-f]+', 'Literal.Number.Hex'],
      ['[0-9]+L?', 'Literal.Number.Integer'],
      [String.raw`\n`, 'Text'],
    ],
    class: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
    ],
    import: [
      [String.raw`[\w.]+\*?`, 'Name.Namespace', '#pop'],
    ],
  },
};
