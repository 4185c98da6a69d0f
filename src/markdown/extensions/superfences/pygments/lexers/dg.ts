/**
 * Pygments' DgLexer (pygments/lexers/python.py, Pygments 2.20.0), rule for rule.
 * dg, a Python dialect with Haskell-like syntax.
 *
 *     f = x -> x + 1   ->   <n>f</n> <o>=</o> <n>x</n> <o>-&gt;</o> <n>x</n> <o>+</o> <mi>1</mi>
 */
import { combined, words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_BUILTIN = [
  'bool', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', String.raw`dict'`, 'float', 'frozenset', 'int',
  'list', String.raw`list'`, 'memoryview', 'object', 'property', 'range', 'set', String.raw`set'`, 'slice',
  'staticmethod', 'str', 'super', 'tuple', String.raw`tuple'`, 'type',
];
const ROOT_BUILTIN_2 = [
  '__import__', 'abs', 'all', 'any', 'bin', 'bind', 'chr', 'cmp', 'compile', 'complex', 'delattr', 'dir', 'divmod',
  'drop', 'dropwhile', 'enumerate', 'eval', 'exhaust', 'filter', 'flip', 'foldl1?', 'format', 'fst', 'getattr',
  'globals', 'hasattr', 'hash', 'head', 'hex', 'id', 'init', 'input', 'isinstance', 'issubclass', 'iter', 'iterate',
  'last', 'len', 'locals', 'map', 'max', 'min', 'next', 'oct', 'open', 'ord', 'pow', 'print', 'repr', 'reversed',
  'round', 'setattr', 'scanl1?', 'snd', 'sorted', 'sum', 'tail', 'take', 'takewhile', 'vars', 'zip',
];

export const dgLexer: LexerDefinition = {
  name: 'dg',
  aliases: ['dg'],
  tokens: {
    root: [
      [String.raw`\s+`, 'Text'],
      ['#.*?$', 'Comment.Single'],
      ['(?i)0b[01]+', 'Literal.Number.Bin'],
      ['(?i)0o[0-7]+', 'Literal.Number.Oct'],
      ['(?i)0x[0-9a-f]+', 'Literal.Number.Hex'],
      [String.raw`(?i)[+-]?[0-9]+\.[0-9]+(e[+-]?[0-9]+)?j?`, 'Literal.Number.Float'],
      [String.raw`(?i)[+-]?[0-9]+e[+-]?\d+j?`, 'Literal.Number.Float'],
      ['(?i)[+-]?[0-9]+j?', 'Literal.Number.Integer'],
      [String.raw`(?i)(br|r?b?)'''`, 'Literal.String', combined('stringescape', 'tsqs', 'string')],
      ['(?i)(br|r?b?)"""', 'Literal.String', combined('stringescape', 'tdqs', 'string')],
      [String.raw`(?i)(br|r?b?)'`, 'Literal.String', combined('stringescape', 'sqs', 'string')],
      ['(?i)(br|r?b?)"', 'Literal.String', combined('stringescape', 'dqs', 'string')],
      ["`\\w+'*`", 'Operator'],
      [String.raw`\b(and|in|is|or|where)\b`, 'Operator.Word'],
      [String.raw`[!$%&*+\-./:<-@\\^|~;,]+`, 'Operator'],
      [words(ROOT_BUILTIN, String.raw`(?<!\.)`, String.raw`(?![\'\w])`), 'Name.Builtin'],
      [words(ROOT_BUILTIN_2, String.raw`(?<!\.)`, String.raw`(?![\'\w])`), 'Name.Builtin'],
      [String.raw`(?<!\.)(self|Ellipsis|NotImplemented|None|True|False)(?!['\w])`, 'Name.Builtin.Pseudo'],
      [String.raw`(?<!\.)[A-Z]\w*(Error|Exception|Warning)'*(?!['\w])`, 'Name.Exception'],
      [String.raw`(?<!\.)(Exception|GeneratorExit|KeyboardInterrupt|StopIteration|SystemExit)(?!['\w])`, 'Name.Exception'],
      [String.raw`(?<![\w.])(except|finally|for|if|import|not|otherwise|raise|subclass|while|with|yield)(?!['\w])`, 'Keyword.Reserved'],
      [String.raw`[A-Z_]+'*(?!['\w])`, 'Name'],
      [String.raw`[A-Z]\w+'*(?!['\w])`, 'Keyword.Type'],
      [String.raw`\w+'*`, 'Name'],
      ['[()]', 'Punctuation'],
      ['.', 'Error'],
    ],
    stringescape: [
      [String.raw`\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})`, 'Literal.String.Escape'],
    ],
    string: [
      [String.raw`%(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsux%]`, 'Literal.String.Interpol'],
      [String.raw`[^\\\'"%\n]+`, 'Literal.String'],
      [String.raw`[\'"\\]`, 'Literal.String'],
      ['%', 'Literal.String'],
      [String.raw`\n`, 'Literal.String'],
    ],
    dqs: [
      ['"', 'Literal.String', '#pop'],
    ],
    sqs: [
      [String.raw`'`, 'Literal.String', '#pop'],
    ],
    tdqs: [
      ['"""', 'Literal.String', '#pop'],
    ],
    tsqs: [
      [String.raw`'''`, 'Literal.String', '#pop'],
    ],
  },
};
