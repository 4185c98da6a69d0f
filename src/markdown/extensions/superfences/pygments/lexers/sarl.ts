/**
 * Pygments' SarlLexer (pygments/lexers/jvm.py, Pygments 2.20.0), rule for rule: SARL agents.
 *
 *     agent HelloAgent { on Initialize { info("Hello") } }
 *     ->   <kd>agent</kd> <nc>HelloAgent</nc> <o>{</o> <k>on</k> <n>Initialize</n> <o>{</o> <n>info</n><o>(</o><s2>"Hello"</s2><o>)</o> <o>}</o> <o>}</o>
 */
import { bygroups, usingThis, type LexerDefinition } from '../regex-lexer.ts';

export const sarlLexer: LexerDefinition = {
  name: 'SARL',
  aliases: ['sarl'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`^(\s*(?:[a-zA-Z_][\w.\[\]]*\s+)+?)([a-zA-Z_$][\w$]*)(\s*)(\()`, bygroups(usingThis(), 'Name.Function', 'Text.Whitespace', 'Operator')],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`@[a-zA-Z_][\w.]*`, 'Name.Decorator'],
      [String.raw`(as|break|case|catch|default|do|else|extends|extension|finally|fires|for|if|implements|instanceof|new|on|requires|return|super|switch|throw|throws|try|typeof|uses|while|with)\b`, 'Keyword'],
      [String.raw`(abstract|def|dispatch|final|native|override|private|protected|public|static|strictfp|synchronized|transient|val|var|volatile)\b`, 'Keyword.Declaration'],
      [String.raw`(boolean|byte|char|double|float|int|long|short|void)\b`, 'Keyword.Type'],
      [String.raw`(package)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace')],
      [String.raw`(false|it|null|occurrence|this|true|void)\b`, 'Keyword.Constant'],
      [String.raw`(agent|annotation|artifact|behavior|capacity|class|enum|event|interface|skill|space)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'class'],
      [String.raw`(import)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'import'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`[a-zA-Z_]\w*:`, 'Name.Label'],
      [String.raw`[a-zA-Z_$]\w*`, 'Name'],
      [String.raw`[~^*!%&\[\](){}<>\|+=:;,./?-]`, 'Operator'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      [String.raw`0x[0-9a-fA-F]+`, 'Literal.Number.Hex'],
      [String.raw`[0-9]+L?`, 'Literal.Number.Integer'],
      [String.raw`\n`, 'Text.Whitespace'],
    ],
    class: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
    ],
    import: [
      [String.raw`[\w.]+\*?`, 'Name.Namespace', '#pop'],
    ],
  },
};
