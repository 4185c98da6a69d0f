/**
 * Pygments' MonteLexer (pygments/lexers/monte.py, Pygments 2.20.0), rule for rule.
 * Monte, an E-language descendant: guards, verbs and quasi-literals.
 *
 *     def x := 42   ->   <kd>def</kd><w> </w><n>x</n><w> </w><o>:=</o><w> </w><mi>42</mi>
 */
import { include, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'method', 'to',
];
const ROOT_DECLARATION = [
  'bind', 'def', 'fn', 'object',
];
const ROOT_KEYWORD_2 = [
  'as', 'break', 'catch', 'continue', 'else', 'escape', 'exit', 'exports', 'extends', 'finally', 'for', 'guards',
  'if', 'implements', 'import', 'in', 'match', 'meta', 'pass', 'return', 'switch', 'try', 'via', 'when', 'while',
];
const ROOT_OPERATOR = [
  '~', '!', '+', '-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '**=', '&=',
  '|=', '^=', '<<=', '>>=', '==', '!=', '<', '<=', '>', '>=', '<=>', ':=', '?', '=~', '!~', '=>', '.', '<-', '->',
];
const ROOT_PSEUDO = [
  'null', 'false', 'true', 'Infinity', 'NaN', 'M', 'Ref', 'throw', 'traceln',
];
const ROOT_TYPE = [
  'Any', 'Binding', 'Bool', 'Bytes', 'Char', 'DeepFrozen', 'Double', 'Empty', 'Int', 'List', 'Map', 'Near', 'NullOk',
  'Same', 'Selfless', 'Set', 'Str', 'SubrangeGuard', 'Transparent', 'Void',
];
const ROOT_BUILTIN = [
  '_accumulateList', '_accumulateMap', '_auditedBy', '_bind', '_booleanFlow', '_comparer', '_equalizer',
  '_iterForever', '_loop', '_makeBytes', '_makeDouble', '_makeFinalSlot', '_makeInt', '_makeList', '_makeMap',
  '_makeMessageDesc', '_makeOrderedSpace', '_makeParamDesc', '_makeProtocolDesc', '_makeSourceSpan', '_makeString',
  '_makeVarSlot', '_makeVerbFacet', '_mapExtract', '_matchSame', '_quasiMatcher', '_slotToBinding', '_splitList',
  '_suchThat', '_switchFailed', '_validateFor', 'b__quasiParser', 'eval', 'import', 'm__quasiParser',
  'makeBrandPair', 'makeLazySlot', 'safeScope', 'simple__quasiParser',
];

export const monteLexer: LexerDefinition = {
  name: 'Monte',
  aliases: ['monte'],
  tokens: {
    root: [
      [String.raw`#[^\n]*\n`, 'Comment'],
      [String.raw`/\*\*.*?\*/`, 'Literal.String.Doc'],
      [String.raw`\bvar\b`, 'Keyword.Declaration', 'var'],
      [String.raw`\binterface\b`, 'Keyword.Declaration', 'interface'],
      [words(ROOT_KEYWORD, String.raw`\b`, String.raw`\b`), 'Keyword', 'method'],
      [words(ROOT_DECLARATION, String.raw`\b`, String.raw`\b`), 'Keyword.Declaration'],
      [words(ROOT_KEYWORD_2, String.raw`\b`, String.raw`\b`), 'Keyword'],
      ['[+-]?0x[_0-9a-fA-F]+', 'Literal.Number.Hex'],
      [String.raw`[+-]?[_0-9]+\.[_0-9]*([eE][+-]?[_0-9]+)?`, 'Literal.Number.Float'],
      ['[+-]?[_0-9]+', 'Literal.Number.Integer'],
      [String.raw`'`, 'Literal.String.Double', 'char'],
      ['"', 'Literal.String.Double', 'string'],
      ['`', 'Literal.String.Backtick', 'ql'],
      [words(ROOT_OPERATOR), 'Operator'],
      [String.raw`[_a-zA-Z]\w*=`, 'Operator.Word'],
      [words(ROOT_PSEUDO, String.raw`\b`, String.raw`\b`), 'Keyword.Pseudo'],
      [words(ROOT_TYPE, String.raw`\b`, String.raw`\b`), 'Keyword.Type'],
      [words(ROOT_BUILTIN, String.raw`\b`, String.raw`\b`), 'Name.Builtin'],
      [String.raw`[_a-zA-Z]\w*`, 'Name'],
      [String.raw`\(|\)|\{|\}|\[|\]|:|,`, 'Punctuation'],
      [' +', 'Text.Whitespace'],
      ['=', 'Error'],
    ],
    char: [
      [String.raw`'`, 'Error', 'root'],
      [String.raw`(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\["\'\\bftnr])`, 'Literal.String.Escape', 'charEnd'],
      ['.', 'Literal.String.Char', 'charEnd'],
    ],
    charEnd: [
      [String.raw`'`, 'Literal.String.Char', '#pop:2'],
      ['.', 'Error'],
    ],
    interface: [
      [' +', 'Text.Whitespace'],
      [String.raw`[_a-zA-Z]\w*`, 'Name.Class', '#pop'],
      include('root'),
    ],
    method: [
      [' +', 'Text.Whitespace'],
      [String.raw`[_a-zA-Z]\w*`, 'Name.Function', '#pop'],
      include('root'),
    ],
    string: [
      ['"', 'Literal.String.Double', 'root'],
      [String.raw`(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\["\'\\bftnr])`, 'Literal.String.Escape'],
      [String.raw`\n`, 'Literal.String.Double'],
      ['.', 'Literal.String.Double'],
    ],
    ql: [
      ['`', 'Literal.String.Backtick', 'root'],
      [String.raw`\$(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\["\'\\bftnr])`, 'Literal.String.Escape'],
      [String.raw`\$\$`, 'Literal.String.Escape'],
      ['@@', 'Literal.String.Escape'],
      [String.raw`\$\{`, 'Literal.String.Interpol', 'qlNest'],
      [String.raw`@\{`, 'Literal.String.Interpol', 'qlNest'],
      [String.raw`\$[_a-zA-Z]\w*`, 'Name'],
      [String.raw`@[_a-zA-Z]\w*`, 'Name'],
      ['.', 'Literal.String.Backtick'],
    ],
    qlNest: [
      [String.raw`\}`, 'Literal.String.Interpol', '#pop'],
      include('root'),
    ],
    var: [
      [' +', 'Text.Whitespace'],
      [String.raw`[_a-zA-Z]\w*`, 'Name.Variable', '#pop'],
      include('root'),
    ],
  },
};
