/**
 * Pygments' JavaLexer (pygments/lexers/jvm.py, Pygments 2.20), rule for rule. Its flags are
 * re.MULTILINE | re.DOTALL, so `.` crosses line ends.
 *
 *     public void run() {   ->   <kd>public</kd><w> </w><kt>void</kt><w> </w><nf>run</nf><p>()</p><w> </w><p>{</p>
 */
import { bygroups, include, usingThis, type LexerDefinition } from '../regex-lexer.ts';

/** A Java identifier: a letter or `$`, then letters, digits, `_` or `$`. */
const IDENT = String.raw`((?:[^\W\d]|\$)[\w$]*)`;

export const javaLexer: LexerDefinition = {
  name: 'Java',
  aliases: ['java'],
  flags: 'ms',
  tokens: {
    root: [
      [
        String.raw`(^\s*)((?:(?:public|private|protected|static|strictfp)(?:\s+))*)(record)\b`,
        bygroups('Text.Whitespace', usingThis(), 'Keyword.Declaration'),
        'class',
      ],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      // keywords: go before method names to avoid lexing "throw new XYZ" as a method signature
      [
        String.raw`(assert|break|case|catch|continue|default|do|else|finally|for|` +
          String.raw`if|goto|instanceof|new|return|switch|this|throw|try|while)\b`,
        'Keyword',
      ],
      // method names
      [
        String.raw`((?:(?:[^\W\d]|\$)[\w.\[\]$<>?]*\s+)+?)` + // return arguments
          String.raw`((?:[^\W\d]|\$)[\w$]*)` + // method name
          String.raw`(\s*)(\()`, // signature start
        bygroups(usingThis(), 'Name.Function', 'Text.Whitespace', 'Punctuation'),
      ],
      [String.raw`@[^\W\d][\w.]*`, 'Name.Decorator'],
      [
        String.raw`(abstract|const|enum|exports|extends|final|implements|native|non-sealed|` +
          String.raw`open|opens|permits|private|protected|provides|public|requires|sealed|static|strictfp|` +
          String.raw`super|synchronized|throws|to|transient|transitive|uses|volatile|with|yield)\b`,
        'Keyword.Declaration',
      ],
      [String.raw`(boolean|byte|char|double|float|int|long|short|void)\b`, 'Keyword.Type'],
      [String.raw`(package)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'import'],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`(class|interface)\b`, 'Keyword.Declaration', 'class'],
      [String.raw`(module)\b`, 'Keyword.Declaration', 'module'],
      [String.raw`(var)(\s+)`, bygroups('Keyword.Declaration', 'Text.Whitespace'), 'var'],
      [String.raw`(import(?:\s+(?:static|module))?)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace'), 'import'],
      [String.raw`"""\n`, 'Literal.String', 'multiline_string'],
      ['"', 'Literal.String', 'string'],
      [String.raw`'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'`, 'Literal.String.Char'],
      [String.raw`(\.)` + IDENT, bygroups('Punctuation', 'Name.Attribute')],
      [String.raw`^(\s*)(default)(:)`, bygroups('Text.Whitespace', 'Keyword', 'Punctuation')],
      [String.raw`^(\s*)` + IDENT + '(:)', bygroups('Text.Whitespace', 'Name.Label', 'Punctuation')],
      [String.raw`([^\W\d]|\$)[\w$]*`, 'Name'],
      [
        String.raw`([0-9][0-9_]*\.([0-9][0-9_]*)?|` +
          String.raw`\.[0-9][0-9_]*)` +
          String.raw`([eE][+\-]?[0-9][0-9_]*)?[fFdD]?|` +
          String.raw`[0-9][eE][+\-]?[0-9][0-9_]*[fFdD]?|` +
          String.raw`[0-9]([eE][+\-]?[0-9][0-9_]*)?[fFdD]|` +
          String.raw`0[xX]([0-9a-fA-F][0-9a-fA-F_]*\.?|` +
          String.raw`([0-9a-fA-F][0-9a-fA-F_]*)?\.[0-9a-fA-F][0-9a-fA-F_]*)` +
          String.raw`[pP][+\-]?[0-9][0-9_]*[fFdD]?`,
        'Literal.Number.Float',
      ],
      ['0[xX][0-9a-fA-F][0-9a-fA-F_]*[lL]?', 'Literal.Number.Hex'],
      ['0[bB][01][01_]*[lL]?', 'Literal.Number.Bin'],
      ['0[0-7_]+[lL]?', 'Literal.Number.Oct'],
      ['0|[1-9][0-9_]*[lL]?', 'Literal.Number.Integer'],
      [String.raw`[~^*!%&\[\]<>|+=/?-]`, 'Operator'],
      ['[{}();:.,]', 'Punctuation'],
      [String.raw`\n`, 'Text.Whitespace'],
    ],
    class: [
      [String.raw`\s+`, 'Text'],
      [String.raw`([^\W\d]|\$)[\w$]*`, 'Name.Class', '#pop'],
    ],
    module: [
      [String.raw`\s+`, 'Text'],
      [String.raw`([^\W\d]|\$)[\w$]*`, 'Name.Class', '#pop'],
    ],
    var: [[String.raw`([^\W\d]|\$)[\w$]*`, 'Name', '#pop']],
    import: [[String.raw`[\w.]+\*?`, 'Name.Namespace', '#pop']],
    multiline_string: [
      ['"""', 'Literal.String', '#pop'],
      ['"', 'Literal.String'],
      include('string'),
    ],
    string: [
      [String.raw`[^\\"]+`, 'Literal.String'],
      [String.raw`\\\\`, 'Literal.String'], // Escaped backslash
      [String.raw`\\"`, 'Literal.String'], // Escaped quote
      [String.raw`\\`, 'Literal.String'], // Bare backslash
      ['"', 'Literal.String', '#pop'], // Closing quote
    ],
  },
};
