/**
 * Pygments' KotlinLexer (pygments/lexers/jvm.py, Pygments 2.20.0), rule for rule. Its flags are
 * re.MULTILINE | re.DOTALL; names are built from Unicode categories (Pygments' unistring tables,
 * here `\p{...}`: characters assigned after those tables' Unicode version may differ).
 *
 *     val x: Int = 1   ->   <kd>val</kd><w> </w><nv>x</nv><p>:</p><w> </w><kt>Int</kt><w> </w><o>=</o><w> </w><m>1</m>
 */
import { bygroups, defaultState, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

const NAME_START = String.raw`\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}`;
const NAME_PART = String.raw`\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}`;
const KT_NAME = `@?[_${NAME_START}][${NAME_PART}]*`;
/** A backquoted name may hold spaces and most punctuation. */
const KT_SPACE_NAME = `@?[_${NAME_START}][${NAME_PART}\\p{Zs}` + String.raw`\'~!%^&*()+=|\[\]:;,.<>/\?-]*`;
const KT_ID = `(${KT_NAME}|\`${KT_SPACE_NAME}\`)`;

const MODIFIERS =
  'actual|abstract|annotation|companion|const|crossinline|' +
  'data|enum|expect|external|final|infix|inline|inner|' +
  'internal|lateinit|noinline|open|operator|override|private|' +
  'protected|public|sealed|suspend|tailrec|value';

const TYPES = ['Boolean', 'Byte', 'Char', 'Double', 'Float', 'Int', 'Long', 'Short', 'String', 'Any', 'Unit'];

export const kotlinLexer: LexerDefinition = {
  name: 'Kotlin',
  aliases: ['kotlin'],
  flags: 'ms',
  tokens: {
    root: [
      // Whitespaces
      [String.raw`[^\S\n]+`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\\$`, 'Literal.String.Escape'], // line continuation
      [String.raw`\n`, 'Text.Whitespace'],
      // Comments
      [String.raw`(//.*?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')],
      [String.raw`^(#!/.+?)(\n)`, bygroups('Comment.Single', 'Text.Whitespace')], // shebang for kotlin scripts
      ['/[*].*?[*]/', 'Comment.Multiline'],
      // Keywords
      [String.raw`as\?`, 'Keyword'],
      [
        '(as|break|by|catch|constructor|continue|do|dynamic|else|finally|' +
          'get|for|if|init|[!]*in|[!]*is|out|reified|return|set|super|this|' +
          String.raw`throw|try|typealias|typeof|vararg|when|where|while)\b`,
        'Keyword',
      ],
      [String.raw`it\b`, 'Name.Builtin'],
      // Built-in types
      [words(TYPES.map((type) => `${type}?`)), 'Keyword.Type'],
      [words(TYPES, '', String.raw`\b`), 'Keyword.Type'],
      // Constants
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      // Imports
      [String.raw`(package|import)(\s+)(\S+)`, bygroups('Keyword', 'Text.Whitespace', 'Name.Namespace')],
      // Dot access
      [String.raw`(\?\.)((?:[^\W\d]|\$)[\w$]*)`, bygroups('Operator', 'Name.Attribute')],
      [String.raw`(\.)((?:[^\W\d]|\$)[\w$]*)`, bygroups('Punctuation', 'Name.Attribute')],
      // Annotations
      [String.raw`@[^\W\d][\w.]*`, 'Name.Decorator'],
      // Labels
      [String.raw`[^\W\d][\w.]+@`, 'Name.Decorator'],
      // Object expression
      [String.raw`(object)(\s+)(:)(\s+)`, bygroups('Keyword', 'Text.Whitespace', 'Punctuation', 'Text.Whitespace'), 'class'],
      // Types
      [String.raw`((?:(?:` + MODIFIERS + String.raw`|fun)\s+)*)(class|interface|object)(\s+)`,
        bygroups(usingThis('modifiers'), 'Keyword.Declaration', 'Text.Whitespace'), 'class'],
      // Variables
      [String.raw`(var|val)(\s+)(\()`, bygroups('Keyword.Declaration', 'Text.Whitespace', 'Punctuation'), 'destructuring_assignment'],
      [String.raw`((?:(?:` + MODIFIERS + String.raw`)\s+)*)(var|val)(\s+)`,
        bygroups(usingThis('modifiers'), 'Keyword.Declaration', 'Text.Whitespace'), 'variable'],
      // Functions
      [String.raw`((?:(?:` + MODIFIERS + String.raw`)\s+)*)(fun)(\s+)`,
        bygroups(usingThis('modifiers'), 'Keyword.Declaration', 'Text.Whitespace'), 'function'],
      // Operators
      [String.raw`::|!!|\?[:.]`, 'Operator'],
      [String.raw`[~^*!%&\[\]<>|+=/?-]`, 'Operator'],
      // Punctuation
      ['[{}();:.,]', 'Punctuation'],
      // Strings
      ['"""', 'Literal.String', 'multiline_string'],
      ['"', 'Literal.String', 'string'],
      [String.raw`'\\.'|'[^\\]'`, 'Literal.String.Char'],
      // Numbers
      ['[0-9](\\.[0-9]*)?([eE][+-][0-9]+)?[flFL]?|0[xX][0-9a-fA-F]+[Ll]?', 'Literal.Number'],
      // Identifiers, nullable types too
      [KT_ID + String.raw`((\?[^.])?)`, 'Name'],
    ],
    class: [
      [KT_ID, 'Name.Class', '#pop'],
    ],
    variable: [
      [KT_ID, 'Name.Variable', '#pop'],
    ],
    destructuring_assignment: [
      [',', 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [KT_ID, 'Name.Variable'],
      [String.raw`(:)(\s+)(` + KT_ID + ')', bygroups('Punctuation', 'Text.Whitespace', 'Name')],
      ['<', 'Operator', 'generic'],
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    function: [
      ['<', 'Operator', 'generic'],
      [KT_ID + String.raw`(\.)` + KT_ID, bygroups('Name', 'Punctuation', 'Name.Function'), '#pop'],
      [KT_ID, 'Name.Function', '#pop'],
    ],
    generic: [
      [String.raw`(>)(\s*)`, bygroups('Operator', 'Text.Whitespace'), '#pop'],
      [':', 'Punctuation'],
      [String.raw`(reified|out|in)\b`, 'Keyword'],
      [',', 'Punctuation'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [KT_ID, 'Name'],
    ],
    modifiers: [
      [String.raw`\w+`, 'Keyword.Declaration'],
      [String.raw`\s+`, 'Text.Whitespace'],
      defaultState('#pop'),
    ],
    string: [
      ['"', 'Literal.String', '#pop'],
      include('string_common'),
    ],
    multiline_string: [
      ['"""', 'Literal.String', '#pop'],
      ['"', 'Literal.String'],
      include('string_common'),
    ],
    string_common: [
      [String.raw`\\\\`, 'Literal.String'], // escaped backslash
      [String.raw`\\"`, 'Literal.String'], // escaped quote
      [String.raw`\\`, 'Literal.String'], // bare backslash
      [String.raw`\$\{`, 'Literal.String.Interpol', 'interpolation'],
      [String.raw`(\$)(\w+)`, bygroups('Literal.String.Interpol', 'Name')],
      [String.raw`[^\\"$]+`, 'Literal.String'],
    ],
    interpolation: [
      ['"', 'Literal.String'],
      [String.raw`\$\{`, 'Literal.String.Interpol', 'interpolation'],
      [String.raw`\{`, 'Punctuation', 'scope'],
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
    scope: [
      [String.raw`\{`, 'Punctuation', 'scope'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      include('root'),
    ],
  },
};
