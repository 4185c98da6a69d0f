/**
 * Pygments' GroovyLexer (pygments/lexers/jvm.py, Pygments 2.20), rule for rule, with its
 * MULTILINE | DOTALL flags: a method signature's return types are lexed again by the lexer itself.
 *
 *     def greet(name) {   ->   <kt>def</kt><w> </w><nf>greet</nf><o>(</o><n>name</n><o>)</o><w> </w><o>{</o>
 */
import { bygroups, defaultState, usingThis, type LexerDefinition } from '../regex-lexer.ts';

export const groovyLexer: LexerDefinition = {
  name: 'Groovy',
  aliases: ['groovy'],
  flags: 'ms',
  tokens: {
    root: [
      // A file may start with a shebang.
      ['#!(.*?)$', 'Comment.Preproc', 'base'],
      defaultState('base'),
    ],
    base: [
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      // Keywords go before method names, so that `throw new XYZ` is no method signature.
      [
        String.raw`(assert|break|case|catch|continue|default|do|else|finally|for|` +
          String.raw`if|goto|instanceof|new|return|switch|this|throw|try|while|in|as)\b`,
        'Keyword',
      ],
      // Method names: return types, then a name (plain or quoted), then `(`.
      [
        String.raw`^(\s*(?:[a-zA-Z_][\w.\[\]]*\s+)+?)` +
          '(' +
          String.raw`[a-zA-Z_]\w*` +
          String.raw`|"(?:\\\\|\\[^\\]|[^"\\])*"` +
          String.raw`|'(?:\\\\|\\[^\\]|[^'\\])*'` +
          ')' +
          String.raw`(\s*)(\()`,
        bygroups(usingThis(), 'Name.Function', 'Text.Whitespace', 'Operator'),
      ],
      [String.raw`@[a-zA-Z_][\w.]*`, 'Name.Decorator'],
      [
        String.raw`(abstract|const|enum|extends|final|implements|native|private|` +
          String.raw`protected|public|static|strictfp|super|synchronized|throws|` +
          String.raw`transient|volatile)\b`,
        'Keyword.Declaration',
      ],
      [String.raw`(def|boolean|byte|char|double|float|int|long|short|void)\b`, 'Keyword.Type'],
      [String.raw`(package)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace')],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`(class|interface)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'class'],
      [String.raw`(import)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'import'],
      ['""".*?"""', 'Literal.String.Double'],
      ["'''.*?'''", 'Literal.String.Single'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`\$/((?!/\$).)*/\$`, 'Literal.String'],
      [String.raw`/(\\\\|\\[^\\]|[^/\\])*/`, 'Literal.String'],
      [String.raw`'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'`, 'Literal.String.Char'],
      [String.raw`(\.)([a-zA-Z_]\w*)`, bygroups('Operator', 'Name.Attribute')],
      [String.raw`[a-zA-Z_]\w*:`, 'Name.Label'],
      [String.raw`[a-zA-Z_$]\w*`, 'Name'],
      [String.raw`[~^*!%&\[\](){}<>|+=:;,./?-]`, 'Operator'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['[0-9]+L?', 'Literal.Number.Integer'],
      [String.raw`\n`, 'Text.Whitespace'],
    ],
    class: [[String.raw`[a-zA-Z_]\w*`, 'Name.Class', '#pop']],
    import: [[String.raw`[\w.]+\*?`, 'Name.Namespace', '#pop']],
  },
};
