/**
 * Pygments' GosuLexer (pygments/lexers/jvm.py, Pygments 2.20), rule for rule: Gosu: Java-like classes
 * with string templates (`${}`, `<% %>`).
 *
 *     var x = "a\${b}"   ->   <kd>var</kd><w> </w><n>x</n><w> </w><o>=</o><w> </w><s>"</s><s>a</s><s>\$</s><s>{</s><s>b</s><s>}</s><s>"</s>
 */
import { bygroups, include, usingThis, type LexerDefinition } from '../regex-lexer.ts';

export const gosuLexer: LexerDefinition = {
  name: 'Gosu',
  aliases: ['gosu'],
  flags: 'ms',
  tokens: {
    root: [
      [String.raw`^(\s*(?:[a-zA-Z_][\w.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\()`, bygroups(usingThis(), 'Name.Function', 'Text.Whitespace', 'Operator')],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`//.*?\n`, 'Comment.Single'],
      [String.raw`/\*.*?\*/`, 'Comment.Multiline'],
      [String.raw`@[a-zA-Z_][\w.]*`, 'Name.Decorator'],
      [String.raw`(in|as|typeof|statictypeof|typeis|typeas|if|else|foreach|for|index|while|do|continue|break|return|try|catch|finally|this|throw|new|switch|case|default|eval|super|outer|classpath|using)\b`, 'Keyword'],
      [String.raw`(var|delegate|construct|function|private|internal|protected|public|abstract|override|final|static|extends|transient|implements|represents|readonly)\b`, 'Keyword.Declaration'],
      [String.raw`(property)(\s+)(get|set)?`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Keyword.Declaration')],
      [String.raw`(boolean|byte|char|double|float|int|long|short|void|block)\b`, 'Keyword.Type'],
      [String.raw`(package)(\s+)`, bygroups('Keyword.Namespace', 'Text.Whitespace')],
      [String.raw`(true|false|null|NaN|Infinity)\b`, 'Keyword.Constant'],
      [String.raw`(class|interface|enhancement|enum)(\s+)([a-zA-Z_]\w*)`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Name.Class')],
      [String.raw`(uses)(\s+)([\w.]+\*?)`, bygroups('Keyword.Namespace', 'Text.Whitespace', 'Name.Namespace')],
      ['"', 'Literal.String', 'string'],
      [String.raw`(\??[.#])([a-zA-Z_]\w*)`, bygroups('Operator', 'Name.Attribute')],
      [String.raw`(:)([a-zA-Z_]\w*)`, bygroups('Operator', 'Name.Attribute')],
      [String.raw`[a-zA-Z_$]\w*`, 'Name'],
      [String.raw`and|or|not|[\\~^*!%&\[\](){}<>|+=:;,./?-]`, 'Operator'],
      [String.raw`[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?`, 'Literal.Number.Float'],
      ['[0-9]+', 'Literal.Number.Integer'],
      [String.raw`\n`, 'Text.Whitespace'],
    ],
    templateText: [
      [String.raw`(\\<)|(\\\$)`, 'Literal.String'],
      [String.raw`(<%@\s+)(extends|params)`, bygroups('Operator', 'Name.Decorator'), 'stringTemplate'],
      ['<%!--.*?--%>', 'Comment.Multiline'],
      ['(<%)|(<%=)', 'Operator', 'stringTemplate'],
      [String.raw`\$\{`, 'Operator', 'stringTemplateShorthand'],
      ['.', 'Literal.String'],
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      include('templateText'),
    ],
    stringTemplate: [
      ['"', 'Literal.String', 'string'],
      ['%>', 'Operator', '#pop'],
      include('root'),
    ],
    stringTemplateShorthand: [
      ['"', 'Literal.String', 'string'],
      [String.raw`\{`, 'Operator', 'stringTemplateShorthand'],
      [String.raw`\}`, 'Operator', '#pop'],
      include('root'),
    ],
  },
};
