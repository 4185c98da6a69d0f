/**
 * Pygments' XppLexer (pygments/lexers/dotnet.py, Pygments 2.20.0), rule for rule: X++, the
 * Dynamics 365 language. A line that starts with a type and a name before `(` is a method
 * declaration; `if`/`else` are kept from being read as one.
 *
 *     public int add(int a)   ->   <k>public</k> <kt>int</kt> <nf>add</nf><p>(</p><kt>int</kt> <n>a</n><p>)</p>
 */
import { bygroups, defaultState, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';
import { XPP_COMPILE_FUNCTIONS, XPP_KEYWORDS, XPP_RUNTIME_FUNCTIONS } from './xpp-words.ts';

/**
 * XPP_CHARS: an identifier of Unicode letters, as C#'s `full` level. Pygments writes the classes
 * as "not any other category" from its Unicode 11 tables.
 */
const XPP_CHARS = String.raw`@?(?:_|[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}])[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*`;

const OPERATORS: readonly string[] = [
  '<=', '>=', '+=', '-=', '*=', '/=', '!=', '==', '&&', '||', '>>', '<<', '++', '--', '+', '-', '*', '/', '%', '&',
  '|', '^', '<', '>', '?', '!', '~', '=',
];

export const xppLexer: LexerDefinition = {
  name: 'X++',
  aliases: ['xpp', 'x++'],
  tokens: {
    root: [
      [String.raw`(\s*)\b(else|if)\b([^\n])`, bygroups('Text.Whitespace', 'Keyword', usingThis())],
      [String.raw`^([ \t]*)((?:${XPP_CHARS}(?:\[\])?\s+)+?)(${XPP_CHARS})(\s*)(\()`, bygroups('Text.Whitespace', usingThis(), 'Name.Function', 'Text.Whitespace', 'Punctuation')],
      [String.raw`^(\s*)(\[)([^\n]*?)(\])`, bygroups('Text.Whitespace', 'Name.Attribute', 'Name.Variable.Class', 'Name.Attribute')],
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`(\\)(\n)`, bygroups('Text', 'Text.Whitespace')],
      [String.raw`//[^\n]*?\n`, 'Comment.Single'],
      [String.raw`/[*][^\n]*?[*]/`, 'Comment.Multiline'],
      [String.raw`\n`, 'Text.Whitespace'],
      [words(OPERATORS), 'Operator'],
      [String.raw`=~|!=|==|<<|>>|[-+/*%=<>&^|]`, 'Operator'],
      [String.raw`[()\[\];:,.#@]`, 'Punctuation'],
      [String.raw`[{}]`, 'Punctuation'],
      [String.raw`@"(""|[^"])*"`, 'Literal.String'],
      [String.raw`\$?"(\\\\|\\[^\\]|[^"\\\n])*["\n]`, 'Literal.String'],
      [String.raw`'\\.'|'[^\\]'`, 'Literal.String.Char'],
      [String.raw`[0-9]+(\.[0-9]*)?([eE][+-][0-9]+)?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?`, 'Literal.Number'],
      [words(XPP_KEYWORDS, '', String.raw`\b`), 'Keyword'],
      [String.raw`(boolean|int|int64|str|real|guid|date)\b\??`, 'Keyword.Type'],
      [String.raw`(class|struct|extends|implements)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'class'],
      [String.raw`(${XPP_CHARS})(::)`, bygroups('Name.Variable.Class', 'Punctuation')],
      [String.raw`(\s*)(\w+)(\s+\w+(,|=)?[^\n]*;)`, bygroups('Text.Whitespace', 'Name.Variable.Class', usingThis())],
      [String.raw`(fieldNum\()(${XPP_CHARS})(\s*,\s*)(${XPP_CHARS})(\s*\))`, bygroups(usingThis(), 'Name.Variable.Class', usingThis(), 'Name.Property', usingThis())],
      [String.raw`(tableNum\()(${XPP_CHARS})(\s*\))`, bygroups(usingThis(), 'Name.Variable.Class', usingThis())],
      [words(XPP_RUNTIME_FUNCTIONS, '', String.raw`(?=\()`), 'Name.Function.Magic'],
      [words(XPP_COMPILE_FUNCTIONS, '', String.raw`(?=\()`), 'Name.Function.Magic'],
      [String.raw`${XPP_CHARS}`, 'Name'],
    ],
    class: [
      [String.raw`${XPP_CHARS}`, 'Name.Class', '#pop'],
      defaultState('#pop'),
    ],
    namespace: [
      [String.raw`(?=\()`, 'Text', '#pop'],
      [String.raw`(${XPP_CHARS}|\.)+`, 'Name.Namespace', '#pop'],
    ],
  },
};
