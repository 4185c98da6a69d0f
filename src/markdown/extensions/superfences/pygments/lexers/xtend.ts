/**
 * Pygments' XtendLexer (pygments/lexers/jvm.py, Pygments 2.20), rule for rule: Xtend: Java-like
 * declarations and rich strings with «» interpolation.
 *
 *     def greet(String name) { }   ->   <kd>def</kd><w> </w><nf>greet</nf><o>(</o><n>String</n><w> </w><n>name</n><o>)</o><w> </w><o>{</o><w> </w><o>}</o>
 */
import { bygroups, usingThis, type LexerDefinition } from '../regex-lexer.ts';

export const xtendLexer: LexerDefinition = {
  name: 'Xtend',
  aliases: ['xtend'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`^(\s*(?:[a-zA-Z_][\w.\[\]]*\s+)+?)([a-zA-Z_$][\w$]*)(\s*)(\()`, bygroups(usingThis(), 'Name.Function', 'Text.Whitespace', 'Operator')],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`@[a-zA-Z_][\w.]*`, 'Name.Decorator'],
      [String.raw`(assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|return|switch|this|throw|try|while|IF|ELSE|ELSEIF|ENDIF|FOR|ENDFOR|SEPARATOR|BEFORE|AFTER)\b`, 'Keyword'],
      [String.raw`(def|abstract|const|enum|extends|final|implements|native|private|protected|public|static|strictfp|super|synchronized|throws|transient|volatile|val|var)\b`, 'Keyword.Declaration'],
      [String.raw`(boolean|byte|char|double|float|int|long|short|void)\b`, 'Keyword.Type'],
      [String.raw`(package)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace')],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`(class|interface)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'class'],
      [String.raw`(import)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'import'],
      [String.raw`(''')`, 'Literal.String', 'template'],
      [String.raw`(\u00BB)`, 'Literal.String', 'template'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`[a-zA-Z_]\w*:`, 'Name.Label'],
      [String.raw`[a-zA-Z_$]\w*`, 'Name'],
      [String.raw`[~^*!%&\[\](){}<>\|+=:;,./?-]`, 'Operator'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+L?', 'Literal.Number.Integer'],
      [String.raw`\n`, 'Text.Whitespace'],
    ],
    class: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop'],
    ],
    import: [
      [String.raw`[\w.]+\*?`, 'Name.Namespace', '#pop'],
    ],
    template: [
      [String.raw`'''`, 'Literal.String', '#pop'],
      [String.raw`\u00AB`, 'Literal.String', '#pop'],
      ['.', 'Literal.String'],
    ],
  },
};
